// The parent's one write on "Your record": sending their view beside an entry, and showing it at once in every cached page.
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { apiPost } from '../api/client.ts';
import { recordQueryKey } from './portal.queries.ts';
import type { PortalEntry, PortalRecord, PortalReplyKind } from './portal.types.ts';

export const sendReply = (entryId: string, body: { kind: PortalReplyKind; text: string }): Promise<PortalEntry> =>
  apiPost<PortalEntry>(`/api/portal/entries/${encodeURIComponent(entryId)}/replies`, body);

/** Put the entry the server answered with into every cached page of the record (any search), so the reply shows at once. */
export function rememberEntry(queryClient: QueryClient, entry: PortalEntry): void {
  queryClient.setQueriesData<InfiniteData<PortalRecord>>({ queryKey: recordQueryKey }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            entries: page.entries.map((existing) => (existing.id === entry.id ? entry : existing)),
          })),
        }
      : data,
  );
}
