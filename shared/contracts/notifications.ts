// Notifications: for professionals (replies from families, review dates that are due) and for family members.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../domain/notifications.ts';

export const Notification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** English: the professionals' screens show it. */
  message: z.string(),
  /** The message's id and values (shared/i18n), so a family member's page words it in their language; null on older ones. */
  messageId: z.string().nullable(),
  messageValues: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  familyId: z.string().nullable(),
  entryId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number() });
export type NotificationList = z.infer<typeof NotificationList>;
