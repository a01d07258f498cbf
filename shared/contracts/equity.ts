// Contract of "About you" (issue 18 §2): a family member's own answers to the equity questions, every one optional,
// read and changed only by that person; professionals never read them one by one (only counted, by the insights).
import { z } from 'zod';
import { FIRST_LANGUAGE_CODES } from '../domain/equity-groups.ts';
import { ETHNICITY_KEYS, type Ethnicity, YES_NO_PREFER_NOT } from '../domain/learning.ts';
import { VersionOrNew } from './common.ts';

export { FIRST_LANGUAGE_CODES };
export const FIRST_LANGUAGE_CHOICES = [...FIRST_LANGUAGE_CODES, 'other', 'prefer_not_to_say'] as const;

const ethnicity = z.enum(ETHNICITY_KEYS as [Ethnicity, ...Ethnicity[]], {
  error: 'Choose one of the ethnic groups listed, or “Prefer not to say”',
});
const firstLanguage = z
  .string()
  .refine(
    (v) => (FIRST_LANGUAGE_CHOICES as readonly string[]).includes(v),
    'Choose a language from the list, “Another language” or “Prefer not to say”',
  );
const yesNo = z.enum(YES_NO_PREFER_NOT, { error: 'Choose yes, no or “Prefer not to say”' });

/** A person's answers as they read them back; null is "not answered". */
export const AboutMe = z.object({
  ethnicity: ethnicity.nullable(),
  firstLanguage: z.string().nullable(),
  disability: yesNo.nullable(),
  financialHardship: yesNo.nullable(),
  /** 0 until the first save; a save states the version it read. */
  version: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime().nullable(),
});
export type AboutMe = z.infer<typeof AboutMe>;

/**
 * A save: any of the answers (a field left out stays as it is; null clears it), and the version read. Clearing every
 * answer is a save with all four null ("Remove my answers"). No person is named: it is always the caller's own.
 */
export const AboutMeInput = z.strictObject({
  version: VersionOrNew,
  ethnicity: ethnicity.nullable().optional(),
  firstLanguage: firstLanguage.nullable().optional(),
  disability: yesNo.nullable().optional(),
  financialHardship: yesNo.nullable().optional(),
});
export type AboutMeInput = z.infer<typeof AboutMeInput>;
