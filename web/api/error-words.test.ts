// A refusal from the server in the page's language: in English the server's words as they are; in Polish each common
// refusal worded by the page, and the server's words the page has none for shown after a Polish sentence, marked English.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/i18n/locales.ts';
import { formatMessage, type Message, type MessageValues } from '../../shared/i18n/messages.ts';
import { readCatalogue } from '../i18n/messages.plugin.ts';
import { errorWords as m } from '../ui/errors.messages.ts';
import { ENGLISH_END, ENGLISH_START, englishParts, failureWords, SEE_EACH_FIELD, type ServerErrorBody } from './error-words.ts';

const localesDir = path.resolve(import.meta.dirname, '../../shared/i18n/locales');
const polish = readCatalogue(localesDir, 'pl');
const sayIn = (locale: Locale) => (message: Message, values?: MessageValues) =>
  formatMessage(locale, locale === 'pl' ? polish : undefined, message, values);
const pl = sayIn('pl');
const inPolish = (status: number, body: ServerErrorBody) => failureWords(status, body, 'pl', pl);
/** The server's English, marked as English after the page's own sentence. */
const marked = (sentence: string, english: string) => `${sentence} ${pl(m.inEnglish)} ${ENGLISH_START}${english}${ENGLISH_END}`;

describe('in English', () => {
  it('shows the server’s words as they are, fields too', () => {
    const body = { error: 'invalid_input', message: SEE_EACH_FIELD, fields: { text: 'Write what would help' } };
    expect(failureWords(400, body, 'en', sayIn('en'))).toEqual({ message: SEE_EACH_FIELD, fields: { text: 'Write what would help' } });
    expect(failureWords(502, {}, 'en', sayIn('en')).message).toBe('Something went wrong. Try again in a few minutes.');
  });
});

