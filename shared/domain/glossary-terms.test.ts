// The glossary tells the truth (issue 16): no alias is glossed with its term's opposite, judgemental words say why they are
// not used here, and a diagnosis is explained as what a person lives through, never as who they are.
import { describe, expect, it } from 'vitest';
import { JUDGEMENT_TERMS, LABEL_TERMS, NOT_THEIR_DIAGNOSIS, WHY_NOT_USED } from './glossary-judgements.ts';
import { GLOSSARY_TERMS, type GlossaryTerm } from './glossary-terms.ts';
import { explainInPlace, findJargon } from './jargon.ts';

/*
 * The rule for negating forms, made precise.
 *
 * A form (a term or an alias) NEGATES when one of its words, split on spaces, is
 *   - a negating word: no, not, non, poor, poorly, lack, lacks, lacking, limited, little, without, failed, fails,
 *     failing, refused, refuses, reluctant ("lack of insight", "failed to engage", "did not attend"); or
 *   - starts with "non-" ("non-compliant"); or
 *   - is listed below as a word whose prefix (un-, in-, im-, ir-, il-, dis-, non-) makes it mean the opposite
 *     ("uncooperative", "disengaged").
 * Every word of the glossary that starts with one of those prefixes must be listed below one way or the other, so a new
 * word cannot slip past unclassified: the test fails until someone decides.
 *
 * An entry's polarity is that of its first form that is not an all-caps acronym (an acronym hides its words: "DNA").
 * Then, for every entry:
 *   1. every form that is not an acronym has the entry's polarity: a negating alias of a plain term, or a plain alias of
 *      a negating term, needs its own entry (this was "non-compliant" glossed as "taking medicine as agreed");
 *   2. a negating entry's plain wording is itself negated: it holds no, not, never, without, nobody, nothing, none,
 *      missed, or a word ending in n't.
 */
