// Contracts of the parent's check-ins (issue 14 §1): her settings, one check-in, her own list and chart, and the
// check-ins a worker may read because she chose them.
import { z } from 'zod';
import { CARE_TEAM_ROLE_KEYS } from '../domain/care-team-roles.ts';
import { CHECK_IN_RHYTHMS } from '../domain/check-ins.ts';
import { LOCALES } from '../i18n/locales.ts';
import { Id, Text, VersionOrNew } from './common.ts';

const Score = z
  .number({ error: 'Choose a number from 0 to 10' })
  .int('Choose a whole number from 0 to 10')
  .min(0, 'Choose a number from 0 to 10')
  .max(10, 'Choose a number from 0 to 10');
const ScaleWords = Text(80).pipe(z.string().min(1, 'Write a few words, or leave the words that were there'));

/** `role` is their job title (their service's words); `teamRole` their role on the care team, worded in the page's language. */
export const CheckInPerson = z.object({ staffId: Id, name: z.string(), role: z.string(), teamRole: z.enum(CARE_TEAM_ROLE_KEYS) });
export type CheckInPerson = z.infer<typeof CheckInPerson>;

export const CheckInSettings = z.object({
  rhythm: z.enum(CHECK_IN_RHYTHMS),
  lowWords: z.string(),
  highWords: z.string(),
  /** The end still has the words it started with (shared/domain/check-ins.ts), which the page says in its own language. */
  lowIsDefault: z.boolean(),
  highIsDefault: z.boolean(),
  /** The language she wrote her own words for the scale in. */
  scaleWrittenIn: z.enum(LOCALES),
  shareWithStaffIds: z.array(Id),
  /** 0 until she first saves her settings. */
  version: z.number().int(),
  /** The next day she will be reminded, or null when reminders are off. */
  nextDueOn: z.string().nullable(),
});
export type CheckInSettings = z.infer<typeof CheckInSettings>;

export const CheckIn = z.object({
  id: Id,
  score: z.number().int(),
  words: z.string().nullable(),
  /** The language she wrote her words in. */
  writtenIn: z.enum(LOCALES),
  createdAt: z.string(),
  /** Who could see it, by name; someone no longer on her care team is "Someone no longer on your care team". */
  sharedWith: z.array(z.string()),
  /** The same people for the page to word: null for someone no longer on her care team. */
  sharedWithNames: z.array(z.string().nullable()),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const MyCheckIns = z.object({
  settings: CheckInSettings,
  /** Her care team, to choose who sees her check-ins. */
  people: z.array(CheckInPerson),
  /** Oldest first, the last year: the chart's points. */
  checkIns: z.array(CheckIn),
});
export type MyCheckIns = z.infer<typeof MyCheckIns>;

export const SaveCheckInSettingsRequest = z.object({
  rhythm: z.enum(CHECK_IN_RHYTHMS, { error: 'Choose how often you would like to be asked' }),
  lowWords: ScaleWords,
  highWords: ScaleWords,
  shareWithStaffIds: z.array(Id).max(20),
  version: VersionOrNew,
});

export const NewCheckInRequest = z.object({
  score: Score,
  words: Text(2000).optional(),
  shareWithStaffIds: z.array(Id).max(20),
});

export const CheckInSaved = z.object({
  checkIn: CheckIn,
  /** True for a low number: the screen offers help to her, and nobody else is told because of it. */
  suggestHelp: z.boolean(),
});

/** What a worker sees: only the check-ins the parent chose to show them, with her scale's words. */
export const SharedCheckIns = z.object({
  personName: z.string(),
  lowWords: z.string(),
  highWords: z.string(),
  lowIsDefault: z.boolean(),
  highIsDefault: z.boolean(),
  scaleWrittenIn: z.enum(LOCALES),
  checkIns: z.array(CheckIn.omit({ sharedWith: true, sharedWithNames: true })),
});
export type SharedCheckIns = z.infer<typeof SharedCheckIns>;