describe('in Polish', () => {
  it('has a Polish sentence for every common refusal, with no English in it', () => {
    const cases: [number, ServerErrorBody, Message][] = [
      [0, { error: 'network_error', message: 'We could not reach Umbrella. Check your internet connection and try again.' }, m.network],
      [500, { error: 'server_error', message: 'Something went wrong on our side.' }, m.serverError],
      [502, {}, m.serverError],
      [503, { error: 'busy', message: 'Umbrella is very busy.' }, m.busy],
      [
        429,
        { error: 'too_many_attempts', message: 'Too many wrong passwords. For your safety, wait 15 minutes and try again.' },
        m.tooManyAttempts,
      ],
      [409, { error: 'conflict', message: 'Someone else changed this section.', current: { version: 3 } }, m.someoneElseSaved],
      [404, { error: 'not_found', message: 'We could not find that page. Check the address, or go back to the list.' }, m.notFound],
      [403, { error: 'forbidden', message: 'Your role does not allow this. Ask your team manager if you think it should.' }, m.notAllowed],
      [401, { error: 'sign_in_failed', message: 'That username and password do not match our records.' }, m.signInFailed],
      [401, { error: 'wrong_code', message: 'That code is not right.', fields: {} }, m.wrongCode],
      [400, { error: 'wrong_code', message: 'That code is not right. Check the app shows Umbrella.' }, m.wrongCode],
      [401, { error: 'signed_out', message: 'Please sign in to continue.' }, m.signedOut],
      [404, { error: 'token_unknown', message: 'This link or code does not work.' }, m.linkUnknown],
      [400, { error: 'invalid_input', message: SEE_EACH_FIELD, fields: {} }, m.checkEachField],
    ];
    for (const [status, body, expected] of cases) {
      const words = inPolish(status, body);
      expect(words.message, `${status} ${body.error}`).toBe(pl(expected));
      expect(words.message).not.toBe(expected.en);
      expect(englishParts(words.message).some((p) => p.english)).toBe(false);
    }
  });

  it('words each field the page knows, and marks the server’s English where it has no words of its own', () => {
    const words = inPolish(400, {
      error: 'invalid_input',
      message: SEE_EACH_FIELD,
      fields: {
        text: 'Keep this under 2,000 characters',
        occurredOn: 'Enter a real date between 1900 and 2200, like 2026-12-31',
        version: 'Reload the page and try again',
        urgency: 'Invalid option: expected one of "today"|"this_week"',
        words: 'Write what would help, in your own words',
      },
    });
    expect(words.message).toBe(pl(m.checkEachField));
    expect(words.fields).toEqual({
      text: pl(m.keepUnder, { max: 2000 }),
      occurredOn: pl(m.realDate),
      version: pl(m.reload),
      // zod's own technical words are not shown to a family, in any language.
      urgency: pl(m.checkAnswer),
      words: marked(pl(m.checkThisAnswer), 'Write what would help, in your own words'),
    });
    expect(words.fields.text).toMatch(/2\s?000/);
    expect(englishParts(words.fields.words ?? '')).toEqual([
      { text: `${pl(m.checkThisAnswer)} ${pl(m.inEnglish)} `, english: false },
      { text: 'Write what would help, in your own words', english: true },
    ]);
  });

  it('keeps what the server says beyond the general sentence, marked English: a refusal’s reason, whom to ask', () => {
    const reason = 'Only the child, or whoever wrote their words down, can change who reads them.';
    expect(inPolish(403, { error: 'forbidden', message: reason }).message).toBe(marked(pl(m.notAllowed), reason));
    const gone = 'This invitation has run out: invitations and sign-in letters last 7 days. Ask Daniel Okafor for a new one.';
    expect(inPolish(410, { error: 'token_expired', message: gone }).message).toBe(marked(pl(m.linkGone), gone));
    const taken = 'You already have an authenticator app. To move it to a new phone, remove it here first, then add it again.';
    // A 409 that is not someone else's save (no record as it is now) says something of its own.
    expect(inPolish(409, { error: 'conflict', message: taken }).message).toBe(marked(pl(m.didNotWork), taken));
    const password = 'This password is too easy to guess. Add another word or two.';
    const weak = inPolish(400, { error: 'invalid_input', message: password, fields: { password } });
    expect(weak.message).toBe(marked(pl(m.didNotWork), password));
    expect(weak.fields.password).toBe(marked(pl(m.checkThisAnswer), password));
    expect(
      inPolish(404, { error: 'not_found', message: 'We could not find that service. It may have been taken out of the directory.' })
        .message,
    ).toContain(ENGLISH_START);
    expect(inPolish(400, {}).message).toBe(pl(m.somethingWrong));
  });
});

describe('the server’s English inside a message', () => {
  it('is found between its marks, and a message without marks is the page’s words only', () => {
    expect(englishParts('Sprawdź.')).toEqual([{ text: 'Sprawdź.', english: false }]);
    expect(englishParts(`A ${ENGLISH_START}b${ENGLISH_END} c`)).toEqual([
      { text: 'A ', english: false },
      { text: 'b', english: true },
      { text: ' c', english: false },
    ]);
  });
});

describe('a failed request on an English page', () => {
  it('keeps the server’s words, and a form lists the fields without the generic "see each field"', async () => {
    const { ApiError } = await import('./client.ts');
    const { failureErrors } = await import('../ui/server-errors.ts');
    const failure = new ApiError(400, { error: 'invalid_input', message: SEE_EACH_FIELD, fields: { text: 'Write what would help' } });
    expect(failure.message).toBe(SEE_EACH_FIELD);
    expect(failure.fields).toEqual({ text: 'Write what would help' });
    expect(failure.serverFields).toEqual({ text: 'Write what would help' });
    expect(failureErrors(failure, { text: 'need-text' }, 'need-text')).toEqual({ 'need-text': 'Write what would help' });
    const refused = new ApiError(403, { error: 'forbidden', message: 'Only the parent writes her own review.' });
    expect(failureErrors(refused, {}, 'review')).toEqual({ review: 'Only the parent writes her own review.' });
  });
});
