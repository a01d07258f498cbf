// Notifications for professionals: replies from families, review dates that are due.
import { z } from 'zod';

export const Notification = z.object({
  id: z.string(),
  kind: z.enum([
    'entry_reply',
    'withholding_review_due',
    'consent_requested',
    'consent_answered',
    'override_started',
    'override_review_due',
    'emergency_access_started',
    'information_shared',
    'plan_review_due',
    'plan_changed',
    'carer_asked',
    'carer_answered',
    'plan_suggestion',
    'plan_shared',
    'care_team_changed',
  ]),
  message: z.string(),
  familyId: z.string().nullable(),
  entryId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number() });
export type NotificationList = z.infer<typeof NotificationList>;
