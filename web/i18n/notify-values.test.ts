// Every notification a family member reads (shared/i18n/notify-*.messages.ts) words in every language with the values the
// English takes, and each value it shows as it is is either someone's own words (marked as written on the page) or a
// number, date or time: a new message with a new name in it fails here until the name is in shared/i18n/as-written.ts.
// "Messages for you" words each one as a phone does (the catalogues as the web build makes them, no parser) with every
// name in it marked as written.
import fs from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AS_WRITTEN_VALUES, asWrittenIn, FORMATTED_VALUES } from '../../shared/i18n/as-written.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { type Catalogue, formatMessage, formatParts, type Message, type PhraseValues, shownValues } from '../../shared/i18n/messages.ts';
import { notificationWords } from '../portal/notification-words.tsx';
import type { Translate } from './i18n.ts';
import { compileMessage, readCatalogue, readMessagesSource } from './messages.plugin.ts';

const here = path.resolve(import.meta.dirname, '../../shared/i18n');
const NOTIFY = fs
  .readdirSync(here)
  .filter((f) => /^notify-.*\.messages\.ts$/.test(f))
  .flatMap((f) => readMessagesSource(fs.readFileSync(path.join(here, f), 'utf8'), f))
  .flatMap(({ namespace, messages }) => Object.entries(messages).map(([key, en]): Message => ({ id: `${namespace}.${key}`, en })));

/** A message's arguments: those shown as they are, those it formats (`{date, date, long}`), and those it chooses by. */
function argumentsOf(source: string) {
  const plain = new Set<string>();
  const formatted = new Set<string>();
  const choices = new Map<string, { plural: boolean; keys: string[] }>();
  const visit = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) plain.add(el.value);
      if (el.type === TYPE.date || el.type === TYPE.time || el.type === TYPE.number) formatted.add(el.value);
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        choices.set(el.value, { plural: el.type === TYPE.plural, keys: Object.keys(el.options) });
        for (const option of Object.values(el.options)) visit(option.value);
      }
      if (el.type === TYPE.tag) visit(el.children);
    }
  };
  visit(parse(source, { ignoreTag: false }));
  for (const name of choices.keys()) plain.delete(name);
  return { plain, formatted, choices };
}

/** A value of the kind the server stores: a name for someone's words, a number or a day for the rest. */
const sample = (name: string): string | number =>
  AS_WRITTEN_VALUES.has(name) ? `Northfield ${name}` : name === 'date' ? '2026-12-31' : name === 'time' ? '14:30' : 3;

/** Values for the message with each choice at `pick` (a key it has, or a number for a plural). */
function valuesFor(source: string, pick: (name: string, choice: { plural: boolean; keys: string[] }) => string | number) {
  const { plain, formatted, choices } = argumentsOf(source);
  const values: PhraseValues = {};
  for (const name of plain) values[name] = sample(name);
  // A day the message formats itself is kept as its time (JSON has no dates).
  for (const name of formatted) values[name] = Date.UTC(2026, 11, 31);
  for (const [name, choice] of choices) values[name] = pick(name, choice);
  return values;
}

describe('the values of the family’s notifications', () => {
  it('are found', () => {
    expect(NOTIFY.length).toBeGreaterThan(40);
    expect(NOTIFY.map((m) => m.id)).toContain('notify-family.sharedWithoutAgreementReleased');
  });

  it('are each someone’s own words or a number, date or time, never both', () => {
    for (const name of AS_WRITTEN_VALUES) expect(FORMATTED_VALUES.has(name), name).toBe(false);
    const unsorted: string[] = [];
    for (const m of NOTIFY)
      for (const name of argumentsOf(m.en as string).plain)
        if (!AS_WRITTEN_VALUES.has(name) && !FORMATTED_VALUES.has(name)) unsorted.push(`${m.id}: {${name}}`);
    expect(unsorted, 'add each to AS_WRITTEN_VALUES or FORMATTED_VALUES in shared/i18n/as-written.ts').toEqual([]);
  });

  it('are marked in the language their writer wrote in: a family member’s by the language kept beside them', () => {
    expect(asWrittenIn('organisation', { organisation: 'Northfield Academy' })).toBe('en');
    expect(asWrittenIn('support', { support: 'Pomoc sąsiadki', supportWrittenIn: 'pl' })).toBe('pl');
    expect(asWrittenIn('support', { support: 'Help', supportWrittenIn: 'xx' })).toBe('en');
    expect(asWrittenIn('count', { count: 2 })).toBeNull();
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const catalogue = locale === 'en' ? undefined : readCatalogue(path.join(here, 'locales'), locale);

      it('words every message with the values the English takes, for every choice', () => {
        const failed: string[] = [];
        for (const m of NOTIFY) {
          const source = m.en as string;
          const { choices } = argumentsOf(source);
          // Each choice through each of its keys (and a plural through one, few and many), the others at their first key.
          const tries: PhraseValues[] = [valuesFor(source, (_, c) => (c.plural ? 1 : (c.keys[0] ?? 'other')))];
          for (const [name, choice] of choices) {
            const options = choice.plural ? [0, 1, 2, 3, 4, 5, 7, 22] : [...choice.keys.filter((k) => k !== 'other'), 'unknown'];
            for (const option of options)
              tries.push(valuesFor(source, (n, c) => (n === name ? option : c.plural ? 1 : (c.keys[0] ?? 'other'))));
          }
          for (const values of tries) {
            try {
              const said = formatMessage(locale, catalogue, m, values);
              if (locale !== 'en' && catalogue?.[m.id] === undefined) failed.push(`${m.id}: no translation`);
              if (/[{}]/.test(said)) failed.push(`${m.id}: ${said}`);
            } catch (error) {
              failed.push(`${m.id} ${JSON.stringify(values)}: ${(error as Error).message}`);
            }
          }
        }
        expect([...new Set(failed)]).toEqual([]);
      });

      it('shows the same values as they are as the English does, so the same ones are marked as written', () => {
        const differ: string[] = [];
        for (const m of NOTIFY) {
          const english = [...shownValues('en', undefined, m)].sort().join();
          const shown = [...shownValues(locale, catalogue, m)].sort().join();
          if (english !== shown) differ.push(`${m.id}: ${shown} ≠ ${english}`);
        }
        expect(differ).toEqual([]);
      });
    });
  }
});

