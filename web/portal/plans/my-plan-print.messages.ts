// English for the family plan to print (the rest of its words are the family plan's own); other languages in shared/i18n/locales/*/plans-print.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const printPlan = defineMessages('plans-print', {
  title: 'Your family plan to print',
  back: 'Back to your family plan',
  print: 'Print or save as PDF',
  notStarted: 'Your family plan has not been started yet.',
  printedOn: 'Version {version}, printed on {date}.',
  printedOnWithReview: 'Version {version}, printed on {date}. You and your workers will look at it again on {review}.',
  keepsSafe: '{text} (this helps keep the children safe)',
  scale: 'Ratings go from 0 to 10. 0 means: {zero}. 10 means: {ten}.',
  notWrittenYet: 'Not written yet.',
  outOfTen: '{score} out of 10',
  notGivenYet: 'Not given yet.',
  canBeTalkedAbout: 'Can this be talked about?',
  negotiable: 'Yes: it is negotiable.',
  notNegotiable: 'No: it is not negotiable.',
  youSaid: 'You said: {answer}.',
  youSaidWithReasons: 'You said: {answer}. {reasons}',
  notSaidYet: 'You have not said yet.',
  theirAnswer: '{name}: {answer}',
});
