// The words of every message Umbrella sends: fixed plain words and a link, never anything about a family, so a
// message read by the wrong person (a shared inbox, a partner's phone) tells them nothing. Worded in the language kept
// on the outbox row (the person's own, for a family account; English otherwise), from shared/i18n/mail.messages.ts.
import { mailWords as m } from '../../shared/i18n/mail.messages.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import type { MailKind } from '../db/schema.ts';
import { translateFor } from '../i18n/catalogues.ts';

export type MailMessage = { subject: string; text: string };

/** Each kind: its subject, the sentence that leads to the link, and what follows the link (none for "something new"). */
const KINDS: Record<MailKind, { subject: Message; open: Message; after: Message | null }> = {
  invitation: { subject: m.invitationSubject, open: m.invitationOpen, after: m.invitationAfter },
  password_reset: { subject: m.resetSubject, open: m.resetOpen, after: m.resetAfter },
  something_new: { subject: m.somethingNewSubject, open: m.somethingNewOpen, after: null },
  second_factor_reset: { subject: m.secondFactorSubject, open: m.secondFactorOpen, after: m.secondFactorAfter },
};

/**
 * The message for one outbox row, in `language` ('en', 'cy', 'pl' or 'ur'; anything else is English); `url` is the
 * full link, or null when the message has none.
 */
export function renderMail(kind: MailKind, url: string | null, language: string | null = 'en'): MailMessage {
  const say = (message: Message) => translateFor(language, message);
  const words = KINDS[kind];
  const link = url ? `\n\n${url}\n` : '\n';
  const after = words.after ? `\n${say(words.after)}\n` : '';
  return {
    subject: say(words.subject),
    text: `${say(m.hello)}\n\n${say(words.open)}${link}${after}\n${say(m.signOff)}\n`,
  };
}

/** The full link for a path on this installation (PUBLIC_URL). */
export function linkFor(publicUrl: string, path: string | null): string | null {
  return path ? `${publicUrl.replace(/\/+$/, '')}${path}` : null;
}
