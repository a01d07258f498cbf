// Queries for the family's side of consent and sharing: who can see what and why, and the family member's messages (kept small: the router loads it).
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';
import type { SharingOverview } from '../api/sharing.types.ts';
import type { NotificationList } from '../api/types.ts';

export const sharingQuery = queryOptions({
  queryKey: ['portal', 'sharing'],
  queryFn: ({ signal }) => apiGet<SharingOverview>('/api/portal/sharing', signal),
});

/** Messages for the family member, such as a request to share; the same list professionals read as notifications. */
export const messagesQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: ({ signal }) => apiGet<NotificationList>('/api/notifications', signal),
  staleTime: 30_000,
});
