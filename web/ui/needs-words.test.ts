// The needs pages look shared/domain/needs.ts's words up by key in their own messages (issue 16 §3): the English there must
// stay the words shared/domain gives the server, the exports, the workers' screens and the e2e journeys. The directory's
// words the server builds in English (opening times, how to use a service, where, "Free", ages) are said again in the
// family's language, and a service's own words are kept as written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AGREED_HOW,
  BARRIERS,
  GAPS,
  HELPED,
  NEED_DOMAINS,
  NEED_IMPORTANCE,
  NEED_RAISED_BY,
  NEED_STATUSES,
  REFERRAL_STATUSES,
} from '../../shared/domain/needs.ts';
import { CONSENT_CATEGORIES, LAWFUL_BASES } from '../../shared/domain/sharing.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { type Catalogue, formatMessage } from '../../shared/i18n/messages.ts';
import type { Translate } from '../i18n/i18n.ts';
import { readCatalogue, readMessagesSource } from '../i18n/messages.plugin.ts';
import { directoryWords } from './directory-words.messages.ts';
import { costShown, eligibilityShown, howToUseShown, openingTimeShown, reworded, whereShown } from './directory-words.ts';
import { needsView } from './needs-view.messages.ts';
import { gapInWords } from './needs-view.tsx';

const root = path.resolve(import.meta.dirname, '../..');

/** The English as written in a messages file (the build parses it; the test reads the source). */
function english(file: string): Record<string, string> {
  const full = path.join(import.meta.dirname, file);
  const [found] = readMessagesSource(fs.readFileSync(full, 'utf8'), full);
  if (!found) throw new Error(`${file} has no defineMessages`);
  return found.messages;
}

/** The page's `t` in one language, as useT gives it, from the shipped catalogue. */
function translateIn(locale: Locale): Translate {
  const catalogue: Catalogue | undefined = locale === 'en' ? undefined : readCatalogue(path.join(root, 'shared/i18n/locales'), locale);
  const t = ((message, values) => formatMessage(locale, catalogue, message, values)) as Translate;
  t.rich = () => null;
  t.locale = locale;
  return t;
}

describe('the needs pages use shared/domain’s words', () => {
  const m = english('needs-words.messages.ts');

  it('for the areas of life, how much it matters, who raised it and where a need is', () => {
    for (const [key, words] of Object.entries(NEED_DOMAINS)) expect(m[`domain_${key}`], key).toBe(words.label);
    for (const [key, words] of Object.entries(NEED_IMPORTANCE)) {
      expect(m[`importance_${key}`], key).toBe(words);
      // Under a need it is said in a sentence, as the card said it before: "Matters a lot."
      expect(m[`matters_${key}`], key).toBe(`Matters ${words.toLowerCase()}.`);
    }
    for (const [key, words] of Object.entries(NEED_RAISED_BY)) expect(m[`raisedBy_${key}`], key).toBe(words);
    for (const [key, words] of Object.entries(NEED_STATUSES)) expect(m[`status_${key}`], key).toBe(words);
  });

  it('for referrals, did it help, how the parent agreed, barriers and the gap', () => {
    for (const [key, words] of Object.entries(REFERRAL_STATUSES)) expect(m[`referral_${key}`], key).toBe(words);
    for (const [key, words] of Object.entries(HELPED)) expect(m[`helped_${key}`], key).toBe(words);
    for (const [key, words] of Object.entries(AGREED_HOW)) expect(m[`agreed_${key}`], key).toBe(words);
    for (const [key, words] of Object.entries(BARRIERS)) {
      expect(m[`barrier_${key}`], key).toBe(words.label);
      expect(m[`barrier_${key}_hint`], key).toBe(words.hint);
    }
    for (const [key, words] of Object.entries(GAPS)) expect(m[`gap_${key}`], key).toBe(words);
  });

  it('for what a referral shares and why', () => {
    for (const [key, words] of Object.entries(CONSENT_CATEGORIES)) expect(m[`category_${key}`], key).toBe(words);
    for (const [key, basis] of Object.entries(LAWFUL_BASES)) expect(m[`basis_${key}`], key).toBe(basis.plain);
  });
});

