// The parent's calendar without the screen (issue 17 §1, §3): which times she can choose, a time she types as a moment in
// UK time, where each visit stands, and how a day is said. Pure, so calendar-logic.test.ts holds it.
import type { AppointmentTime, FamilyAppointment } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_TIME_ZONE } from '../../../shared/domain/appointments.ts';

/**
 * The times she can choose now: the worker's open times of the latest round (the server's rule), still to come, soonest
 * first. None when the appointment does not wait for her.
 */
export function choosableTimes(a: Pick<FamilyAppointment, 'mayChoose' | 'times'>, now: Date = new Date()): AppointmentTime[] {
  if (!a.mayChoose || a.times.length === 0) return [];
  const latest = Math.max(...a.times.map((t) => t.round));
  return a.times
    .filter((t) => t.round === latest && t.status === 'open' && t.proposedBy === 'worker' && Date.parse(t.startsAt) > now.getTime())
    .sort((x, y) => Date.parse(x.startsAt) - Date.parse(y.startsAt));
}

/** Where it stands, as one key the page words: what the parent needs to know first. */
export type Standing =
  | 'choose'
  | 'waiting_for_worker'
  | 'waiting_for_times'
  | 'agreed'
  | 'happened'
  | 'unannounced'
  | 'cancelled_by_you'
  | 'cancelled_by_worker'
  | 'times_passed';

export function standingOf(
  a: Pick<FamilyAppointment, 'status' | 'waitingFor' | 'unannounced' | 'cancelled' | 'mayChoose' | 'times' | 'past'>,
  now: Date = new Date(),
): Standing {
  if (a.status === 'cancelled') return a.cancelled?.by === 'worker' ? 'cancelled_by_worker' : 'cancelled_by_you';
  if (a.status === 'happened') return a.unannounced ? 'unannounced' : 'happened';
  if (a.status === 'agreed') return 'agreed';
  // Proposed: her turn (with a time still to come), the worker's turn, or nobody's until new times come.
  if (a.waitingFor === 'family') return choosableTimes(a, now).length > 0 ? 'choose' : a.past ? 'times_passed' : 'waiting_for_times';
  if (a.waitingFor === 'worker') return 'waiting_for_worker';
  return 'waiting_for_times';
}

/** How many coming appointments wait for her answer. */
export const waitingForYou = (coming: readonly FamilyAppointment[], now: Date = new Date()): number =>
  coming.filter((a) => standingOf(a, now) === 'choose').length;

/**
 * "14:30" from what a phone's time box gives ("14:30") or what someone types where there is no time box ("2.30pm",
 * "9:05", "2pm"); null when it is not a time of day.
 */
export function parseClock(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (match[2] === undefined || hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Minutes a zone is ahead of UTC at one instant (60 for London in summer). */
function offsetMinutes(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * The moment a date ("2026-11-25") and a clock time ("14:30") mean in UK time, as ISO in UTC, whatever zone the phone
 * is set to: appointments are in England and Wales. Null when either cannot be read.
 */
export function ukMoment(date: string, clock: string, timeZone: string = APPOINTMENT_TIME_ZONE): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const c = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!d || !c) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(c[1]), Number(c[2]));
  // Twice: the second guess corrects the offset on the days the clocks change.
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** "Tuesday 12 March 2026" in the page's language (an Intl locale such as "pl-PL"), in UK time. */
export function dayInWords(value: string, intlLocale: string): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const words = new Intl.DateTimeFormat(intlLocale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: APPOINTMENT_TIME_ZONE,
  }).format(at);
  // GOV.UK style writes English without the comma after the weekday ("Thursday 12 March 2026").
  return intlLocale.startsWith('en') ? words.replace(/^(\p{L}+),/u, '$1') : words;
}

/** The worker who arranged it, to name in "{name} will answer". */
export const arrangerOf = (a: Pick<FamilyAppointment, 'workers'>) => a.workers.find((w) => w.arranged) ?? a.workers[0] ?? null;
