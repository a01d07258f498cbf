// Times for records: "14:05", "25 November 2026 at 14:05", and the local value a datetime-local input holds.
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

const valid = (date: Date): boolean => !Number.isNaN(date.getTime());

export function formatTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return valid(date) ? timeFormat.format(date) : String(value);
}

/** "25 November 2026 at 14:05" in UK time. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (!valid(date)) return value;
  const parts = dateTimeFormat.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The browser's local time as "2026-11-25T14:05", the value a datetime-local input holds. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO timestamp, or null when it is not a time. */
export function fromLocalInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return valid(date) ? date.toISOString() : null;
}

/** Today in the browser's time zone as "2026-11-25". */
export const todayIso = (): string => toLocalInputValue(new Date()).slice(0, 10);
