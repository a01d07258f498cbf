// English for "Do you agree with this plan?" and who has agreed to which version; other languages in shared/i18n/locales/*/plans-agreement.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planAgreement = defineMessages('plans-agreement', {
  heading: 'Do you agree with this plan?',
  intro:
    'This is version {version} of the plan. Everyone working on it says whether they agree. You can agree and still say what worries you.',
  choosePosition: 'Choose whether you agree with the plan',
  giveReasons: 'Say what worries you or why you do not agree',
  saved: 'Your answer has been saved.',
  youSaid: 'You said “{answer}” on {date}. You can change your answer.',
  legend: 'Your answer for version {version}',
  reasonsLabel: 'Your reasons',
  reasonsHint: 'Say what worries you, or why you do not agree. If you agree, you do not have to write anything.',
  save: 'Save your answer',
  whoAgreed: 'Who has said whether they agree',
  nobodyYet: 'Nobody has said yet.',
  version: 'Version {version}',
  versionNow: 'Version {version} (the one being written now)',
  versionReviewed: 'Version {version} (reviewed on {date})',
  answer: '<b>{name}</b>: {answer}<muted> ({date})</muted>',
});
