// English for the family member's own requests for help and worries, and what happened to each; other languages in shared/i18n/locales/*/help-requests.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const helpRequests = defineMessages('help-requests', {
  readOn: '<b>{name}</b> read it on {when}.',
  notReadYet: 'Not read yet.',
  notReadYetAnswerBy: 'Not read yet. Someone will answer by {when}.',
  contactOn: '{way} on {when}',
  quoted: '“{text}”',
  yourWorryOn: 'Your worry on {when}',
  youAskedOn: 'You asked for help on {when}',
  raisedWorryOn: '{name} raised a worry on {when}',
  urgencySentTo: '{urgency} · Sent to {names}',
  event_acknowledged: '{who} read it',
  event_contact_arranged: '{who} arranged to be in touch',
  event_passed: '{who} asked {to} to help',
  event_escalated: 'Nobody had answered yet, so {to} was asked to answer',
  aColleague: 'a colleague',
  someoneElse: 'someone else in the team',
});
