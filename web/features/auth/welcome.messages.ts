// English for accepting an invitation or a sign-in letter (the code, the password, a second step, done); other languages
// in shared/i18n/locales/*/signin-welcome.json. The other parent's welcome is web/portal/welcome.messages.ts's.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const welcomeWords = defineMessages('signin-welcome', {
  setUpTitle: 'Set up your account',
  enterLetterCode: 'Enter the code from your letter',
  letterCodeLabel: 'The code from your letter',
  letterCodeHint: 'It is in groups of 4 letters and numbers, for example ABCD-EFGH-JKMN-PQRS-TVWX-YZ',
  cannotOpen: 'We could not open this invitation. Try again in a few minutes.',
  choosePassword: 'Choose your password',
  usernameTooShort: 'Enter a username of at least 3 characters',
  welcome: 'Welcome to Umbrella',
  welcomeNamed: 'Welcome to Umbrella, {name}',
  familyIntro:
    'Umbrella is your family’s shared record. You and the people who work with your family see the same record: you can read what is written about you and add your own view.',
  workerIntro: 'Umbrella is the shared record you will use with the families you work with.',
  invitedBy: 'You were invited by {name}.',
  usernameHint: 'You will type this to sign in. You can keep this one or choose another.',
  savePassword: 'Save my password',
  carryOnTitle: 'Carry on setting up your account',
  enterChosen: 'Enter the password you chose',
  carryOnIntro: 'You have already chosen a password with this link. Enter it to carry on where you left off.',
  forgotChosen: 'If you have forgotten it, ask the person who invited you for a new invitation.',
  secondStepTitle: 'A second step when you sign in',
  chooseSecondStep: 'Choose whether to add a second step when you sign in',
  passwordSaved: 'Your password is saved',
  hasAppLegend: 'You already sign in with an app on your phone',
  wantAppLegend: 'Would you like a second step when you sign in?',
  hasAppHint: 'Keep using it, or set up a new one if you have lost your phone.',
  wantAppHint:
    'With a second step, you also type a code from an app on your phone each time you sign in. It keeps your family’s record safer if someone learns your password. You can say no: your password alone will work, and you can add the app later under “Your account”.',
  keepApp: 'Keep the app I use now',
  newApp: 'Set up a new app on my phone',
  yesApp: 'Yes, set up an app on my phone',
  noApp: 'No, just my password for now',
  ready: 'Your account is ready',
  canSignIn: 'You can now sign in with your username and password.',
});
