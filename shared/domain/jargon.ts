// Glossary jargon in text a parent reads: finding terms as whole words, and splitting text so each term's plain
// meaning can be shown beside it. Kept apart from the rest of plain-language.ts to keep the parent's pages small.
import type { GlossaryTerm } from './glossary-terms.ts';

export type JargonMatch = { start: number; end: number; found: string; term: string; plain: string; explanation: string };
export type PlainSegment = { text: string };
export type ExplainedSegment = { text: string; term: string; plain: string; explanation: string };
export type TextSegment = PlainSegment | ExplainedSegment;

// ---- Jargon ----

const ACRONYM = /^[A-Z]{2,5}$/;
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
const SPACE = '[\\s\\u00a0\\-\\u2010\\u2011\\u2013]+';
const HYPHEN_OR_SPACE = '[\\s\\u00a0\\-\\u2010\\u2011\\u2013]*';

// `needle`: the form's longest run of letters and digits, lower-cased. Every match of the form's pattern holds
// that run (each character in one case or the other), so a text whose lower-cased copy lacks it cannot match,
// and the pattern is not run, or even compiled. On a phone this was most of the time a parent's record took
// to appear: a few hundred Unicode patterns compiled and run over every entry (BENCHMARKS.md, Lighthouse).
type Matcher = { needle: string; form: string; compiled?: RegExp; entry: GlossaryTerm };
const matcherCache = new WeakMap<readonly GlossaryTerm[], Matcher[]>();

function escapeChar(ch: string): string {
  if (ch === "'" || ch === '\u2019') return "['\u2019]";
  if (/[.*+?^${}()|[\]\\/]/.test(ch)) return `\\${ch}`;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower === upper ? ch : `[${lower}${upper}]`;
}

// One word of a form: all-caps acronyms of up to five letters match exactly; everything else ignores case.
function wordPattern(word: string): string {
  return word
    .split(/[-\u2010\u2011\u2013]/)
    .map((part) => (ACRONYM.test(part) ? part : Array.from(part, escapeChar).join('')))
    .join(HYPHEN_OR_SPACE);
}

function formPattern(form: string): RegExp {
  const words = form.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const plural = ACRONYM.test(last) ? 's?' : /\p{L}$/u.test(last) ? '(?:[sS]|[eE][sS])?' : '';
  return new RegExp(`${NOT_AFTER_WORD}${words.map(wordPattern).join(SPACE)}${plural}${NOT_BEFORE_WORD}`, 'gu');
}

function needleOf(form: string): string {
  return form
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

function patternOf(matcher: Matcher): RegExp {
  matcher.compiled ??= formPattern(matcher.form);
  return matcher.compiled;
}

function matchersFor(terms: readonly GlossaryTerm[]): Matcher[] {
  const cached = matcherCache.get(terms);
  if (cached) return cached;
  const matchers = terms.flatMap((entry) =>
    [entry.term, ...entry.aliases].filter((form) => form.trim() !== '').map((form) => ({ needle: needleOf(form), form, entry })),
  );
  matcherCache.set(terms, matchers);
  return matchers;
}

// 'contact' is also an everyday verb ("please contact me"); only the family-time sense is explained.
const VERB_BEFORE = /(?:^|[^\p{L}])(?:to|will|can|could|would|should|may|might|must|please|not|i|we|you|they|he|she|in|first|of)\s+$/iu;
const VERB_AFTER = /^\s+(?:me|you|us|them|him|her|it|details|number|numbers|information|lens|lenses)(?![\p{L}])/iu;

// 'borderline' is also an everyday word for "only just" ("the threshold is borderline", "borderline for early help");
// only a person called by a diagnosis is explained.
const BORDERLINE_THING_BEFORE =
  /(?:^|[^\p{L}])(?:it|this|that|which|threshold|case|decision|score|result|level|mark|call)\s+(?:is|was|seems|seemed|looks|looked)\s+(?:very\s+|quite\s+|a\s+bit\s+)?$/iu;
const BORDERLINE_THING_AFTER =
  /^[\s-]+(?:for|case|cases|decision|decisions|result|results|score|scores|level|call|threshold|pass|fail|personality)(?![\p{L}])/iu;

function isEverydaySense(text: string, start: number, end: number, found: string): boolean {
  const word = found.toLowerCase().replace(/^an?\s+/, '');
  if (word === 'borderline')
    return (
      BORDERLINE_THING_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || BORDERLINE_THING_AFTER.test(text.slice(end, end + 16))
    );
  if (word !== 'contact') return false;
  return VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || VERB_AFTER.test(text.slice(end, end + 16));
}

/** Every glossary term or alias in the text, as whole words, sorted by position; where matches overlap the longest wins. */
export function findJargon(text: string, terms: readonly GlossaryTerm[]): JargonMatch[] {
  const candidates: JargonMatch[] = [];
  const lower = text.toLowerCase();
  for (const matcher of matchersFor(terms)) {
    if (!lower.includes(matcher.needle)) continue;
    const entry = matcher.entry;
    for (const m of text.matchAll(patternOf(matcher))) {
      const start = m.index;
      const end = start + m[0].length;
      if (isEverydaySense(text, start, end, m[0])) continue;
      candidates.push({ start, end, found: m[0], term: entry.term, plain: entry.plain, explanation: entry.explanation });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: JargonMatch[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The text split into plain runs and glossary terms, so a screen can show each term's meaning beside it. Joined, it is the text. */
export function explainInPlace(text: string, terms: readonly GlossaryTerm[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const m of findJargon(text, terms)) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start) });
    segments.push({ text: m.found, term: m.term, plain: m.plain, explanation: m.explanation });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
