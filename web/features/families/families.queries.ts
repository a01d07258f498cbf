// Queries for the professional's family list, one family's overview and a child's page (route loaders use them; keep it small).
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { ChildPage, FamilyList, FamilyOverview } from '../../api/types.ts';

export const familiesQuery = queryOptions({
  queryKey: ['families'],
  queryFn: ({ signal }) => apiGet<FamilyList>('/api/families', signal),
});

export const familyQuery = (familyId: string) =>
  queryOptions({
    queryKey: ['families', familyId],
    queryFn: ({ signal }) => apiGet<FamilyOverview>(`/api/families/${encodeURIComponent(familyId)}`, signal),
  });

export const childQuery = (familyId: string, personId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'children', personId],
    queryFn: ({ signal }) =>
      apiGet<ChildPage>(`/api/families/${encodeURIComponent(familyId)}/children/${encodeURIComponent(personId)}`, signal),
  });
