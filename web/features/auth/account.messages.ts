// English for "Your account" (password, authenticator app, recovery codes, emails); other languages in
// shared/i18n/locales/*/signin-account.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const accountWords = defineMessages('signin-account', {
  title: 'Your account',
  cannotLoad: 'We could not load your account. Try again in a few minutes.',
  yourUsername: 'Your username is <b>{username}</b>.',
  enterCurrent: 'Enter your current password',
  signedOutElsewhere: 'You have been signed out on every other phone or computer.',
  changeTitle: 'Change your password',
  currentPassword: 'Current password',
  newPasswordHint: 'At least 12 characters. Three or four unrelated words are easy to remember and hard to guess.',
  changeButton: 'Change my password',
  recoveryTitle: 'Recovery codes',
  recoveryLeft:
    '{left, plural, =0 {You have no recovery codes left.} one {You have # recovery code left.} other {You have # recovery codes left.}} A new set of ten replaces them: the old codes stop working.',
  makeNewCodes: 'Make new recovery codes',
  appRemovedHeading: 'Your authenticator app has been removed',
  appRemoved: 'Signing in now asks for your password only. Your recovery codes no longer work.',
  appTitle: 'Authenticator app',
  hasApp: 'You sign in with your password and a code from an authenticator app on your phone.',
  removeExplain:
    'If you remove it, signing in asks for your password only, and your recovery codes stop working. To move it to a new phone, remove it here, then add it again.',
  removeApp: 'Remove the authenticator app',
  noApp:
    'You sign in with your password only. You can add an authenticator app on your phone: each time you sign in you would also type a code from it, so someone who learns your password still could not get in.',
  addApp: 'Add an authenticator app',
  backToAccount: 'Back to your account',
  appSetUp: 'Your authenticator app is set up',
  appSetUpBody: 'From now on, when you sign in, Umbrella asks for your password and then a code from the app.',
  mailTitle: 'Emails from Umbrella',
  noEmail: 'We do not have an email address for you, so Umbrella does not email you. You will see anything new when you sign in.',
  noEmailAsk:
    'If you would like an email when there is something new, ask your key worker or your administrator to add your email address.',
  choiceSaved: 'Your choice has been saved',
  willEmail: 'We will email you when there is something new, at most once a day.',
  willNotEmail: 'We will not email you when there is something new.',
  mailExplain:
    'When there is something new for you, such as a message, we can send one short email to <b>{email}</b>, at most once a day. It only says that there is something new for you in Umbrella and gives a link to sign in. It never has anyone’s name or what the news is about.',
  mailWhyOff:
    'You may want this off if someone else reads your email or sees your phone, or if you would rather nobody knew you use Umbrella. With it off, we do not email you when your password is changed either. Everything new is still here when you sign in.',
  mailCheckbox: 'Email me when there is something new in Umbrella',
  saveChoice: 'Save this choice',
});
