// Queries for the professional's family list and one family's overview.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { FamilyList, FamilyOverview } from '../../api/types.ts';

export const familiesQuery = queryOptions({
  queryKey: ['families'],
  queryFn: ({ signal }) => apiGet<FamilyList>('/api/families', signal),
});

export const familyQuery = (familyId: string) =>
  queryOptions({
    queryKey: ['families', familyId],
    queryFn: ({ signal }) => apiGet<FamilyOverview>(`/api/families/${encodeURIComponent(familyId)}`, signal),
  });
