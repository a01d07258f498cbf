// English for setting up an authenticator app and the ten recovery codes shown once; other languages in
// shared/i18n/locales/*/signin-authenticator.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const authenticatorWords = defineMessages('signin-authenticator', {
  title: 'Set up your authenticator app',
  enterAppCode: 'Enter the 6-digit code your app shows for Umbrella',
  requiredIntro:
    'Everyone who works with families signs in with a password and a code from an app on their phone. You can use any authenticator app, such as Google Authenticator or Microsoft Authenticator.',
  optionalIntro:
    'Each time you sign in, you will also type a code from an app on your phone. You can use any authenticator app, such as Google Authenticator or Microsoft Authenticator.',
  openApp: 'Open the app and choose to add an account.',
  scan: 'Scan this picture with your phone’s camera.',
  qrAlt: 'A QR code holding your set-up code. If you cannot scan it, type the code shown below it into your app.',
  typeInstead: 'If you cannot scan it, type this set-up code into the app instead:',
  shownOnce: 'This code is shown only now. If you leave this page before you finish, you will get a new one next time.',
  codeLabel: 'The 6-digit code the app now shows for Umbrella',
  checkCode: 'Check the code',
  whenReady: 'When your phone is ready, show the set-up code. Nobody else should see your screen.',
  askAgainHint: 'We ask for it again before anything about signing in changes.',
  showCode: 'Show my set-up code',
  codesTitle: 'Your recovery codes',
  codesIntro:
    'If you lose your phone or cannot use your authenticator app, you can sign in with one of these codes instead. Each code works once.',
  warning: 'Warning',
  onlyTime:
    'This is the only time Umbrella shows these codes. Print them or write them down now, and keep them somewhere safe, away from your phone.',
  printCodes: 'Print these codes',
});
