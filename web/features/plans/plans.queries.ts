// Queries for a family's plans: the recovery plan, a comparison of two versions, the other plans and the children's own words.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { ChildWordsList, PlanDocuments, RecoveryPlanView, VersionComparison } from './plans.types.ts';

export const familyPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;

export const recoveryPlanKey = (familyId: string) => ['families', familyId, 'recovery-plan'] as const;
export const planDocumentsKey = (familyId: string) => ['families', familyId, 'plans'] as const;
export const childWordsKey = (familyId: string) => ['families', familyId, 'child-words'] as const;

export const recoveryPlanQuery = (familyId: string) =>
  queryOptions({
    queryKey: recoveryPlanKey(familyId),
    queryFn: ({ signal }) => apiGet<RecoveryPlanView>(`${familyPath(familyId)}/recovery-plan`, signal),
  });

export const compareQuery = (familyId: string, from: number, to: number) =>
  queryOptions({
    queryKey: [...recoveryPlanKey(familyId), 'compare', from, to],
    queryFn: ({ signal }) => apiGet<VersionComparison>(`${familyPath(familyId)}/recovery-plan/compare?from=${from}&to=${to}`, signal),
  });

export const planDocumentsQuery = (familyId: string) =>
  queryOptions({
    queryKey: planDocumentsKey(familyId),
    queryFn: ({ signal }) => apiGet<PlanDocuments>(`${familyPath(familyId)}/plans`, signal),
  });

export const childWordsQuery = (familyId: string) =>
  queryOptions({
    queryKey: childWordsKey(familyId),
    queryFn: ({ signal }) => apiGet<ChildWordsList>(`${familyPath(familyId)}/child-words`, signal),
  });
