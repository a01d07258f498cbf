// English for the words the sign-in and account pages share (passwords, links, buttons); other languages in
// shared/i18n/locales/*/signin-words.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const authWords = defineMessages('signin-words', {
  continue: 'Continue',
  username: 'Username',
  password: 'Password',
  yourPassword: 'Your password',
  newPassword: 'New password',
  enterPassword: 'Enter your password',
  passwordTooShort: 'Use at least 12 characters. Three or four unrelated words make a strong password',
  passwordHint:
    'At least 12 characters. Three or four unrelated words are easy to remember and hard to guess, like “kettle orbit tulip marching”.',
  passwordChanged: 'Your password has been changed',
  forgottenPassword: 'Forgotten your password?',
  goToSignIn: 'Go to sign in',
  linkDoesNotWork: 'This link does not work',
  success: 'Success',
  tryAgainLater: 'Try again in a few minutes.',
});
