// English for the summary of the work with the family and the parent's reply; other languages in
// shared/i18n/locales/*/record-closing-summary.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const closingSummary = defineMessages('record-closing-summary', {
  title: 'The summary of our work with your family',
  writeReply: 'Write your reply',
  back: 'Back to your family',
  sentTitle: 'Important',
  sent: 'Thank you. Your reply is kept with the summary, and your key workers have been told.',
  nothingClosed: 'Nothing has been closed. When the work with your family ends, your key worker writes a summary for you here.',
  writtenBy: 'Written by {name} on {date}.',
  writtenByReopened: 'Written by {name} on {date}. The work with your family started again on {reopened}.',
  stillRead: 'You can still read your record in Umbrella. If things get harder, you can ask for help again at any time.',
  yourReplies: 'Your replies',
  addReply: 'Add your reply',
  addReplyHint: 'Say what you think, in your own words. It is kept beside the summary and never changes it.',
  sendReply: 'Send your reply',
});
