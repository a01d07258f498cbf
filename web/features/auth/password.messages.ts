// English for "Forgotten your password?" and choosing a new password from the emailed link; other languages in
// shared/i18n/locales/*/signin-password.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const passwordWords = defineMessages('signin-password', {
  checkEmail: 'Check your email',
  enterUsernameOrEmail: 'Enter your username or email address',
  backToSignIn: 'Back to sign in',
  forgottenIntro:
    'We can email you a link to choose a new password. If you do not use email with Umbrella, ask your key worker or your administrator for a sign-in letter instead.',
  usernameOrEmail: 'Your username or email address',
  sendLink: 'Send me a link',
  chooseNew: 'Choose a new password',
  signInWithNew: 'Sign in with your new password. For your safety, you have been signed out everywhere else.',
  forAccount: 'This is for the account <b>{username}</b>.',
  saveNew: 'Save my new password',
});
