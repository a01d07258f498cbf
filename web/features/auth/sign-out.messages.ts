// English for the header's "Sign out" button, on every first load, so kept apart from the sign-in pages' words; other
// languages in shared/i18n/locales/*/signin-sign-out.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const signOutWords = defineMessages('signin-sign-out', {
  signOut: 'Sign out',
  signOutFailed: 'We could not sign you out. Check your internet connection and try again.',
});
