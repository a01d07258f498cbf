// Small wording helpers for the family's sharing screens: dates written out, kinds of information in a sentence.
import { formatDate } from '../ui/format.ts';

/** "2026-12-31" inside a sentence becomes "31 December 2026". */
export const withPlainDates = (text: string): string => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date));

/** "Mental health" → "mental health", for "your mental health information". */
export const kindInSentence = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
