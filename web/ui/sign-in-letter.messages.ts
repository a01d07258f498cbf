// English for the printed sign-in letter (a worker prints it for a family member, a parent for someone they trust);
// other languages in shared/i18n/locales/*/ui-sign-in-letter.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const letterWords = defineMessages('ui-sign-in-letter', {
  shownOnce: 'This letter is shown only now. Print it before you leave this page: Umbrella does not keep the code.',
  title: 'Your letter to sign in to Umbrella',
  dear: 'Dear {name},',
  intro:
    'Umbrella is your family’s shared record. You, and the people who work with your family, see the same record. You can read what is written about you and add your own view.',
  howTo: 'How to sign in for the first time',
  goTo: 'On a phone or computer, go to: <code>{address}</code>',
  typeCode: 'Type this code: <code>{letterCode}</code>',
  username: 'Your username is: <code>{username}</code>',
  choosePassword: 'Choose a password that only you know.',
  worksOnce:
    'This letter works once, until {date}. After that, ask your key worker for a new one. If you did not expect this letter, tell your key worker.',
  orOpen: 'Or open this address, which has the code in it: <code>{addressWithCode}</code>',
  keepPrivate: 'Keep this letter somewhere private, or throw it away safely once you have signed in.',
  print: 'Print this letter',
});
