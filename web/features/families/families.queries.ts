// Queries for the professional's family list, one family's overview, a child's page and the staff directory.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { ChildPage, FamilyList, FamilyOverview, StaffMatch } from '../../api/types.ts';

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

export const staffSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['staff', q],
    queryFn: ({ signal }) => apiGet<{ staff: StaffMatch[] }>(`/api/staff?q=${encodeURIComponent(q)}`, signal),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
