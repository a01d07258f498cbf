// Date and age wording for people: "12 March 2024", "14 years old"; dates in the language the page is shown in (issue 16 §3).
import { currentLocale, type Locale } from '../i18n/i18n.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The region each language's dates are written for: day before month, as in the UK. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB', pl: 'pl-PL', ur: 'ur-PK' };

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormatFor(timeZone: 'UTC' | 'Europe/London', locale: Locale = currentLocale()): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    formats.set(key, f);
  }
  return f;
}

/** Formats a calendar date ("2024-03-12") or a timestamp as a UK date; returns the input if it cannot be read. */
export function formatDate(value: string, locale: Locale = currentLocale()): string {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    return dateFormatFor('UTC', locale).format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateFormatFor('Europe/London', locale).format(parsed);
}

export const formatAge = (age: number): string => (age === 1 ? '1 year old' : `${age} years old`);

/** The name to use for a person: the one they prefer, or their full name. */
export const displayName = (person: { fullName: string; preferredName: string | null }): string =>
  person.preferredName?.trim() || person.fullName;
