// Times as people say them, in UK time: "12 March 2026 at 2:30pm"; dates reuse the shared "12 March 2026" wording.
import { formatDate } from '../ui/format.ts';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** "2:30pm", or "" when the value is a date without a time or cannot be read. */
export function formatTime(value: string): string {
  if (!value.includes('T')) return '';
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return '';
  return timeFormat
    .formatToParts(parsed)
    .map((part) =>
      part.type === 'dayPeriod' ? part.value.toLowerCase().replace(/\W/g, '') : part.type === 'literal' ? part.value.trim() : part.value,
    )
    .join('');
}

export function formatDateTime(value: string): string {
  const time = formatTime(value);
  return time ? `${formatDate(value)} at ${time}` : formatDate(value);
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
  return reviewOn < today
    ? `It should have been looked at again by ${when}. You can ask your key worker why this has not happened yet.`
    : `It will be looked at again by ${when}.`;
}
