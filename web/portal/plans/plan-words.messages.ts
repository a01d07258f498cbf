// English for words many plan pages share: the plans' word lists from shared/domain as families read them, by key; other languages in shared/i18n/locales/*/plans-words.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planWords = defineMessages('plans-words', {
  errorPrefix: 'Error:',
  cancel: 'Cancel',
  saved: 'Saved.',
  agreement_agree: 'I agree',
  agreement_agree_with_reservations: 'I agree, with some worries',
  agreement_disagree: 'I do not agree',
  familyAgrees_agrees: 'The family agrees with this worry',
  familyAgrees_partly: 'The family partly agrees',
  familyAgrees_disagrees: 'The family does not agree',
  actionStatus_proposed: 'Suggested at a meeting, not agreed yet',
  actionStatus_not_started: 'Not started',
  actionStatus_in_progress: 'Happening now',
  actionStatus_done: 'Done',
  actionStatus_stopped: 'Stopped',
  ratingScale_0: 'This is a big worry, and a lot needs to change',
  ratingScale_10: 'Nobody needs to worry about this any more',
});
