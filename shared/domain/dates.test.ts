// Dates in words: a calendar date never moves a day, a moment is read in its time zone, and the formatters kept per
// time zone do not leak one zone's reading into another's.
import { describe, expect, it } from 'vitest';
import { dateInWords } from './dates.ts';

describe('dateInWords', () => {
  it('reads a calendar date as that day, whatever the time zone', () => {
    expect(dateInWords('2026-12-31')).toBe('31 December 2026');
    expect(dateInWords('2026-03-29', 'Pacific/Kiritimati')).toBe('29 March 2026');
  });

  it('reads a moment in the time zone asked for, each zone with its own formatter', () => {
    const lateInSummer = new Date('2026-07-14T23:30:00Z'); // 00:30 on 15 July in London (BST)
    expect(dateInWords(lateInSummer)).toBe('15 July 2026');
    expect(dateInWords(lateInSummer, 'UTC')).toBe('14 July 2026');
    expect(dateInWords(lateInSummer)).toBe('15 July 2026');
    expect(dateInWords(lateInSummer.toISOString(), 'America/New_York')).toBe('14 July 2026');
  });

  it('says so for a moment that is not a date, rather than throwing', () => {
    expect(dateInWords('not a date')).toBe('Invalid Date');
  });
});
