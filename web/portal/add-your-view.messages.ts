// English for the fields of "Add your view" (their own chunk, like the fields); other languages in
// shared/i18n/locales/*/record-add-your-view.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const addYourView = defineMessages('record-add-your-view', {
  formName: 'Add your view to {entry}',
  legend: 'What would you like to do?',
  reply: 'Reply',
  replyHint: 'Add your own words beside this.',
  correction: 'Ask for something to be corrected',
  correctionHint: 'Something is wrong, such as a name, a date or what happened.',
  disagree: 'Say I disagree',
  disagreeHint: 'You see it differently. Your words are kept beside theirs.',
  chooseKind: 'Choose what you would like to do',
  sayWhy: 'Say what you disagree with and why',
  writeWords: 'Write your words',
  tooLong: 'Your words are too long. Use fewer than {max, number} letters and spaces.',
  entryChanged:
    'Your view was not sent, because this entry has changed since you opened the page. Your words are still here. Copy them, then reload the page.',
  notSent: 'Your view was not sent. Try again in a few minutes. Your words are still here.',
  notSentBecause: 'Your view was not sent. {message} Your words are still here.',
  yourWords: 'Your words',
  keptHere: 'What you write is kept on this phone or computer until you send it.',
  send: 'Send',
  notNow: 'Not now',
});
