// Working time as pure functions: whether a moment is within working hours, the next opening, and a time so many
// working minutes later (evenings, weekends and bank holidays skipped), in the service's own time zone.

/** The service's working week: the hours of a working day, its days, its time zone and its bank holidays. */
export type WorkingTime = {
  /** An IANA time zone, such as Europe/London: working hours are wall-clock hours there, summer time included. */
  timeZone: string;
  /** Minutes after midnight when a working day opens and closes (09:00 → 540, 17:00 → 1020). */
  opensAt: number;
  closesAt: number;
  /** Working days of the week, ISO numbers: 1 Monday … 7 Sunday. */
  days: readonly number[];
  /** Days that are not working days although their weekday is, as YYYY-MM-DD. */
  bankHolidays: readonly string[];
};

/** The bank holidays of England and Wales in 2026 and 2027 (gov.uk/bank-holidays), substitute days included. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
] as const;

export const DEFAULT_WORKING_TIME: WorkingTime = {
  timeZone: 'Europe/London',
  opensAt: 9 * 60,
  closesAt: 17 * 60,
  days: [1, 2, 3, 4, 5],
  bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS,
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

// ---- Settings in words (server/config.ts reads them from the environment) ------------------------------------------

type Parsed<T> = { value: T } | { problem: string };

/** "HH:MM" as minutes after midnight; 24:00 is the end of the day. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** "09:00-17:00": the opening and closing times of a working day. */
export function parseWorkingHours(text: string): Parsed<{ opensAt: number; closesAt: number }> {
  const [from = '', to = '', ...rest] = text.split('-');
  const opensAt = parseClock(from);
  const closesAt = parseClock(to);
  if (rest.length || opensAt === null || closesAt === null) return { problem: 'must be two times like 09:00-17:00' };
  if (closesAt <= opensAt) return { problem: 'must close after it opens, like 09:00-17:00' };
  return { value: { opensAt, closesAt } };
}

/** "Mon-Fri" or "Mon,Tue,Thu": the working days, as ISO weekday numbers. */
export function parseWorkingDays(text: string): Parsed<number[]> {
  const dayOf = (name: string) => WEEKDAYS.findIndex((d) => d.toLowerCase() === name.trim().slice(0, 3).toLowerCase()) + 1;
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const [a = '', b, ...rest] = part.split('-');
    const from = dayOf(a);
    const to = b === undefined ? from : dayOf(b);
    if (rest.length || from === 0 || to === 0 || to < from) return { problem: 'must be days like Mon-Fri or Mon,Tue,Thu' };
    for (let d = from; d <= to; d++) days.add(d);
  }
  return { value: [...days].sort() };
}

/** "2026-12-25,2026-12-28": extra days off; every one a real date. */
export function parseBankHolidays(text: string): Parsed<string[]> {
  const dates = text
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const real = (d: string) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === d;
  };
  const wrong = dates.find((d) => !real(d));
  return wrong === undefined ? { value: dates } : { problem: `has ${wrong}, which is not a date like 2026-12-25` };
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// ---- Wall clock in the time zone -------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The date (YYYY-MM-DD) and minutes after midnight that a clock on the wall in `timeZone` shows at `at`. */
export function wallClock(at: Date, timeZone: string): { date: string; minutes: number; seconds: number } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second) + (at.getTime() % 1000) / 1000,
  };
}

/** How far the wall clock in `timeZone` is ahead of UTC at `at`, in milliseconds. */
function offsetMs(at: number, timeZone: string) {
  const w = wallClock(new Date(at), timeZone);
  const [y, m, d] = w.date.split('-').map(Number);
  const wallAsUtc = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 0, w.minutes) + Math.floor(w.seconds) * 1000;
  return wallAsUtc - (at - (((at % 1000) + 1000) % 1000));
}

/** The moment a wall clock in `timeZone` shows `minutes` after midnight on `date`. */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const asUtc = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 0, minutes);
  const first = asUtc - offsetMs(asUtc, timeZone);
  // Near a change of the clocks the offset at the guess may differ from the offset at the answer: ask once more.
  return new Date(asUtc - offsetMs(first, timeZone));
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** ISO weekday of a calendar date: 1 Monday … 7 Sunday. */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

export const isWorkingDay = (date: string, wt: WorkingTime) => wt.days.includes(weekdayOf(date)) && !wt.bankHolidays.includes(date);

// ---- Working time arithmetic -------------------------------------------------------------------------------------------

/** Whether `at` falls within working hours on a working day. */
export function isWorkingTime(at: Date, wt: WorkingTime): boolean {
  const w = wallClock(at, wt.timeZone);
  return isWorkingDay(w.date, wt) && w.minutes >= wt.opensAt && w.minutes < wt.closesAt;
}

/** `at` itself when it is working time, otherwise the moment the service next opens. */
export function nextOpening(at: Date, wt: WorkingTime): Date {
  if (isWorkingTime(at, wt)) return at;
  let { date, minutes } = wallClock(at, wt.timeZone);
  if (isWorkingDay(date, wt) && minutes < wt.opensAt) return instantAt(date, wt.opensAt, wt.timeZone);
  // A year and a bit is more than any calendar of working days leaves between two of them.
  for (let i = 0; i < 400; i++) {
    date = nextDate(date);
    minutes = 0;
    if (isWorkingDay(date, wt)) return instantAt(date, wt.opensAt, wt.timeZone);
  }
  throw new Error('The working time has no working day in the next 400 days: check WORKING_DAYS and BANK_HOLIDAYS.');
}

/** Minutes in one working day. */
export const workingDayMinutes = (wt: WorkingTime) => wt.closesAt - wt.opensAt;

/**
 * The moment `minutes` working minutes after `from`. The clock starts at `from` in working time, or at the next
 * opening when `from` is out of hours (a request sent on Friday evening starts its clock on Monday at opening).
 */
export function addWorkingMinutes(from: Date, minutes: number, wt: WorkingTime): Date {
  let at = nextOpening(from, wt);
  let left = minutes * 60_000;
  for (;;) {
    const closes = instantAt(wallClock(at, wt.timeZone).date, wt.closesAt, wt.timeZone);
    const available = closes.getTime() - at.getTime();
    if (left <= available) return new Date(at.getTime() + left);
    left -= available;
    at = nextOpening(closes, wt);
  }
}

export const addWorkingHours = (from: Date, hours: number, wt: WorkingTime) => addWorkingMinutes(from, hours * 60, wt);

/** `days` working days after `from`: the same time of day that many working days later (a day is opening to closing). */
export const addWorkingDays = (from: Date, days: number, wt: WorkingTime) => addWorkingMinutes(from, days * workingDayMinutes(wt), wt);
