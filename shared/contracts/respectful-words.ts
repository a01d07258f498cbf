// Contracts for the respectful-language check (issue 16 §1): the writer's "keep as written" on a save, the 400 that
// asks for it, and the team manager's counts.
import { z } from 'zod';
import { Text } from './common.ts';

/**
 * Sent with a save when the check found words the family should not read about themselves and the writer keeps them:
 * once per save, with the reason (for example "these are Marie's own words"). Absent: the save is refused if anything is found.
 */
export const KeepAsWritten = z
  .object({
    reason: Text(500).min(3, 'Say why you are keeping these words, for example “these are Marie’s own words”'),
  })
  .optional();
export type KeepAsWritten = z.input<typeof KeepAsWritten>;

/** One finding, as the 400 `words_to_check` lists it in `findings`. */
export const WordFinding = z.object({
  field: z.string(),
  start: z.number(),
  end: z.number(),
  found: z.string(),
  kind: z.enum(['judgement', 'identity', 'officialese']),
  entryId: z.string(),
  suggestion: z.string(),
});
export type WordFinding = z.infer<typeof WordFinding>;

/** A kept-as-written confirmation as it is shown beside the version it was saved with. */
export const KeptAsWritten = z.object({
  version: z.number(),
  by: z.string(),
  at: z.string(),
  reason: z.string(),
  found: z.array(z.string()),
});
export type KeptAsWritten = z.infer<typeof KeptAsWritten>;

export const KeptWordsQuery = z.object({
  months: z.coerce.number().int().min(1, 'Choose 1 to 24 months').max(24, 'Choose 1 to 24 months').default(6),
});

/**
 * The team manager's counts: saves that kept words, by word and by month. Never per worker, never per family. A count
 * of 1 to 4 is null ("fewer than 5"); `totalAtLeast`: the total is the least it can be, since a month is hidden.
 */
export const KeptWordsView = z.object({
  team: z.string(),
  months: z.number(),
  total: z.number().nullable(),
  totalAtLeast: z.boolean(),
  byWord: z.array(z.object({ entryId: z.string(), kind: z.string(), label: z.string(), count: z.number().nullable() })),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().nullable() })),
});
export type KeptWordsView = z.infer<typeof KeptWordsView>;
