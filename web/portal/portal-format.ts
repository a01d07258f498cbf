// Times as people say them, in UK time: "12 March 2026 at 2:30pm"; dates reuse the shared "12 March 2026" wording.
// Other languages use their own way of writing times (issue 16 §3).
import { currentLocale, translate } from '../i18n/i18n.ts';
import { formatDate, INTL_LOCALE } from '../ui/format.ts';
import { portalFormat } from './portal-format.messages.ts';

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormatFor(locale = currentLocale()): Intl.DateTimeFormat {
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London' });
    if (locale === 'en')
      f = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });
    timeFormats.set(locale, f);
  }
  return f;
}

/** "2:30pm", or "" when the value is a date without a time or cannot be read. */
export function formatTime(value: string): string {
  if (!value.includes('T')) return '';
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return '';
  if (currentLocale() !== 'en') return timeFormatFor().format(parsed);
  return timeFormatFor()
    .formatToParts(parsed)
    .map((part) =>
      part.type === 'dayPeriod' ? part.value.toLowerCase().replace(/\W/g, '') : part.type === 'literal' ? part.value.trim() : part.value,
    )
    .join('');
}

export function formatDateTime(value: string): string {
  const time = formatTime(value);
  return time ? translate(portalFormat.dateAtTime, { date: formatDate(value), time }) : formatDate(value);
}

/** Splits written text into paragraphs at blank lines, dropping empty ones. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** When something kept back will be looked at again; honest when that date has already passed. */
export function reviewSentence(reviewOn: string, today: string = new Date().toISOString().slice(0, 10)): string {
  const when = formatDate(reviewOn);
  return reviewOn < today ? translate(portalFormat.reviewOverdue, { when }) : translate(portalFormat.reviewBy, { when });
}
