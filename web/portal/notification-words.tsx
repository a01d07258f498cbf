// A notification in the language the page is in (issue 16 §3): worded here from its message id and values, with the names,
// job titles, services and support in it shown as written and marked with their language (shared/i18n/as-written.ts).
import type { ReactElement } from 'react';
import { asWrittenIn } from '../../shared/i18n/as-written.ts';
import type { Notification } from '../api/types.ts';
import type { RichValues, Translate } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { Written } from '../ui/written.tsx';

/** A date kept in a message's values as it is stored ("2026-12-31"): each language writes it its own way. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type NotificationText = Pick<Notification, 'message' | 'messageId' | 'messageValues'>;

/**
 * The message in the page's language, its people's and services' words marked as written; the server's English when it
 * has no id (an older message) or its translation cannot be worded. One function for what is shown and what a screen
 * reader hears ("Mark as read: …"), so the two cannot differ.
 */
export function notificationWords(t: Translate, n: NotificationText): string | ReactElement {
  if (!n.messageId || t.locale === 'en') return n.message;
  const message = { id: n.messageId, en: n.message };
  try {
    const stored = n.messageValues ?? {};
    // Only a value the message shows as it is can be an element: one it chooses by (`select`) must stay its key.
    const shown = t.shown(message);
    const values: RichValues = {};
    for (const [key, value] of Object.entries(stored)) {
      const lang = shown.has(key) ? asWrittenIn(key, stored) : null;
      values[key] = lang ? (
        <Written as="span" note={false} lang={lang}>
          {String(value)}
        </Written>
      ) : typeof value === 'string' && ISO_DATE.test(value) ? (
        formatDate(value)
      ) : (
        value
      );
    }
    return t.rich(message, values) as ReactElement;
  } catch {
    return n.message;
  }
}
