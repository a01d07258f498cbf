// The language of words saved in the plans (issue 16 §3), and the ids a rating or an agreement is known by outside its
// own table (its key is several columns), for the confirmations of words kept as written (issue 16 §1).
import { createHash } from 'node:crypto';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { type Actor, writerLanguage } from '../../access/actor.ts';

/**
 * What a save marks its words with. A family member writes in the language they chose. A professional writes English
 * (their screens are English for now), but a worker changing words someone in the family wrote (a goal, a section of a
 * child's plan) leaves them in that person's language: the words are still mostly theirs.
 */
export function languageOfSave(actor: Actor, before?: Locale | null): Locale {
  if (actor.kind === 'professional' || actor.kind === 'system' || actor.kind === 'anonymous') return before ?? writerLanguage(actor);
  return writerLanguage(actor);
}

/** A name-based UUID (version 5 layout) of its parts: the same parts always give the same id. */
function nameBasedId(name: string): string {
  const h = createHash('sha1').update(name).digest().subarray(0, 16);
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** One person's rating of one worry or goal in one version of the plan. */
export const ratingSubjectId = (itemId: string, planVersion: number, accountId: string) =>
  nameBasedId(`recovery_plan_rating:${itemId}:${planVersion}:${accountId}`);

/** One person's agreement with one version of the plan. */
export const agreementSubjectId = (planId: string, planVersion: number, accountId: string) =>
  nameBasedId(`recovery_plan_agreement:${planId}:${planVersion}:${accountId}`);
