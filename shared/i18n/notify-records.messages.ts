// English for the notifications the record and the end of involvement send (issue 16 §3): kept as a message id and values,
// so a family member reads them in their own language; other languages in shared/i18n/locales/*/notify-records.json.
import { defineMessages } from './messages.ts';

export const notifyRecords = defineMessages('notify-records', {
  involvementClosed:
    '{closedBy} has closed the service’s work with your family and written a summary for you. You can read it and add your reply. You can still read your record in Umbrella. If things get harder, you can ask for help again at any time.',
  involvementReopened:
    '{reopenedBy} has started working with your family again in Umbrella. Your care team can see and add to your record again. You can see who is working with you on your family’s page.',
  closingReply: 'The family has replied to the closing summary for {familyName}.',
});
