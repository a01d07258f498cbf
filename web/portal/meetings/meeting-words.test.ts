// The family's words for meetings (issue 17 §2): every kind has its name, what it is for, who decides, what can happen next
// and a young person's version, in English and in every language we ship; those explanations use no jargon from the
// glossary (the name may: it is what letters call the meeting); and the family's pages never use the workers' labels.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS } from '../../../shared/domain/glossary-terms.ts';
import {
  ATTENDANCE,
  ATTENDANCE_LABELS,
  DECIDED_BY,
  MEETING_HELP_KINDS,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  PARENT_AGREES,
  PARENT_AGREES_LABELS,
} from '../../../shared/domain/meetings.ts';
import { findJargon } from '../../../shared/domain/plain-language.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import { readCatalogue, readMessagesSource } from '../../i18n/messages.plugin.ts';
import { AGREES_WORDS, ATTENDANCE_WORDS, DECIDED_WORDS, HELP_WORDS, KIND_WORDS, kindWordsOf } from './meeting-words.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** The English as written in a messages file, by message id (the build parses it; the test reads the source). */
function english(file: string): Record<string, string> {
  const full = path.join(root, file);
  return Object.fromEntries(
    readMessagesSource(fs.readFileSync(full, 'utf8'), full).flatMap(({ namespace, messages }) =>
      Object.entries(messages).map(([key, text]) => [`${namespace}.${key}`, text]),
    ),
  );
}

const words = {
  ...english('shared/i18n/meeting-kinds.messages.ts'),
  ...english('web/portal/meetings/meeting.messages.ts'),
  ...english('web/portal/meetings/young-person-meetings.messages.ts'),
};
const PARTS = ['name', 'whatFor', 'whoDecides', 'whatNext', 'young'] as const;

describe('each kind of meeting in the family’s words', () => {
  it('has a name, what it is for, who decides, what can happen next and a young person’s version', () => {
    for (const kind of MEETING_KINDS)
      for (const part of PARTS) expect(words[KIND_WORDS[kind][part].id], `${kind}.${part}`).toMatch(/\p{L}{2,}/u);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('is in %s for every kind', (lang) => {
    const catalogue = readCatalogue(path.join(root, 'shared/i18n/locales'), lang);
    for (const kind of MEETING_KINDS)
      for (const part of PARTS) expect(catalogue[KIND_WORDS[kind][part].id], `${lang}: ${kind}.${part}`).toMatch(/\p{L}{2,}/u);
  });

  it('explains without the glossary’s jargon (only the name may use it: it is what the letters say)', () => {
    const found: string[] = [];
    for (const kind of MEETING_KINDS)
      for (const part of PARTS.filter((p) => p !== 'name'))
        for (const hit of findJargon(words[KIND_WORDS[kind][part].id] ?? '', GLOSSARY_TERMS)) found.push(`${kind}.${part}: ${hit.found}`);
    expect(found).toEqual([]);
  });

  it('never calls a kind by the workers’ label', () => {
    for (const kind of MEETING_KINDS) {
      for (const part of PARTS.filter((p) => p !== 'name'))
        expect(words[KIND_WORDS[kind][part].id]).not.toContain(MEETING_KIND_LABELS[kind]);
    }
  });

  it('knows a kind the calendar sends as a string, and nothing else', () => {
    expect(kindWordsOf('core_group')).toBe(KIND_WORDS.core_group);
    expect(kindWordsOf('toString')).toBeNull();
    expect(kindWordsOf(null)).toBeNull();
  });
});

describe('what the record says, in the family’s words', () => {
  it('has every key of shared/domain’s lists; hers say what happened, not the workers’ shorthand', () => {
    for (const key of DECIDED_BY) expect(words[DECIDED_WORDS[key].id], key).toMatch(/\p{L}/u);
    for (const key of PARENT_AGREES) expect(words[AGREES_WORDS[key].id]).not.toBe(PARENT_AGREES_LABELS[key]);
    for (const key of ATTENDANCE) expect(words[ATTENDANCE_WORDS[key].id], key).toMatch(/\p{L}/u);
    for (const key of MEETING_HELP_KINDS) expect(words[HELP_WORDS[key].label.id], key).toMatch(/\p{L}/u);
    // "Did not attend" and "Sent apologies" are the workers' way of putting it; hers says what happened.
    expect(words[ATTENDANCE_WORDS.sent_apologies.id]).not.toBe(ATTENDANCE_LABELS.sent_apologies);
  });

  it('her view of a decision speaks to her, never about "the parent"', () => {
    for (const key of PARENT_AGREES) expect(words[AGREES_WORDS[key].id]).toMatch(/^Your?\b/);
  });
});

describe('the family’s meeting pages', () => {
  const sources = fs
    .readdirSync(import.meta.dirname)
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(import.meta.dirname, f), 'utf8') }));

  it('never import the workers’ labels', () => {
    const workers = /\b(MEETING_KIND_LABELS|DECIDED_BY_LABELS|PARENT_AGREES_LABELS|ATTENDANCE_LABELS)\b/;
    expect(sources.filter((s) => workers.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it('use no glossary jargon in their own words, or explain it where it stands', () => {
    const own = Object.entries(words).filter(([id]) => !id.startsWith('calendar-meeting-kinds.'));
    // A term explained where it stands, in brackets straight after it, is how the family's pages use one.
    const found = own.flatMap(([id, text]) =>
      findJargon(text, GLOSSARY_TERMS)
        .filter((hit) => !text.slice(hit.end).startsWith(' ('))
        .map((hit) => `${id}: ${hit.found}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the notice she had', () => {
  it('never says "0 working days": told on the day, it says less than a working day, in every language', async () => {
    const { IntlMessageFormat } = await import('intl-messageformat');
    const catalogues = Object.fromEntries(
      LOCALES.filter((l) => l !== 'en').map((l) => [l, readCatalogue(path.join(root, 'shared/i18n/locales'), l)]),
    );
    for (const locale of LOCALES) {
      const source = locale === 'en' ? words['calendar-meeting.toldDays'] : catalogues[locale]?.['calendar-meeting.toldDays'];
      expect(typeof source, locale).toBe('string');
      const say = (days: number) => String(new IntlMessageFormat(source as string, locale).format({ date: 'x', days }));
      expect(say(0), locale).not.toMatch(/[0٠۰]/);
      expect(say(3), locale).toMatch(/[3۳]/);
    }
  });
});
