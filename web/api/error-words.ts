// A refusal from the server in the page's language (issue 16 §3). The server writes its messages in English; on a family
// member's page in Welsh, Polish or Urdu each common refusal (a field to correct, someone else saved first, not found, not
// allowed, too many tries, the server or the network failing) is worded by the page, and where the server said something
// the page has no words for, a general sentence comes first and the server's own words follow, marked as English
// (between U+2068 and U+2069, which <ErrorText> shows with lang="en"). In English, the server's words are shown as they are.
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Message, MessageValues } from '../../shared/i18n/messages.ts';
import { errorWords as m } from '../ui/errors.messages.ts';

export type Say = (message: Message, values?: MessageValues) => string;
export type ServerErrorBody = { error?: string; message?: string; fields?: Record<string, string>; current?: unknown };

/** Around the server's own English words inside a message: first strong isolate … pop directional isolate. */
export const ENGLISH_START = '\u2068';
export const ENGLISH_END = '\u2069';

/** A general sentence in the page's language, then the server's words, marked as English. */
export const withEnglish = (sentence: string, english: string): string => `${sentence} ${ENGLISH_START}${english}${ENGLISH_END}`;

/** A message's parts in order: the page's words, and the server's English (`english: true`). */
export function englishParts(text: string): { text: string; english: boolean }[] {
  const parts: { text: string; english: boolean }[] = [];
  const pattern = new RegExp(`${ENGLISH_START}([^${ENGLISH_END}]*)${ENGLISH_END}`, 'g');
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), english: false });
    parts.push({ text: match[1] ?? '', english: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), english: false });
  return parts;
}

/** The English the server sends when it has nothing more to say than "see each field". */
export const SEE_EACH_FIELD = 'Some answers need correcting: see each field.';
const SERVER_NOT_FOUND = ['We could not find that page. Check the address, or go back to the list.', 'We could not find that page.'];
const SERVER_FORBIDDEN = 'Your role does not allow this. Ask your team manager if you think it should.';

/** The server's fixed English (shared/contracts/common.ts and sign-in) that the page has its own words for. */
const KNOWN: Record<string, Message> = {
  [SEE_EACH_FIELD]: m.checkEachField,
  'Enter a date like 2026-12-31': m.dateLike,
  'Enter a real date between 1900 and 2200, like 2026-12-31': m.realDate,
  'Choose today or a later date for the review': m.reviewDate,
  'Enter a date and time': m.dateTime,
  'Enter a date and time between 1900 and 2200': m.dateTimeRange,
  'This is in the future: enter when it happened': m.inTheFuture,
  'Reload the page and try again': m.reload,
  'Remove the hidden control character from this text': m.controlCharacter,
  'Enter the 6-digit code shown in your authenticator app now': m.enterNewestCode,
  'Enter the 6-digit code your authenticator app shows for Umbrella now': m.enterNewestCode,
};
const KEEP_UNDER = /^Keep this under ([\d,]+) characters$/;
/** zod's own messages ("Invalid input: expected string, received undefined"): technical words no family should read. */
const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized key)/;

/** One server message the page has words for, or undefined. */
function known(english: string, say: Say): string | undefined {
  const message = KNOWN[english];
  if (message) return say(message);
  const under = KEEP_UNDER.exec(english);
  if (under) return say(m.keepUnder, { max: Number((under[1] ?? '0').replace(/,/g, '')) });
  if (ZOD_DEFAULT.test(english)) return say(m.checkAnswer);
  return undefined;
}

/** A field's message in the page's language: its own words, else "check this answer" and the server's English. */
function fieldWords(english: string, say: Say): string {
  return known(english, say) ?? withEnglish(`${say(m.checkThisAnswer)} ${say(m.inEnglish)}`, english);
}

/** The page's sentence, followed by the server's English when it says more than the sentence does. */
const andServer = (sentence: string, english: string | undefined, say: Say, generic: readonly string[] = []) =>
  english && !generic.includes(english) ? withEnglish(`${sentence} ${say(m.inEnglish)}`, english) : sentence;

/** The failure's message in the page's language. `status` 0: the server could not be reached. */
function messageWords(status: number, body: ServerErrorBody, say: Say): string {
  const code = body.error;
  const english = body.message;
  if (status === 0 || code === 'network_error') return say(m.network);
  if (code === 'busy' || status === 503) return say(m.busy);
  if (status >= 500) return say(m.serverError);
  if (code === 'sign_in_failed') return say(m.signInFailed);
  if (code === 'wrong_code') return say(m.wrongCode);
  if (status === 401) return say(m.signedOut);
  if (code === 'token_unknown') return say(m.linkUnknown);
  // An invitation or link that ran out, was used or replaced: the server names whom to ask, so its words follow.
  if (code?.startsWith('token_')) return andServer(say(m.linkGone), english, say);
  if (status === 429) return say(m.tooManyAttempts);
  // A stale save carries the record as it is now; any other 409 says something of its own.
  if (status === 409 && body.current !== undefined) return say(m.someoneElseSaved);
  if (status === 404) return andServer(say(m.notFound), english, say, SERVER_NOT_FOUND);
  if (status === 403) return andServer(say(m.notAllowed), english, say, [SERVER_FORBIDDEN]);
  if (!english) return say(m.somethingWrong);
  return known(english, say) ?? andServer(say(m.didNotWork), english, say);
}

/**
 * What to show for a failed request: its message and each field's, in `locale`. In English, the server's words as they
 * are (the professionals' screens, and a family member who reads English).
 */
export function failureWords(
  status: number,
  body: ServerErrorBody,
  locale: Locale,
  say: Say,
): { message: string; fields: Record<string, string> } {
  const fields = body.fields ?? {};
  if (locale === 'en') return { message: body.message ?? say(m.somethingWrong), fields };
  return {
    message: messageWords(status, body, say),
    fields: Object.fromEntries(Object.entries(fields).map(([key, english]) => [key, fieldWords(english, say)])),
  };
}
