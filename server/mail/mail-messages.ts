// The words of every message Umbrella sends: fixed plain words and a link, never anything about a family, so a
// message read by the wrong person (a shared inbox, a partner's phone) tells them nothing.
import type { MailKind } from '../db/schema.ts';

export type MailMessage = { subject: string; text: string };

const SIGN_OFF = 'This message was sent by Umbrella. Please do not reply to it: nobody reads the replies.';

/** The message for one outbox row; `url` is the full link, or null when the message has none. */
export function renderMail(kind: MailKind, url: string | null): MailMessage {
  const link = url ? `\n\n${url}\n` : '\n';
  switch (kind) {
    case 'invitation':
      return {
        subject: 'You have been invited to Umbrella',
        text: `Hello,\n\nYou have been invited to use Umbrella. To set up your account, open this link:${link}\nThe link works once, for 7 days. If you were not expecting this, you can ignore this message, or ask the person who invited you.\n\n${SIGN_OFF}\n`,
      };
    case 'password_reset':
      return {
        subject: 'Choosing a new Umbrella password',
        text: `Hello,\n\nSomeone asked to choose a new password for your Umbrella account. If it was you, open this link:${link}\nThe link works once, for 30 minutes. If it was not you, you can ignore this message: your password has not changed.\n\n${SIGN_OFF}\n`,
      };
    case 'something_new':
      return {
        subject: 'There is something new for you in Umbrella',
        text: `Hello,\n\nThere is something new for you in Umbrella. Sign in to see it:${link}\n${SIGN_OFF}\n`,
      };
    case 'second_factor_reset':
      return {
        subject: 'Your Umbrella sign-in has changed',
        text: `Hello,\n\nYour administrator has reset the second step of your Umbrella sign-in (the code from your authenticator app). To set it up again, open this link:${link}\nIf you did not expect this, tell your administrator straight away.\n\n${SIGN_OFF}\n`,
      };
  }
}

/** The full link for a path on this installation (PUBLIC_URL). */
export function linkFor(publicUrl: string, path: string | null): string | null {
  return path ? `${publicUrl.replace(/\/+$/, '')}${path}` : null;
}
