// Plain-language advice for text a parent will read: glossary jargon, diagnostic labels (P5) and readability. It advises, never blocks.
import type { GlossaryTerm } from './glossary-terms.ts';
import { findJargon, type JargonMatch, NOT_AFTER_WORD } from './jargon.ts';

// Jargon lives in its own small module so the parent's pages can explain terms without loading the rest.
export { type ExplainedSegment, explainInPlace, findJargon, type JargonMatch, type PlainSegment, type TextSegment } from './jargon.ts';

export type LabelMatch = { start: number; end: number; found: string; suggestion: string };
export type ReadabilityLabel = 'easy' | 'fairly easy' | 'standard' | 'hard' | 'very hard';
export type Readability = {
  fleschReadingEase: number;
  gradeLevel: number;
  averageSentenceLength: number;
  label: ReadabilityLabel;
  advice: string;
};
export type PlainLanguageCheck = { jargon: JargonMatch[]; labels: LabelMatch[]; readability: Readability };

// ---- Diagnostic labels used to describe a person (P5: behaviour, not diagnosis) ----

type LabelKind = 'psychosis' | 'mood' | 'personality' | 'depression' | 'eating' | 'ocd' | 'paranoia' | 'substance' | 'general';

const EXAMPLES: Record<LabelKind, (who: string) => string> = {
  psychosis: (who) => `${who} hears voices when unwell, and the children get frightened`,
  mood: (who) => `${who} sleeps very little during high spells and has spent the money meant for food`,
  personality: (who) => `${who} feels let down very quickly, and the arguments that follow frighten the children`,
  depression: (who) => `${who} finds it hard to get up, so the children often get themselves to school`,
  eating: (who) => `${who} is eating very little and has been too weak to take the children to school`,
  ocd: (who) => `${who} spends hours washing and checking, so meals are often late`,
  paranoia: (who) => `${who} believes the neighbours are watching and keeps the children indoors`,
  substance: (who) => `${who} drinks most evenings and is sometimes too drunk to put the children to bed`,
  general: (who) => `${who} stays in bed most days when unwell, and the children miss breakfast`,
};

const KIND_OF: [RegExp, LabelKind][] = [
  [/schizo|psycho/i, 'psychosis'],
  [/bipolar|manic/i, 'mood'],
  [/borderline|personality|eupd|bpd/i, 'personality'],
  [/depress/i, 'depression'],
  [/anorexic|bulimic/i, 'eating'],
  [/ocd/i, 'ocd'],
  [/paranoid/i, 'paranoia'],
  [/addict|alcoholic|junkie|druggie|crackhead|drunk/i, 'substance'],
];

const MUM = /^(?:mother|mothers|mum|mums|mom|moms|mummy|wife|woman|women|lady)$/i;
const DAD = /^(?:father|fathers|dad|dads|daddy|husband|man|men)$/i;
const PRONOUN = /^(?:he|she|they|him|her|them)$/i;

// The example names whoever the text named: "Marie", "Mum", "the daughter"; otherwise "The parent".
function suggestionFor(found: string, who: string | undefined): string {
  const kind = KIND_OF.find(([re]) => re.test(found))?.[1] ?? 'general';
  let subject = 'The parent';
  if (!who || PRONOUN.test(who)) subject = 'The parent';
  else if (MUM.test(who)) subject = 'Mum';
  else if (DAD.test(who)) subject = 'Dad';
  else if (PERSON_WORD.test(who)) subject = `The ${who.toLowerCase()}`;
  else if (/^\p{Lu}/u.test(who)) subject = who;
  return `Describe what the person does and how it affects the children, not a diagnosis, e.g. "${EXAMPLES[kind](subject)}".`;
}

// Labels are whole words, not the start of a hyphenated word ("psycho-education" is fine).
const W = (source: string): string => `${NOT_AFTER_WORD}(?:${source})(?![\\p{L}\\p{N}-])`;
const HY = '[\\s-]+';

// Words that are only ever used as names for people: flagged wherever they appear.
const SLURS = [
  'schizos?',
  'psychos',
  'psycho',
  'psychopaths?',
  'nutters?',
  'lunatics?',
  'loony',
  'loonies',
  'junkies?',
  'druggies?',
  'crackheads?',
  'drunks',
  `self${HY}harmers?`,
  `(?:drug|heroin|crack|smack|alcohol|gambling)${HY}addicts?`,
  'schizophrenics',
  'psychotics',
  'depressives',
  `manic${HY}depressives`,
  'anorexics',
  'bulimics',
  'addicts',
  'alcoholics(?!\\s+anonymous)',
].join('|');