describe('how long a need has waited and what is still waiting', () => {
  const en = translateIn('en');
  const today = new Date('2026-03-31T12:00:00Z');

  it('reads in English as it did before it was translated', () => {
    expect(gapInWords(en, 'not_offered', '2026-03-31', today)).toBe('Asked for, nothing offered yet, since today');
    expect(gapInWords(en, 'not_offered', '2026-03-30', today)).toBe('Asked for, nothing offered yet, for 1 day');
    expect(gapInWords(en, 'not_received', '2026-03-21', today)).toBe('Offered, not started yet, for 10 days');
    expect(gapInWords(en, 'not_helping', '2026-03-03', today)).toBe('Started, but not helping, for 4 weeks');
    expect(gapInWords(en, 'not_offered', '2025-12-01', today)).toBe('Asked for, nothing offered yet, for 4 months');
    // Support going on or finished is not waiting: no "for how long".
    expect(gapInWords(en, 'being_helped', '2025-12-01', today)).toBe('Support is going on');
    expect(en(needsView.notOfferedForYou, { count: 1 })).toBe('1 thing asked for, and nothing offered yet');
    expect(en(needsView.notReceived, { count: 2 })).toBe('2 things offered, but not started yet');
  });

  it('counts in Polish and Welsh with their own plural forms', () => {
    expect(gapInWords(translateIn('pl'), 'not_offered', '2026-03-28', today)).toBe('Była prośba, jeszcze nic nie zaproponowano, od 3 dni');
    expect(translateIn('pl')(needsView.notHelping, { count: 5 })).toBe('5 spraw: zaczęło się, ale nie pomaga');
    expect(gapInWords(translateIn('cy'), 'not_offered', '2026-03-29', today)).toBe('Wedi gofyn, dim wedi’i gynnig eto, ers 2 ddiwrnod');
  });
});

