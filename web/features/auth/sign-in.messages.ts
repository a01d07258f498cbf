// English for signing in (username and password, the security code, a recovery code); other languages in
// shared/i18n/locales/*/signin-sign-in.json. The browser journeys sign in by "Username", "Password" and "Sign in": keep them.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const signInWords = defineMessages('signin-sign-in', {
  signIn: 'Sign in',
  heading: 'Sign in to Umbrella',
  enterUsername: 'Enter your username',
  sessionEndedHeading: 'You have been signed out',
  sessionEnded:
    'To keep your family’s information safe, Umbrella signs you out when it has not been used for a while. Anything you saved is still there. Sign in again to carry on.',
  signedOutHeading: 'You have signed out',
  cannotSignIn: 'If you cannot sign in, ask the person who set up your account, or your team’s administrator, to help you.',
  codeTitle: 'Enter your security code',
  codeNotSix: 'The security code must be 6 numbers',
  codeMissing: 'Enter the 6-digit code from your authenticator app',
  codeIntro: 'Open the authenticator app on your phone. It shows a 6-digit code for Umbrella.',
  codeLabel: 'Security code',
  codeHint: 'The code changes every 30 seconds. For example, 123456',
  useRecoveryCode: 'I cannot use my authenticator app: use a recovery code',
  differentUsername: 'Sign in with a different username',
  recoveryTitle: 'Sign in with a recovery code',
  signedInTitle: 'You are signed in',
  codesLeft:
    'You signed in with a recovery code, which now will not work again. {left, plural, =0 {You have no recovery codes left} one {You have # recovery code left} other {You have # recovery codes left}}. You can make a new set of ten on your account page.',
  goToAccount: 'Go to your account',
  enterRecoveryCode: 'Enter one of your recovery codes',
  recoveryIntro: 'Use one of the ten codes you printed or wrote down when you set up your authenticator app. Each code works once.',
  recoveryLabel: 'Recovery code',
  recoveryHint: 'For example, ABCD-EFGH-JKMN-PQRS',
  useAppInstead: 'Use the code from my authenticator app instead',
  noCodesLeft: 'If you have no codes left, ask your administrator or key worker to help you.',
});
