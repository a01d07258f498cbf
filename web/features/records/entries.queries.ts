// A family's record entries, newest first, a page at a time; apart from records.queries.ts, which the first load carries.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { EntryList } from '../../api/types.ts';

export const entriesQuery = (familyId: string) =>
  infiniteQueryOptions({
    queryKey: ['families', familyId, 'entries'],
    queryFn: ({ signal, pageParam }) =>
      apiGet<EntryList>(
        `/api/families/${encodeURIComponent(familyId)}/entries${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`,
        signal,
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
