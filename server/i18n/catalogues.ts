// What the server sends to a family member (mail, notifications) in their own language (issue 16 §3): the catalogues
// in shared/i18n/locales, read once per process, and the one function that words a message for a person.
import fs from 'node:fs';
import path from 'node:path';
import { addNamespace } from '../../shared/i18n/catalogues.ts';
import { isLocale, type Locale } from '../../shared/i18n/locales.ts';
import { type Catalogue, formatMessage, type Message, type MessageValues, type Phrase } from '../../shared/i18n/messages.ts';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../shared/i18n/locales');
const loaded = new Map<Locale, Catalogue>();

/** A language's catalogue, read once per process (English has none: it is in the code). */
export function catalogueFor(locale: Locale): Catalogue | undefined {
  if (locale === 'en') return undefined;
  let c = loaded.get(locale);
  if (!c) {
    const out: Record<string, string> = {};
    const dir = path.join(LOCALES_DIR, locale);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')))
      addNamespace(out, `${locale}/${file}`, file.slice(0, -'.json'.length), JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    c = out;
    loaded.set(locale, c);
  }
  return c;
}

/** The language to word things in for a person: their preferred one when we ship it, else English. */
export const localeOf = (language: string | null | undefined): Locale => (isLocale(language) ? language : 'en');

/** A message in a person's language. A missing translation shows English (formatMessage), never an id. */
export function translateFor(language: string | null | undefined, message: Message, values?: MessageValues): string {
  const locale = localeOf(language);
  return formatMessage(locale, catalogueFor(locale), message, values);
}

/**
 * A notification's words as stored (notifications.message, message_id, message_values; 0040): the English wording for
 * the professionals' screens, and the message's id and values, so a family member reads it in their own language.
 */
export function phraseColumns(p: Phrase): { message: string; message_id: string; message_values: string } {
  return {
    message: formatMessage('en', undefined, p.message, p.values),
    message_id: p.message.id,
    message_values: JSON.stringify(p.values ?? {}),
  };
}