// Label nouns after a determiner: "a schizophrenic", "the addict".
const LABEL_NOUNS = [
  `manic${HY}depressive`,
  'schizophrenic',
  'psychotic',
  'depressive',
  'anorexic',
  'bulimic',
  'addict',
  'alcoholic',
  `mentally${HY}ill`,
].join('|');
const DETERMINERS = 'a|an|the|this|that|these|those|my|your|his|her|our|their|another|such\\s+an?';

// Label adjectives before a word for a person: "psychotic mother", "alcoholic father".
const LABEL_ADJECTIVES = [
  'schizophrenic',
  'schizo',
  'psychotic',
  'psycho',
  'bipolar',
  'borderline',
  'depressive',
  'depressed',
  'manic',
  'paranoid',
  'anorexic',
  'bulimic',
  'alcoholic',
  'addict',
  `(?:(?:drug|heroin)${HY})?addicted`,
  `mentally${HY}ill`,
  'mental',
  'mad',
  'crazy',
  'insane',
  `personality${HY}disordered`,
  'OCD',
  'EUPD',
  'BPD',
].join('|');
const PERSON_NOUNS =
  'mothers?|mums?|moms?|mummy|fathers?|dads?|daddy|parents?|wom[ae]n|m[ae]n|lady|ladies|girls?|boys?|persons?|people|patients?|' +
  'clients?|adults?|child|children|sons?|daughters?|wife|wives|husbands?|partners?|sisters?|brothers?|teenagers?|individuals?';

const PERSON_WORD = new RegExp(`^(?:${PERSON_NOUNS})$`, 'i');

// Labels after "is", "was", "seems" and similar: "she is bipolar", "Marie is borderline".
const PREDICATE_LABELS = [
  'schizophrenic',
  'psychotic',
  'bipolar',
  'borderline',
  'depressive',
  'manic',
  'paranoid',
  'anorexic',
  'bulimic',
  'alcoholic',
  `mentally${HY}ill`,
  `personality${HY}disordered`,
  'OCD',
  'EUPD',
  'BPD',
].join('|');
const SUBJECTS = `he|she|they|mum|mom|mother|dad|father|\\p{Lu}\\p{Ll}+(?:['\u2019]s\\s+(?:${PERSON_NOUNS}))?`;
const COPULAS = [
  ...'is was are were seems seemed appears appeared becomes became looks looked sounds sounded'.split(' '),
  'presents\\s+as',
  'presented\\s+as',
  'has\\s+become',
]
  .map((verb) => `\\s+${verb}`)
  .concat("['\u2019]s")
  .join('|');
const INTENSIFIER_WORDS = 'very|quite|so|really|rather|clearly|obviously|completely|totally|extremely|severely|definitely|also|still';
const INTENSIFIERS = `(?:\\s+(?:${INTENSIFIER_WORDS}|a\\s+bit|a\\s+little))*`;

// Who a label is about, read from just before it: "Clive is an alcoholic" is about Clive.
const SUBJECT_BEFORE = new RegExp(`(${SUBJECTS})(?:${COPULAS})${INTENSIFIERS}\\s+$`, 'u');

// checkNext: skip when the next word shows an illness, not a person; subjectInMatch: the match starts with who it is about.
type LabelRule = {
  pattern: RegExp;
  checkNext: boolean;
  subjectInMatch?: boolean;
  who: (m: RegExpMatchArray, before: string) => string | undefined;
};
const LABEL_RULES: LabelRule[] = [
  { pattern: new RegExp(W(SLURS), 'giu'), checkNext: false, who: (_, before) => SUBJECT_BEFORE.exec(before)?.[1] },
  {
    pattern: new RegExp(W(`(?:${DETERMINERS})\\s+(?:${LABEL_NOUNS})s?`), 'giu'),
    checkNext: true,
    who: (_, before) => SUBJECT_BEFORE.exec(before)?.[1],
  },
  { pattern: new RegExp(W(`(?:${LABEL_ADJECTIVES})\\s+(${PERSON_NOUNS})`), 'giu'), checkNext: false, who: (m) => m[1] },
  {
    pattern: new RegExp(W(`(${SUBJECTS})(?:${COPULAS})${INTENSIFIERS}\\s+(?:${PREDICATE_LABELS})`), 'gu'),
    checkNext: true,
    subjectInMatch: true,
    who: (m) => m[1],
  },
];

// Words after a label that show it describes an illness or a thing, not a person ("a psychotic episode", "an alcoholic drink").
const NEUTRAL_NEXT = new Set(
  (
    'episode episodes disorder disorders illness illnesses symptom symptoms feature features experience experiences phase relapse ' +
    'break breakdown state states condition conditions diagnosis traits trait type spectrum tendencies thoughts thinking behaviour ' +
    'behavior presentation depression mood moods disturbance crisis affective ward unit service services team medication medicine ' +
    'treatment drink drinks beverage beverages content liver anonymous recovery support group groups case cases decision decisions ' +
    'threshold for risk level score result range personality'
  ).split(' '),
);
const NOT_A_NAME = new Set(
  'It This That There Here What Which Who Everything Something Nothing Risk Threshold Case Decision Level Score Mood Plan'.split(' '),
);