describe('a service’s facts in the family’s language', () => {
  const en = translateIn('en');
  const pl = translateIn('pl');

  // As server/modules/support/directory/opening-times.ts writes them for the demo directory and other schedules.
  const SERVER_OPENING_TIMES = [
    'Mondays to Fridays, 9am to 5pm',
    'Tuesdays and Thursdays, 10am to 1pm',
    'Wednesdays, 10am to 12 noon',
    'Fridays to Sundays, 6pm to 11pm',
    'Mondays to Fridays, 7:30am to 6pm',
    'First Saturday of the month, 10am to 12 noon',
    'Last Thursday of the month, 10:30am to 12:30pm',
    'Every other Saturday, 10am to 12 noon',
    'Every 3th Monday and Wednesday',
    'On the 1st, the 15th and the last day of each month',
    'Every day, from 9am',
    'Open 9am to midnight',
    'Mondays, Wednesdays and Fridays',
  ];

  it('shows English exactly as the server wrote it', () => {
    for (const words of SERVER_OPENING_TIMES) expect(openingTimeShown(words, en)).toBe(words);
    expect(howToUseShown('Drop in', en)).toBe('Drop in');
    expect(costShown('Free (If you get benefits)', en)).toBe('Free (If you get benefits)');
  });

  it('says every opening time the server builds again in each language', () => {
    for (const locale of ['cy', 'pl', 'ur'] as const) {
      const t = translateIn(locale);
      for (const words of SERVER_OPENING_TIMES) {
        const shown = openingTimeShown(words, t);
        expect(shown, `${locale}: ${words}`).not.toBe(words);
        expect(shown, `${locale}: ${words}`).not.toMatch(/\b(Monday|Saturday|am|pm|noon|month)\b/);
      }
    }
  });

  it('writes days and times the Polish way', () => {
    expect(reworded('Mondays to Fridays, 9am to 5pm', pl)).toBe('Poniedziałek–piątek, 9:00–17:00');
    expect(reworded('Tuesdays and Thursdays, 10am to 1pm', pl)).toBe('Wtorek i czwartek, 10:00–13:00');
    expect(reworded('Mondays, Wednesdays and Fridays', pl)).toBe('Poniedziałek, środa i piątek');
    expect(reworded('First Saturday of the month, 10am to 12 noon', pl)).toBe('Sobota w pierwszym tygodniu miesiąca, 10:00–12:00');
    expect(reworded('Every other Saturday, 10am to 12 noon', pl)).toBe('Sobota, co dwa tygodnie, 10:00–12:00');
    expect(reworded('On the 1st, the 15th and the last day of each month', pl)).toBe('1., 15. i ostatni dzień każdego miesiąca');
  });

  it('keeps what a service wrote itself as written', () => {
    const own = 'Out of hours, if you have nowhere safe to sleep tonight, ring 01632 960999';
    expect(openingTimeShown(own, pl)).toBe(own);
    expect(openingTimeShown('Mondays to Fridays, by arrangement', pl)).toBe('Mondays to Fridays, by arrangement');
    expect(costShown('£6.50 an hour (Other families)', pl)).toBe('£6.50 an hour (Other families)');
    expect(eligibilityShown('Parents and carers of children of any age', pl)).toBe('Parents and carers of children of any age');
    expect(whereShown('Northfield Library, NF1 2AB', pl)).toBe('Northfield Library, NF1 2AB');
    expect(howToUseShown('By carrier pigeon', pl)).toBe('By carrier pigeon');
  });

  it('says the server’s fixed words around the data in the language shown', () => {
    expect(costShown('Free', pl)).toBe('Bezpłatnie');
    expect(costShown('Free (Funded places (ask your worker))', pl)).toBe('Bezpłatnie (Funded places (ask your worker))');
    expect(eligibilityShown('Ages 8 to 18', pl)).toBe('Wiek: od 8 do 18 lat');
    expect(eligibilityShown('For people in Northfield', pl)).toBe('Dla osób z okolicy: Northfield');
    expect(whereShown('By phone or online', pl)).toBe('Telefonicznie lub przez internet');
    expect(howToUseShown('Refer yourself', pl)).toBe('Możesz zgłosić się bezpośrednio');
  });

  it('finds the words the server writes, so a change on its side shows here', () => {
    const mapping = fs.readFileSync(path.join(root, 'server/modules/support/directory/oruk-mapping.ts'), 'utf8');
    const w = english('directory-words.messages.ts');
    for (const key of Object.keys(w).filter((k) => /^(how|where)_/.test(k) || k === 'cost_free' || k === 'cost_ask'))
      expect(mapping, key).toContain(`'${w[key]}'`);
    for (const built of [
      /`Ages \$\{min\} to \$\{max\}`/,
      /`Ages \$\{min\} and over`/,
      /`Up to age \$\{max\}`/,
      /`For people in \$\{area\}`/,
    ])
      expect(mapping).toMatch(built);
    expect(mapping).toMatch(/`\$\{price\} \(\$\{c\.option\}\)`/);
    const times = fs.readFileSync(path.join(root, 'server/modules/support/directory/opening-times.ts'), 'utf8');
    for (const piece of [
      /of the month/,
      /Every \$\{/,
      /'Every day'/,
      /'12 noon'/,
      /'midnight'/,
      /`Open \$\{hours\}`/,
      /`On \$\{/,
      /of each month/,
      / to /,
      /from /,
    ])
      expect(times).toMatch(piece);
    // English from the messages is the server's own: one sample each.
    expect(en(directoryWords.ages_range, { min: 8, max: 18 })).toBe('Ages 8 to 18');
    expect(en(directoryWords.month_1, { days: 'Saturday' })).toBe('First Saturday of the month');
    expect(en(directoryWords.monthDay, { day: 22 })).toBe('the 22nd');
  });
});
