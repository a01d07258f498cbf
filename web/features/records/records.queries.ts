// One entry of a family's record with its history and replies (a route loader uses it; the list is in entries.queries.ts).
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';

const familyPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;

export const entryQuery = (familyId: string, entryId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'entries', entryId],
    queryFn: ({ signal }) => apiGet<Entry>(`${familyPath(familyId)}/entries/${encodeURIComponent(entryId)}`, signal),
  });
