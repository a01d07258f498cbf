// The crisis plan in action for the portal: what the pages read (route loaders use this, so it stays small), types only from the contract.
import { queryOptions } from '@tanstack/react-query';
import type { CrisisPlans } from '../../../shared/contracts/crisis.ts';
import { apiGet } from '../../api/client.ts';
import { plansKey } from './plans.queries.ts';

export const crisisPlansQuery = (familyId: string) =>
  queryOptions({
    queryKey: [...plansKey(familyId), 'crisis'],
    queryFn: ({ signal }) => apiGet<CrisisPlans>(`/api/families/${encodeURIComponent(familyId)}/crisis-plans`, signal),
  });
