// The respectful-language check's findings as a form shows them (issue 16 §1): found live in the words being typed,
// or read from the server's 400 `words_to_check`, then named in the error summary and under each field.
import type { WordFinding } from '../../../shared/contracts/respectful-words.ts';
import { checkRespectfulWords, type WordFinding as LiveFinding } from '../../../shared/domain/respectful-words.ts';
import { isApiError } from '../../api/client.ts';
import type { FormError } from '../../ui/error-summary.tsx';

/** Every finding in these texts, each form of words once (“non-compliant” twice is one thing to change). */
export function findingsIn(texts: readonly string[]): LiveFinding[] {
  const seen = new Set<string>();
  const found: LiveFinding[] = [];
  for (const text of texts) {
    if (!text.trim()) continue;
    for (const finding of checkRespectfulWords(text)) {
      const key = `${finding.entryId}:${finding.found.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(finding);
    }
  }
  return found;
}

/** The server's answer when words were found and nobody kept them (server/modules/words). */
export const WORDS_TO_CHECK = 'words_to_check';

/** The findings of a 400 `words_to_check`, or null when the failure was something else. */
export function wordsToCheck(error: unknown): WordFinding[] | null {
  if (!isApiError(error) || error.code !== WORDS_TO_CHECK) return null;
  const findings = error.body.findings;
  return Array.isArray(findings) ? (findings as WordFinding[]) : [];
}

/** The input that shows a server field ("content.worry", "text"): its id in `ids`, by its last part, else the fallback. */
export function inputFor(field: string, ids: Record<string, string>, fallbackId: string): string {
  const last = field.split('.').at(-1) ?? field;
  const first = field.split('.')[0] ?? field;
  return ids[field] ?? ids[field.replace(/^content\./, '')] ?? ids[last] ?? ids[first] ?? fallbackId;
}

/** One error-summary line per finding, each linking to the field it is in; the same words in one field once. */
export function findingErrors(findings: readonly WordFinding[], ids: Record<string, string>, fallbackId: string): FormError[] {
  const seen = new Set<string>();
  const lines: FormError[] = [];
  for (const f of findings) {
    const fieldId = inputFor(f.field, ids, fallbackId);
    const key = `${fieldId}:${f.found.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ fieldId, message: `“${f.found}”: ${f.suggestion}` });
  }
  return lines;
}

/** The message under each field that has findings: the words to change, named. */
export function inlineErrors(findings: readonly WordFinding[], ids: Record<string, string>, fallbackId: string): Record<string, string> {
  const byField = new Map<string, string[]>();
  for (const f of findings) {
    const fieldId = inputFor(f.field, ids, fallbackId);
    const words = byField.get(fieldId) ?? [];
    if (!words.some((w) => w.toLowerCase() === f.found.toLowerCase())) words.push(f.found);
    byField.set(fieldId, words);
  }
  return Object.fromEntries(
    [...byField].map(([fieldId, words]) => [fieldId, `Change ${listed(words)}, or keep the words as written and say why`]),
  );
}

const listed = (words: readonly string[]): string => {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? 'these words');
};
