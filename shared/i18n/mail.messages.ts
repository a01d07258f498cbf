// English of the mail Umbrella sends (server/mail/mail-messages.ts): fixed plain words around a link, never anything about
// a family; other languages in shared/i18n/locales/*/mail.json, chosen by the person's language when the mail is queued.
import { defineMessages } from './messages.ts';

export const mailWords = defineMessages('mail', {
  hello: 'Hello,',
  signOff: 'This message was sent by Umbrella. Please do not reply to it: nobody reads the replies.',
  invitationSubject: 'You have been invited to Umbrella',
  invitationOpen: 'You have been invited to use Umbrella. To set up your account, open this link:',
  invitationAfter:
    'The link works once, for 7 days. If you were not expecting this, you can ignore this message, or ask the person who invited you.',
  resetSubject: 'Choosing a new Umbrella password',
  resetOpen: 'Someone asked to choose a new password for your Umbrella account. If it was you, open this link:',
  resetAfter: 'The link works once, for 30 minutes. If it was not you, you can ignore this message: your password has not changed.',
  somethingNewSubject: 'There is something new for you in Umbrella',
  somethingNewOpen: 'There is something new for you in Umbrella. Sign in to see it:',
  secondFactorSubject: 'Your Umbrella sign-in has changed',
  secondFactorOpen:
    'Your administrator has reset the second step of your Umbrella sign-in (the code from your authenticator app). To set it up again, open this link:',
  secondFactorAfter: 'If you did not expect this, tell your administrator straight away.',
});
