// English for what a page says when the server refuses or cannot be reached (web/api/error-words.ts): a family member's
// page words each common refusal in its own language rather than showing the server's English as the page's words;
// other languages in shared/i18n/locales/*/ui-errors.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const errorWords = defineMessages('ui-errors', {
  network: 'We could not reach Umbrella. Check your internet connection and try again.',
  somethingWrong: 'Something went wrong. Try again in a few minutes.',
  serverError: 'Something went wrong on our side. Nothing you had saved has been lost. Please try again in a moment.',
  busy: 'Umbrella is very busy and could not finish this in time, so nothing was saved. Please try again in a minute.',
  notFound: 'We could not find that. It may have been moved or taken away: go back and try again.',
  notAllowed: 'This is not something you can do here. If you think it should be, ask your key worker.',
  someoneElseSaved: 'Someone else saved a change to this while you were working on it. Check what is there now, then try again.',
  tooManyAttempts: 'There have been too many tries. For your safety, wait 15 minutes and try again.',
  signInFailed: 'That username and password do not match our records. Check them and try again.',
  signedOut: 'Please sign in to continue.',
  wrongCode: 'That code is not right. Check it and try again: the code in an app changes every 30 seconds, and a recovery code works once.',
  linkUnknown: 'This link or code does not work. Check it is the whole link, or that the code is typed exactly as it is printed.',
  linkGone: 'This link no longer works.',
  checkEachField: 'Some answers need correcting: see each field.',
  didNotWork: 'That did not work.',
  checkAnswer: 'Check this answer: it is missing or not in a form we can use.',
  checkThisAnswer: 'Check this answer.',
  inEnglish: 'What Umbrella said, in English:',
  dateLike: 'Enter a date like 2026-12-31',
  realDate: 'Enter a real date between 1900 and 2200, like 2026-12-31',
  reviewDate: 'Choose today or a later date for the review',
  dateTime: 'Enter a date and time',
  dateTimeRange: 'Enter a date and time between 1900 and 2200',
  inTheFuture: 'This is in the future: enter when it happened',
  reload: 'Reload the page and try again',
  keepUnder: 'Keep this under {max} characters',
  controlCharacter: 'Remove the hidden control character from this text',
  enterNewestCode: 'Enter the 6-digit code your authenticator app shows now',
});
