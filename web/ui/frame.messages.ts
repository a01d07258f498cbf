// English for the frame around every page (header, menu, footer, language choice); other languages in shared/i18n/locales/*/frame.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const frame = defineMessages('frame', {
  signedInAs: 'Signed in as ',
  mainMenu: 'Main menu',
  unread: ' unread',
  helpNow: 'If you need help now',
  danger: 'If someone is in danger, call <tel>999</tel>.',
  nhs111: 'For urgent mental health help, call <tel>NHS 111</tel> and choose the mental health option.',
  samaritans: 'To talk to someone at any time, call Samaritans free on <tel>116 123</tel>.',
  about: 'Umbrella is one shared family recovery record for families and the people who work with them.',
  language: 'Language',
  languageChosen: 'Language: {language}',
  skipLink: 'Skip to main content',
  yourAccount: 'Your account',
});
