// The arranging screens without the screen (issue 17 §1): the 1–5 times a worker offers as the contract takes them, the
// server's field names on the inputs that show them, times in words, and "Record a visit or contact" opened with the
// appointment's kind, time and people. Pure, so appointment-logic.test.ts holds it.
import type { RecordVisitPrefill, TimeOption, WorkerAppointments } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_TIME_ZONE, MAX_OPTIONS } from '../../../shared/domain/appointments.ts';
import type { RecordEntrySearch } from '../records/entry-prefill.search.ts';

/** One time offered on the form: a datetime-local value and how long, in minutes. */
export type TimeRow = { key: string; start: string; minutes: string };

/** How long a visit may be offered for, in minutes, with the workers' words. */
export const LENGTHS = [
  { value: '30', label: '30 minutes' },
  { value: '45', label: '45 minutes' },
  { value: '60', label: '1 hour' },
  { value: '90', label: '1 and a half hours' },
  { value: '120', label: '2 hours' },
  { value: '180', label: '3 hours' },
] as const;

let rowCount = 0;
export const newRow = (minutes = '60'): TimeRow => ({ key: `t${++rowCount}`, start: '', minutes });

/** Field ids of row `i` on a form whose ids start with `prefix`. */
export const rowIds = (prefix: string, i: number) => ({ start: `${prefix}-time-${i}`, length: `${prefix}-length-${i}` });

/**
 * The rows as the contract's times, or what to put right by field id: each needs a date and time still to come (the
 * browser's zone: the workers are in England and Wales), no time twice, and no more than MAX_OPTIONS.
 */
export function optionsFrom(
  rows: readonly TimeRow[],
  prefix: string,
  toIso: (local: string) => string | null,
  now: Date = new Date(),
): { options: TimeOption[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const options: TimeOption[] = [];
  const seen = new Set<number>();
  rows.slice(0, MAX_OPTIONS).forEach((row, i) => {
    const ids = rowIds(prefix, i);
    const iso = toIso(row.start);
    const minutes = Number(row.minutes);
    if (!iso) errors[ids.start] = `Enter the date and time of time ${i + 1}`;
    else if (Date.parse(iso) <= now.getTime()) errors[ids.start] = `Time ${i + 1} has passed: choose a time still to come`;
    else if (seen.has(Date.parse(iso))) errors[ids.start] = `Time ${i + 1} is offered twice: change it or remove it`;
    if (!Number.isInteger(minutes) || minutes <= 0) errors[ids.length] = `Choose how long time ${i + 1} lasts`;
    if (iso && !errors[ids.start] && !errors[ids.length]) {
      seen.add(Date.parse(iso));
      options.push({ startsAt: iso, endsAt: new Date(Date.parse(iso) + minutes * 60_000).toISOString() });
    }
  });
  if (rows.length === 0) errors[rowIds(prefix, 0).start] = 'Offer at least one time';
  return { options: Object.keys(errors).length ? [] : options, errors };
}

/** A server field ("options.1.startsAt", "purpose") → the id of the input that shows it on a form with `prefix`. */
export function fieldIdFor(field: string, prefix: string, named: Record<string, string> = {}): string {
  const option = /^options(?:\.(\d+)(?:\.(startsAt|endsAt))?)?$/.exec(field);
  if (option) {
    const ids = rowIds(prefix, Number(option[1] ?? 0));
    return option[2] === 'endsAt' ? ids.length : ids.start;
  }
  return named[field] ?? field;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: APPOINTMENT_TIME_ZONE,
});
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: APPOINTMENT_TIME_ZONE,
});

/** "Thursday 12 March 2026, 10:00 to 11:00" in UK time (GOV.UK style: no comma after the weekday). */
export function rangeInWords(startsAt: string, endsAt: string | null): string {
  const start = new Date(startsAt);
  const day = dayFormat.format(start).replace(/^(\p{L}+),/u, '$1');
  return endsAt
    ? `${day}, ${clockFormat.format(start)} to ${clockFormat.format(new Date(endsAt))}`
    : `${day}, ${clockFormat.format(start)}`;
}

/** The address that opens "Record a visit or contact" with the appointment's kind, time and who was there. */
export function recordVisitSearch(prefill: RecordVisitPrefill): RecordEntrySearch {
  return {
    kind: prefill.kind,
    at: prefill.occurredAt,
    people: prefill.presentPersonIds.join(',') || undefined,
    staff: prefill.presentStaffIds.join(',') || undefined,
  };
}

/** The parent the appointments are arranged with (the family's parent), by the name the family uses. */
export const parentOf = (data: Pick<WorkerAppointments, 'people'>): string => data.people.find((p) => p.parent)?.name ?? 'the parent';
