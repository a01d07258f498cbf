// English of the notifications about a person's own account (a changed password, an authenticator app added or taken
// away): kept as a message id (a Phrase), so a family member reads each in their own language; other languages in
// shared/i18n/locales/*/notify-accounts.json. A worker gets the same English, as before.
import { defineMessages } from './messages.ts';

export const notifyAccounts = defineMessages('notify-accounts', {
  passwordChanged: 'Your password was changed. If this was not you, tell your key worker or administrator straight away.',
  passwordChangedByLink:
    'Your password was changed with a link sent by email. If this was not you, tell your key worker or administrator straight away.',
  passwordChangedByLetter: 'Your password was changed with a sign-in letter. If this was not you, tell your key worker straight away.',
  authenticatorAdded:
    'An authenticator app was added to your account: signing in now asks for a code from it. If this was not you, tell your key worker straight away.',
  authenticatorRemoved:
    'The authenticator app was removed from your account: signing in now asks for your password only. If this was not you, tell your key worker straight away.',
});