const NEGATING_WORDS = new Set(
  'no not non poor poorly lack lacks lacking limited little without failed fails failing refused refuses reluctant'.split(' '),
);
const PREFIX = /^(?:un|in|im|ir|il|dis|non)\p{L}/u;
/** Words whose prefix makes them mean the opposite of the rest. */
const NEGATING_PREFIXED = new Set(['disengaged', 'disengagement', 'noncompliant', 'unco-operative', 'uncooperative', 'unmotivated']);
/** Words that only start like a negation, with why where it is not obvious. */
const NOT_NEGATING_PREFIXED = new Set([
  ...'discharge discharged disclose disclosed disclosure discussion disguised disorder imha independent'.split(' '),
  ...'informed inhibitor initial injection inpatient insight inter-agency interests interim intervention investigation'.split(' '),
  ...'iro under unit'.split(' '),
  // The term itself: a patient who is in hospital by choice, a status in its own right ("voluntary patient" says the same).
  'informal',
  // "Pre-birth" and "unborn" say the same thing; neither negates the other.
  'unborn',
  // Part of the names of a condition ("emotionally unstable personality disorder") and of needs ("... and disabilities").
  'unstable',
  'disabilities',
]);
const NEGATED_GLOSS = /(?:^|[^\p{L}])(?:no|not|never|without|nobody|nothing|none|missed|\p{L}+n['’]t)(?![\p{L}])/iu;
const ACRONYM = /^[A-Z]{2,5}$/;

const words = (form: string) => form.toLowerCase().split(/\s+/);
const negates = (form: string) =>
  words(form).some(
    (w) => NEGATING_WORDS.has(w) || w.startsWith('non-') || NEGATING_PREFIXED.has(w) || w.split('-').some((p) => NEGATING_WORDS.has(p)),
  );
const formsOf = (t: GlossaryTerm) => [t.term, ...t.aliases];

describe('the rule for negating forms', () => {
  it('classifies every glossary word that starts like a negation', () => {
    const unclassified = GLOSSARY_TERMS.flatMap(formsOf)
      .flatMap(words)
      .filter((w) => PREFIX.test(w) && !NEGATING_PREFIXED.has(w) && !NOT_NEGATING_PREFIXED.has(w));
    expect([...new Set(unclassified)]).toEqual([]);
  });

  it.each([
    ['non-compliant', true],
    ['poor insight', true],
    ['lack of engagement', true],
    ['no capacity', true],
    ['failed to engage', true],
    ['did not attend', true],
    ['uncooperative', true],
    ['compliance', false],
    ['insight', false],
    ['inpatient', false],
    ['DNA', false],
  ])('reads "%s" as negating: %s', (form, expected) => {
    expect(negates(form)).toBe(expected);
  });

  it.each([
    ['not taking medicine', true],
    ['missed an appointment', true],
    ["didn't come", true],
    ['taking medicine or treatment as agreed', false],
    ['seeing for yourself that you are unwell', false],
  ])('reads the gloss "%s" as negated: %s', (gloss, expected) => {
    expect(NEGATED_GLOSS.test(gloss)).toBe(expected);
  });
});

describe('every term and alias', () => {
  const entries = GLOSSARY_TERMS.map((t) => {
    const worded = formsOf(t).filter((f) => !ACRONYM.test(f));
    return { t, worded, negating: worded.length > 0 && negates(worded[0] ?? '') };
  });

  it.each(entries.map((e) => [e.t.term, e] as const))('%s: no form has the opposite sense of the entry', (_, e) => {
    expect(e.worded.filter((f) => negates(f) !== e.negating)).toEqual([]);
  });

  it.each(entries.filter((e) => e.negating).map((e) => [e.t.term, e.t.plain] as const))(
    '%s: a negating entry is glossed "%s", a negated meaning',
    (_, plain) => {
      expect(plain).toMatch(NEGATED_GLOSS);
    },
  );

  it('glosses the words from the issue with what they mean', () => {
    const gloss = (text: string) => explainInPlace(text, GLOSSARY_TERMS).flatMap((s) => ('plain' in s ? [[s.text, s.plain]] : []));
    expect(gloss('She is non-compliant with meds, poor insight.')).toEqual([
      ['non-compliant', 'not taking medicine or treatment as agreed'],
      ['poor insight', 'not seeing for yourself that you are unwell, in a worker’s view'],
    ]);
    expect(gloss('She is a schizophrenic.')).toEqual([['a schizophrenic', 'a person who may hear voices or believe things others do not']]);
  });
});

describe('judgemental words', () => {
  const judgemental = ['non-compliant', 'failed to engage', 'uncooperative', 'manipulative', 'attention-seeking', 'hostile', 'in denial'];
  const listed = [...judgemental, 'chaotic', 'disguised compliance', 'poor insight', 'refused access'];

  it('has an entry for each word the issue names', () => {
    expect(listed.filter((w) => !JUDGEMENT_TERMS.some((t) => t.term === w))).toEqual([]);
  });

  it.each(JUDGEMENT_TERMS.map((t) => [t.term, t] as const))('%s: says what it means, then why it is not used here', (_, t) => {
    expect(GLOSSARY_TERMS).toContain(t);
    expect(t.explanation.endsWith(` ${WHY_NOT_USED}`)).toBe(true);
    const meaning = t.explanation.slice(0, -WHY_NOT_USED.length - 1);
    expect(meaning).toMatch(/^Written when /);
    expect(meaning).not.toMatch(/not to use/i);
  });

  it('says why in one plain sentence', () => {
    expect(WHY_NOT_USED).toMatch(/^[A-Z][^.!?]*\.$/);
    expect(WHY_NOT_USED).toMatch(/not to use this word/);
    expect(WHY_NOT_USED).toMatch(/judges .* instead of saying what happened/);
  });
});

describe('diagnoses', () => {
  const DIAGNOSES = [
    'psychosis',
    'schizophrenia',
    'bipolar disorder',
    'hypomania',
    'EUPD',
    'personality disorder',
    'PND',
    'GAD',
    'PTSD',
    'OCD',
    'ADHD',
    'ASD',
  ];
  // A diagnosis as identity: "is a ...", "people who are ...", "sufferer", "victim of", "patients with".
  const IDENTITY =
    /\b(?:is an? (?:schizophrenic|psychotic|borderline|depressive|manic)|sufferers?|victims? of|suffers? from|a (?:schizophrenic|borderline)\b)/i;

  it.each(DIAGNOSES)('%s: explained as what a person lives through, never as who they are', (term) => {
    const t = GLOSSARY_TERMS.find((x) => x.term === term);
    expect(t, term).toBeDefined();
    expect(`${t?.plain} ${t?.explanation}`).not.toMatch(IDENTITY);
  });

  it.each(LABEL_TERMS.map((t) => [t.term, t] as const))('%s: explains the experience and says a person is not their diagnosis', (_, t) => {
    expect(GLOSSARY_TERMS).toContain(t);
    expect(t.explanation.endsWith(` ${NOT_THEIR_DIAGNOSIS}`)).toBe(true);
    expect(t.plain).toMatch(/^a person who|^a person whose/);
    expect(`${t.plain} ${t.explanation}`).toMatch(/feel|hear|believe|think/);
  });

  it('has entries for "schizophrenic", "a schizophrenic", "borderline" and "a borderline"', () => {
    for (const form of ['schizophrenic', 'a schizophrenic', 'borderline', 'a borderline']) {
      expect(
        findJargon(form, GLOSSARY_TERMS).map((m) => m.term),
        form,
      ).toEqual([form.replace(/^a /, '')]);
    }
  });

  it.each([
    ['Marie is borderline.', ['borderline']],
    ['He is a borderline.', ['borderline']],
    ['The threshold is borderline.', ['threshold']],
    ['Marie is borderline for early help.', ['early help']],
    ['It was a borderline decision.', []],
    ['She has borderline personality disorder.', ['EUPD']],
  ])('"%s" explains only a person called by a diagnosis', (text, terms) => {
    expect(findJargon(text, GLOSSARY_TERMS).map((m) => m.term)).toEqual(terms);
  });
});
