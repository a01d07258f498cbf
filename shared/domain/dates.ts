// Dates in words, as people write them ("31 December 2026"), for messages and screens built on the server.

/**
 * A calendar date ("2026-12-31") is read at noon UTC so no time zone moves it to another day; a moment (a Date)
 * is shown in the given time zone.
 */
export function dateInWords(value: Date | string, timeZone = 'Europe/London'): string {
  const isCalendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const moment = isCalendarDate ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return moment.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: isCalendarDate ? 'UTC' : timeZone,
  });
}
