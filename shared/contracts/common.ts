// Shapes shared by every API contract: ids, the error body, and the dates, times, versions and text every
// contract accepts, each refused with a plain message (a 400 naming the field) before it can reach the database.
import { z } from 'zod';

export const Id = z.uuid();

/** Every error answer has this body: a plain message that says what to do, and field problems. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The largest number a version column (PostgreSQL integer) holds. */
export const INT4_MAX = 2_147_483_647;
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2200-12-31';
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2200;
/** How far ahead a time something happened may be: clocks and time zones differ, a week ahead is a typing slip. */
export const FUTURE_SLACK_MS = 86_400_000;

/** Whether `YYYY-MM-DD` names a day that exists (no 2027-02-30, no month 13) between 1900 and 2200. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether an ISO date-time parses and falls between 1900 and 2200 (PostgreSQL refuses year 0, and far years overflow). */
export function isSaneDateTime(value: string): boolean {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return false;
  const year = new Date(ms).getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Today as `YYYY-MM-DD` in UTC (the UK is UTC or one hour ahead, so a UK "today" is never refused). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A calendar date `YYYY-MM-DD` that exists, between 1900-01-01 and 2200-12-31. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-12-31')
  .refine(isRealDate, 'Enter a real date between 1900 and 2200, like 2026-12-31');

/** A date something will be looked at again: today or later. */
export const ReviewDate = CalendarDate.refine((v) => v >= todayUtc(), 'Choose today or a later date for the review');

/** An ISO date-time with its offset, between 1900 and 2200. */
export const DateTime = z.iso
  .datetime({ offset: true, message: 'Enter a date and time' })
  .refine(isSaneDateTime, 'Enter a date and time between 1900 and 2200');

/** When something happened: not more than a day ahead of now. */
export const HappenedAt = DateTime.refine(
  (v) => Date.parse(v) <= Date.now() + FUTURE_SLACK_MS,
  'This is in the future: enter when it happened',
);

/** The version an editor read: a whole number a database integer can hold. */
export const Version = z.number().int('Reload the page and try again').min(1).max(INT4_MAX, 'Reload the page and try again');
/** A version where 0 means "not yet written" (document sections). */
export const VersionOrNew = z.number().int('Reload the page and try again').min(0).max(INT4_MAX, 'Reload the page and try again');
/** A version number in a path or query string. */
export const VersionParam = z.coerce.number().int().min(1).max(INT4_MAX);

/**
 * Free text, trimmed: PostgreSQL cannot store a NUL character. The request pipeline refuses NUL in every body
 * and query (server/http/request-pipeline.ts); this schema says so in the contract for the texts people write.
 */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max.toLocaleString('en-GB')} characters`)
    .refine((v) => !v.includes('\u0000'), 'Remove the hidden control character from this text');
