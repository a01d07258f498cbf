// Messages for the family's pages and for what is sent to families (issue 16 §3), in ICU MessageFormat through FormatJS's
// intl-messageformat: plurals, choices and numbers follow the language (Intl). English lives beside the code that shows
// it (`*.messages.ts`); other languages are catalogues by message id (shared/i18n/locales/<lang>/<namespace>.json).
import { type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales.ts';

/**
 * A message as written (a string), or already parsed: the web build parses every message at build time
 * (web/i18n/messages.plugin.ts), so a phone never downloads the parser.
 */
export type MessageSource = string | MessageFormatElement[];
export type Message = { readonly id: string; readonly en: MessageSource };
/** One language's messages by id. */
export type Catalogue = Readonly<Record<string, MessageSource>>;
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** What fills a message kept to be worded later (a notification): names and numbers, stored as JSON. */
export type PhraseValues = Record<string, string | number>;
/**
 * A message and its values, kept to be worded when someone reads it, in their language (a notification). Words that
 * are themselves translated (a level, a role) go in as keys and are chosen by the message (`{level, select, …}`).
 */
export type Phrase = { readonly message: Message; readonly values?: PhraseValues };
export const phrase = (message: Message, values?: PhraseValues): Phrase => ({ message, values });

/** A namespace of English messages: `defineMessages('record', { title: 'Your record' })` → `m.title.id === 'record.title'`. */
export function defineMessages<K extends string>(namespace: string, source: Record<K, MessageSource>): Record<K, Message> {
  const out = {} as Record<K, Message>;
  for (const key of Object.keys(source) as K[]) out[key] = { id: `${namespace}.${key}`, en: source[key] };
  return out;
}

// A message needs formatting only when it has an argument or a tag; everything else is shown as it is.
const needsFormat = (s: string) => s.includes('{') || s.includes('<');
const formatters = new Map<string, IntlMessageFormat>();
let formatterCount = 0;

function formatterFor(key: string, source: MessageSource, locale: Locale): IntlMessageFormat {
  let f = formatters.get(key);
  if (!f) {
    // A long session switching languages should not grow without bound.
    if (formatterCount > 4000) {
      formatters.clear();
      formatterCount = 0;
    }
    // English as written in the UK: a date in a message reads "1 December 2026", not "December 1, 2026".
    f = new IntlMessageFormat(source, locale === 'en' ? 'en-GB' : locale, undefined, { ignoreTag: false });
    formatters.set(key, f);
    formatterCount += 1;
  }
  return f;
}

function sourceOf(locale: Locale, catalogue: Catalogue | undefined, message: Message) {
  const translated = locale === 'en' ? undefined : catalogue?.[message.id];
  return translated === undefined
    ? { source: message.en, shownIn: 'en' as Locale, key: `en\u0000${message.id}` }
    : { source: translated, shownIn: locale, key: `${locale}\u0000${message.id}` };
}

/**
 * A message with tags (`call <tel>999</tel>`): each tag's value is a function that wraps its text (a link, bold);
 * returns the parts in order, for a screen to place as they are.
 */
export function formatParts(
  locale: Locale,
  catalogue: Catalogue | undefined,
  message: Message,
  values: Record<string, unknown>,
): unknown[] {
  const { source, shownIn, key } = sourceOf(locale, catalogue, message);
  // A message with nothing to fill stays a string in the web build (messages.plugin.ts), which has no parser to read
  // it: shown as it is. Without this, a notification with no values (a held-back share released) fell back to English.
  if (typeof source === 'string' && !needsFormat(source)) return [source];
  const out = formatterFor(key, source, shownIn).format(values as Record<string, string>);
  return Array.isArray(out) ? out : [out];
}

/**
 * The message in `locale` from its catalogue, or in English when the catalogue lacks it (a missing translation shows
 * English, never an id). Values fill its arguments; plurals and numbers follow the language shown.
 */
export function formatMessage(locale: Locale, catalogue: Catalogue | undefined, message: Message, values?: MessageValues): string {
  const { source, shownIn, key } = sourceOf(locale, catalogue, message);
  if (typeof source === 'string' && !needsFormat(source)) return source;
  if (Array.isArray(source) && source.length === 1 && source[0]?.type === 0) return (source[0] as { value: string }).value;
  const out = formatterFor(key, source, shownIn).format(values as Record<string, string | number | Date>);
  return Array.isArray(out) ? out.join('') : String(out);
}

/**
 * The values a message, in the language it is shown in, puts in as they are (`{name}`): not those it chooses by (`{kind,
 * select, …}`, a plural), even where a choice also shows its own key (`other {{kind}}`). A screen marks these as the
 * words someone wrote (shared/i18n/as-written.ts); a choice's value is a key or a number, never an element.
 */
export function shownValues(locale: Locale, catalogue: Catalogue | undefined, message: Message): ReadonlySet<string> {
  const { source, shownIn, key } = sourceOf(locale, catalogue, message);
  if (typeof source === 'string' && !needsFormat(source)) return new Set();
  const shown = new Set<string>();
  const chosenBy = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) shown.add(el.value);
      else if (el.type === TYPE.select || el.type === TYPE.plural) {
        chosenBy.add(el.value);
        for (const option of Object.values(el.options)) visit(option.value);
      } else if (el.type === TYPE.tag) visit(el.children);
    }
  };
  visit(formatterFor(key, source, shownIn).getAst());
  for (const name of chosenBy) shown.delete(name);
  return shown;
}
