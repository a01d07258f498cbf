// The family's plans for the portal: what the pages read (the route loaders use these, so they stay small), types only from the contracts.
import { queryOptions } from '@tanstack/react-query';
import type * as C from '../../../shared/contracts/plans.ts';
import { apiGet } from '../../api/client.ts';

const family = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;

export const plansKey = (familyId: string) => ['portal', 'plans', familyId] as const;

export const recoveryPlanQuery = (familyId: string) =>
  queryOptions({
    queryKey: [...plansKey(familyId), 'recovery'],
    queryFn: ({ signal }) => apiGet<C.RecoveryPlanView>(`${family(familyId)}/recovery-plan`, signal),
  });

export const planDocumentsQuery = (familyId: string) =>
  queryOptions({
    queryKey: [...plansKey(familyId), 'documents'],
    queryFn: ({ signal }) => apiGet<C.PlanDocuments>(`${family(familyId)}/plans`, signal),
  });

export const childWordsQuery = (familyId: string) =>
  queryOptions({
    queryKey: [...plansKey(familyId), 'child-words'],
    queryFn: ({ signal }) => apiGet<{ words: C.ChildWords[] }>(`${family(familyId)}/child-words`, signal),
  });
