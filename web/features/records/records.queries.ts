// Queries for a family's record entries (newest first, a page at a time) and one entry with its history and replies.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { Entry, EntryList } from '../../api/types.ts';

const familyPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;

export const entriesQuery = (familyId: string) =>
  infiniteQueryOptions({
    queryKey: ['families', familyId, 'entries'],
    queryFn: ({ signal, pageParam }) =>
      apiGet<EntryList>(`${familyPath(familyId)}/entries${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`, signal),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const entryQuery = (familyId: string, entryId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'entries', entryId],
    queryFn: ({ signal }) => apiGet<Entry>(`${familyPath(familyId)}/entries/${encodeURIComponent(entryId)}`, signal),
  });
