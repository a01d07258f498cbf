// The end of a safeguarding override: a date chosen in the form becomes the end of that day, never more than 30 days from now.
import { OVERRIDE_MAX_DAYS } from '../../../shared/domain/sharing.ts';
import { toLocalInputValue } from '../../ui/time.ts';

const DAY = 86_400_000;
/** A little room, so a form filled in slowly still lands inside the server's 30-day limit. */
const MARGIN = 5 * 60_000;

export const dateInDays = (days: number, from = new Date()): string =>
  toLocalInputValue(new Date(from.getTime() + days * DAY)).slice(0, 10);

/** "2026-11-25" → the ISO time it ends, or null when it is not a date. */
export function overrideEndsAt(date: string, now = new Date()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const endOfDay = new Date(`${date}T23:59:59`);
  if (Number.isNaN(endOfDay.getTime())) return null;
  const latest = new Date(now.getTime() + OVERRIDE_MAX_DAYS * DAY - MARGIN);
  return (endOfDay > latest ? latest : endOfDay).toISOString();
}
