// A professional's notifications (replies from families, review dates due); marking one as read is in notifications.api.ts.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { NotificationList } from '../../api/types.ts';

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: ({ signal }) => apiGet<NotificationList>('/api/notifications', signal),
  // The header shows the unread count: check now and then while the app is open.
  refetchInterval: 2 * 60_000,
  staleTime: 30_000,
});
