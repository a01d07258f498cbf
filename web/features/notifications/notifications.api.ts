// Marking a notification as read; apart from notifications.queries.ts, which the header (on every first load) uses.
import { apiPost } from '../../api/client.ts';

export const markNotificationRead = (id: string) => apiPost<void>(`/api/notifications/${encodeURIComponent(id)}/read`, {});
