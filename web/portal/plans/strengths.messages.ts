// English for "What is working well"; other languages in shared/i18n/locales/*/plans-strengths.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planStrengths = defineMessages('plans-strengths', {
  heading: 'What is working well',
  intro: 'Good things in your family, and things that already help keep the children safe.',
  nothingYet: 'Nothing has been written here yet.',
  keepsSafe: 'Helps keep the children safe',
  writtenBy: 'Written by {name}',
  change: 'Change<hidden> what is working well, item {number}</hidden>',
  writeSomething: 'Write what is working well',
  added: 'Thank you. It has been added.',
  changeLabel: 'Change what is working well',
  addLabel: 'Add something that is working well',
  example: 'For example: “My sister helps with the school run on Mondays.”',
  alreadyKeepsSafe: 'This already helps keep the children safe',
  save: 'Save',
  add: 'Add to what is working well',
});
