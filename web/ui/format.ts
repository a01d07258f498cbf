// Date and age wording for people: "12 March 2024", "14 years old".
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const londonDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** Formats a calendar date ("2024-03-12") or a timestamp as a UK date; returns the input if it cannot be read. */
export function formatDate(value: string): string {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    return dateFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : londonDateFormat.format(parsed);
}

export const formatAge = (age: number): string => (age === 1 ? '1 year old' : `${age} years old`);

/** The name to use for a person: the one they prefer, or their full name. */
export const displayName = (person: { fullName: string; preferredName: string | null }): string =>
  person.preferredName?.trim() || person.fullName;