/** Diagnostic labels used to describe a person ("a schizophrenic", "she is bipolar"), each with a kinder way to say it. */
export function findDiagnosticLabels(text: string): LabelMatch[] {
  const candidates: { start: number; end: number; found: string; who: string | undefined }[] = [];
  for (const rule of LABEL_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const who = rule
        .who(m, text.slice(Math.max(0, start - 60), start))
        ?.split(/\s+/)
        .pop();
      const person = who !== undefined && !NOT_A_NAME.has(who);
      if (rule.subjectInMatch && !person) continue;
      if (rule.checkNext) {
        const next = /^[\s-]+([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
        if (next && NEUTRAL_NEXT.has(next)) continue;
      }
      candidates.push({ start, end, found: m[0], who: person ? who : undefined });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: LabelMatch[] = [];
  for (const c of candidates) {
    if (chosen.some((x) => c.start < x.end && x.start < c.end)) continue;
    chosen.push({ start: c.start, end: c.end, found: c.found, suggestion: suggestionFor(c.found, c.who) });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// ---- Readability ----

/** A rough English syllable count: vowel groups, less silent endings; all-caps acronyms are read letter by letter. */
export function estimateSyllables(word: string): number {
  if (/^\p{Lu}{2,}$/u.test(word)) return word.length;
  if (/^\p{N}+$/u.test(word)) return Math.min(word.length, 4);
  const parts = word.split(/[-\u2010\u2011\u2013]/).filter((p) => p !== '');
  if (parts.length > 1) return parts.reduce((sum, p) => sum + estimateSyllables(p), 0);
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 1;
  if (w.length <= 3) return 1;
  if (/[^aeiouytd]ed$/.test(w) || /[^aeiouysxzh]es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/^y/, '');
  let count = w.match(/[aeiouy]+/g)?.length ?? 0;
  if (/(?<![cgst])ia/.test(w)) count += 1;
  if (/(?<![qg])ua/.test(w)) count += 1;
  if (/[aeiouy]ing$/.test(w)) count += 1;
  return Math.max(1, count);
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|dr|mr|mrs|ms|approx|vs)\./gi;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function labelFor(ease: number): ReadabilityLabel {
  if (ease >= 80) return 'easy';
  if (ease >= 70) return 'fairly easy';
  if (ease >= 60) return 'standard';
  if (ease >= 30) return 'hard';
  return 'very hard';
}

function adviceFor(label: ReadabilityLabel, longSentences: boolean, longWords: boolean): string {
  if (label === 'easy') return 'This should be easy for most people to read.';
  if (label === 'fairly easy') return 'This is fairly easy to read; a few shorter sentences would make it easier still.';
  if (longSentences && !longWords) return 'Try splitting long sentences into shorter ones.';
  if (longWords && !longSentences) return 'Try everyday words in place of long or technical ones.';
  return 'Try shorter sentences and everyday words.';
}

/** Flesch reading ease and Flesch–Kincaid grade, with a label and one sentence of advice. */
export function readability(text: string): Readability {
  const sentences = text
    .replace(ABBREVIATIONS, (m) => m.replaceAll('.', ''))
    .split(/(?<=[.!?\u2026])\s+|\n+/)
    .map((s) => s.match(WORD) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  if (words.length === 0) {
    return { fleschReadingEase: 100, gradeLevel: 0, averageSentenceLength: 0, label: 'easy', advice: 'There is nothing to check yet.' };
  }
  const syllables = words.reduce((sum, w) => sum + estimateSyllables(w), 0);
  const wordsPerSentence = words.length / sentences.length;
  const syllablesPerWord = syllables / words.length;
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  const label = labelFor(ease);
  return {
    fleschReadingEase: round1(Math.min(100, Math.max(0, ease))),
    gradeLevel: round1(Math.max(0, grade)),
    averageSentenceLength: round1(wordsPerSentence),
    label,
    advice: adviceFor(label, wordsPerSentence > 15, syllablesPerWord > 1.5),
  };
}

// ---- The editor's one call, and text split for reading ----

/** Everything the editor shows beside text a parent will read. Advice only: nothing here stops a save. */
export function checkPlainLanguage(text: string, terms: readonly GlossaryTerm[]): PlainLanguageCheck {
  return { jargon: findJargon(text, terms), labels: findDiagnosticLabels(text), readability: readability(text) };
}
