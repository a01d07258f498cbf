// Dates in words, as people write them ("31 December 2026"), for messages and screens built on the server.

// One formatter per time zone, made once: toLocaleDateString builds a new Intl.DateTimeFormat on every call, which was a
// sixth of the FHIR export's CPU (a title per entry; BENCHMARKS.md, issue 19).
const dayMonthYear = new Map<string, Intl.DateTimeFormat>();
function dayMonthYearIn(timeZone: string): Intl.DateTimeFormat {
  let format = dayMonthYear.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    dayMonthYear.set(timeZone, format);
  }
  return format;
}

/**
 * A calendar date ("2026-12-31") is read at noon UTC so no time zone moves it to another day; a moment (a Date)
 * is shown in the given time zone.
 */
export function dateInWords(value: Date | string, timeZone = 'Europe/London'): string {
  const isCalendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const moment = isCalendarDate ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(moment.getTime())) return 'Invalid Date';
  return dayMonthYearIn(isCalendarDate ? 'UTC' : timeZone).format(moment);
}
