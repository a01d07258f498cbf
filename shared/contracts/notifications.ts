// Notifications for professionals: replies from families, review dates that are due.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../domain/notifications.ts';

export const Notification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  message: z.string(),
  familyId: z.string().nullable(),
  entryId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number() });
export type NotificationList = z.infer<typeof NotificationList>;
