// Which values of a kept message (a notification's Phrase) are people's own words (issue 16 §3): a worker's or a family
// member's name, a job title, a team's, organisation's or service's name, support as someone described it. On a page in
// another language these are shown exactly as written and marked with the language they were written in; every other
// value is a number, a date or a key the message words itself. as-written.test.ts checks every notify-* message's values
// against these lists, so a new message cannot leave a name unmarked.
import { isLocale, type Locale } from './locales.ts';
import type { PhraseValues } from './messages.ts';

/** What the professionals' screens write in while they are in English (ARCHITECTURE.md, issue 16). */
export const PROFESSIONALS_WRITE_IN: Locale = 'en';

/** Value names that carry someone's own words: names, job titles, organisations, teams, services, support. */
export const AS_WRITTEN_VALUES: ReadonlySet<string> = new Set([
  // People: the worker or family member who did something, and whom it is about.
  'name',
  'by',
  'worker',
  'keyWorker',
  'outgoing',
  'invitedBy',
  'issuedBy',
  'closedBy',
  'reopenedBy',
  'raiser',
  'asker',
  'person',
  'parent',
  'youngPerson',
  'child',
  'child1',
  'child2',
  'childList',
  'childLast',
  'names',
  'last',
  'familyName',
  // A help request passed from one worker to another.
  'from',
  'to',
  // Services and what they are called.
  'jobTitle',
  'organisation',
  'team',
  'service',
  'support',
]);

/** Value names each language writes its own way (numbers, a day kept as "2026-12-31", a clock time): not words. */
export const FORMATTED_VALUES: ReadonlySet<string> = new Set(['date', 'time', 'version', 'day', 'hour', 'since']);

/**
 * The language a value was written in when it is someone's own words, else null. A family member's words carry their
 * language beside them (`supportWrittenIn`); everything else a worker typed on the professionals' screens.
 */
export function asWrittenIn(key: string, values: PhraseValues): Locale | null {
  if (!AS_WRITTEN_VALUES.has(key)) return null;
  const lang = values[`${key}WrittenIn`];
  return isLocale(lang) ? lang : PROFESSIONALS_WRITE_IN;
}