/** A language's messages as the web build ships them (messages.plugin.ts): parsed, or a plain string when nothing fills them. */
const compiled = (locale: Exclude<(typeof LOCALES)[number], 'en'>): Catalogue =>
  Object.fromEntries(
    Object.entries(readCatalogue(path.join(here, 'locales'), locale)).map(([id, text]) => [id, compileMessage(text, id) as string]),
  );

/** The page's `t` in one language, as useT gives it. */
function translateIn(locale: (typeof LOCALES)[number], catalogue: Catalogue | undefined): Translate {
  const t = ((message, values) => formatMessage(locale, catalogue, message, values)) as Translate;
  t.rich = (message, values) => createElement(Fragment, null, ...(formatParts(locale, catalogue, message, values) as ReactNode[]));
  t.shown = (message) => shownValues(locale, catalogue, message);
  t.locale = locale;
  return t;
}

/** Runs `fn` as on a phone: the web build leaves the message parser out, so a message kept as a string cannot be parsed. */
function withoutParser<T>(fn: () => T): T {
  const parser = IntlMessageFormat.__parse;
  IntlMessageFormat.__parse = undefined;
  try {
    return fn();
  } finally {
    IntlMessageFormat.__parse = parser;
  }
}

describe('"Messages for you" in the family’s languages', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`words every notification in ${locale}, each name in it marked as written and nothing else`, () => {
      const t = translateIn(locale, compiled(locale));
      const wrong: string[] = [];
      for (const m of NOTIFY)
        for (const count of [1, 2, 3]) {
          const source = m.en as string;
          // Stored as the server stores it: the English worded, the id, the values (a day the message formats as its time).
          const values = valuesFor(source, (_, c) => (c.plural ? count : (c.keys[0] ?? 'other')));
          const english = formatMessage('en', undefined, m, values);
          const html = withoutParser(() =>
            renderToStaticMarkup(
              createElement(Fragment, null, notificationWords(t, { message: english, messageId: m.id, messageValues: values })),
            ),
          );
          if (html.includes(english)) wrong.push(`${m.id}: shown in English`);
          const names = [...argumentsOf(source).plain].filter((name) => AS_WRITTEN_VALUES.has(name));
          // Each name the English says is said here too, and only ever inside its mark.
          for (const name of names.filter((n) => english.includes(String(sample(n))))) {
            const marked = `<span lang="en" class="umb-written">${sample(name)}</span>`;
            if (!html.includes(marked)) wrong.push(`${m.id}: {${name}} not marked: ${html}`);
            if (
              html
                .split(marked)
                .join('')
                .includes(String(sample(name)))
            )
              wrong.push(`${m.id}: {${name}} also unmarked: ${html}`);
          }
        }
      expect(wrong).toEqual([]);
    });
  }

  it('marks what a family member wrote in the language they wrote it in', () => {
    const t = translateIn('pl', compiled('pl'));
    const html = renderToStaticMarkup(
      createElement(
        Fragment,
        null,
        notificationWords(t, {
          message: 'Pomoc sąsiadki has finished.',
          messageId: 'notify-support.supportFinishedForYou',
          messageValues: { support: 'Pomoc sąsiadki', supportWrittenIn: 'pl' },
        }),
      ),
    );
    expect(html).toContain('<span lang="pl" class="umb-written">Pomoc sąsiadki</span>');
  });
});
