// Opening times in plain English from Open Referral UK schedules (RFC 5545 rules): "Mondays and Wednesdays, 9am to
// 5pm", "First Tuesday of the month, 10am to 12 noon", "Every other Saturday, 10am to 12 noon".
import { BYDAY, type OrukSchedule, type OrukService, WEEKDAY_NAMES } from './oruk-schema.ts';

/** 09:00 → 9am, 17:30 → 5:30pm, 12:00 → 12 noon, 00:00 → midnight. */
export function timeWords(t: string): string {
  const [h = 0, m = 0] = t.split(':').map(Number);
  if (h === 12 && m === 0) return '12 noon';
  if (h === 0 && m === 0) return 'midnight';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const ORDINALS: Record<string, string> = { '1': 'First', '2': 'Second', '3': 'Third', '4': 'Fourth', '5': 'Fifth', '-1': 'Last' };

const andList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Mondays to Fridays; Mondays and Wednesdays; Tuesdays, Thursdays and Saturdays. */
function daysWords(indexes: number[], plural = true): string {
  const days = [...new Set(indexes)].sort((a, b) => a - b);
  const name = (i: number) => `${DAY_NAMES[i]}${plural ? 's' : ''}`;
  const run = days.length >= 3 && days.every((d, k) => k === 0 || d === (days[k - 1] ?? -2) + 1);
  if (days.length === 7) return 'Every day';
  return run ? `${name(days[0] ?? 0)} to ${name(days.at(-1) ?? 0)}` : andList(days.map(name));
}

const dayOfMonth = (n: number) =>
  n === -1
    ? 'the last day'
    : `the ${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** One schedule in plain English: "Mondays and Wednesdays, 9am to 5pm", "First Tuesday of the month, 10am to 12 noon". */
export function scheduleWords(s: OrukSchedule): string | null {
  const hours =
    s.opens_at && s.closes_at
      ? `${timeWords(s.opens_at)} to ${timeWords(s.closes_at)}`
      : s.opens_at
        ? `from ${timeWords(s.opens_at)}`
        : null;
  const tokens = (s.byday ?? '')
    .split(',')
    .map((d) => BYDAY.exec(d.trim()))
    .filter((m): m is RegExpExecArray => m !== null);
  if (s.weekday) tokens.push(['', undefined, DAY_CODES[WEEKDAY_NAMES.indexOf(s.weekday)] ?? 'MO'] as unknown as RegExpExecArray);
  let days: string | null = null;
  const ordinal = tokens.find((t) => t[1]);
  if (ordinal && s.freq !== 'WEEKLY') {
    const which = ORDINALS[String(Number(ordinal[1]))] ?? `Week ${ordinal[1]}`;
    days = `${which} ${andList(tokens.map((t) => DAY_NAMES[DAY_CODES.indexOf(t[2] as (typeof DAY_CODES)[number])] ?? ''))} of the month`;
  } else if (tokens.length) {
    const indexes = tokens.map((t) => DAY_CODES.indexOf(t[2] as (typeof DAY_CODES)[number]));
    days =
      s.interval && s.interval > 1
        ? `Every ${s.interval === 2 ? 'other' : `${s.interval}th`} ${daysWords(indexes, false)}`
        : daysWords(indexes);
  } else if (s.bymonthday) {
    days = `On ${andList(s.bymonthday.split(',').map((d) => dayOfMonth(Number(d))))} of each month`;
  } else if (s.freq === 'DAILY') days = 'Every day';
  if (days) return hours ? `${days}, ${hours}` : days;
  if (s.description) return s.description;
  return hours ? `Open ${hours}` : null;
}

export function openingTimesOf(s: OrukService): { words: string }[] {
  const words = [...(s.schedules ?? []), ...(s.regular_schedules ?? [])].map(scheduleWords).filter((w): w is string => Boolean(w));
  return [...new Set(words)].map((w) => ({ words: w }));
}
