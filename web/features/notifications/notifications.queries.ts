// A professional's notifications (replies from families, review dates due); marking one as read is in notifications.api.ts.
import { queryOptions } from '@tanstack/react-query';
import { apiGetInBackground } from '../../api/client.ts';
import type { NotificationList } from '../../api/types.ts';

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  // The header shows the unread count: check now and then while the app is open, as a background read so that an
  // open tab does not keep an idle session alive (the session still ends after 30 minutes without use).
  queryFn: ({ signal }) => apiGetInBackground<NotificationList>('/api/notifications', signal),
  refetchInterval: 2 * 60_000,
  staleTime: 30_000,
});
