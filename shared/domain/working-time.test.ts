// Working time arithmetic: evenings, weekends, bank holidays, the clocks changing, and a clock started out of hours.
import { describe, expect, it } from 'vitest';
import { acknowledgeBy, managerBy } from './help.ts';
import {
  addWorkingDays,
  addWorkingHours,
  instantAt,
  isWorkingTime,
  nextOpening,
  parseBankHolidays,
  parseWorkingDays,
  parseWorkingHours,
  type WorkingTime,
  wallClock,
  DEFAULT_WORKING_TIME as wt,
} from './working-time.ts';

/** A London wall-clock time as an instant: '2026-12-07 10:00'. */
const london = (text: string) => {
  const [date = '', time = ''] = text.split(' ');
  const [h, m] = time.split(':').map(Number);
  return instantAt(date, (h ?? 0) * 60 + (m ?? 0), 'Europe/London');
};
const shown = (at: Date) => {
  const w = wallClock(at, 'Europe/London');
  return `${w.date} ${String(Math.floor(w.minutes / 60)).padStart(2, '0')}:${String(w.minutes % 60).padStart(2, '0')}`;
};

describe('the wall clock in London', () => {
  it('is UTC in winter and one hour ahead in summer', () => {
    expect(london('2026-12-07 10:00').toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(london('2026-07-07 10:00').toISOString()).toBe('2026-07-07T09:00:00.000Z');
  });
  it('finds the right hour on the days the clocks change', () => {
    expect(london('2026-03-29 09:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(london('2026-10-25 09:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
});

describe('working time', () => {
  it('is 09:00 to 17:00 on weekdays that are not bank holidays', () => {
    expect(isWorkingTime(london('2026-12-07 09:00'), wt)).toBe(true); // a Monday
    expect(isWorkingTime(london('2026-12-07 16:59'), wt)).toBe(true);
    expect(isWorkingTime(london('2026-12-07 17:00'), wt)).toBe(false);
    expect(isWorkingTime(london('2026-12-07 08:59'), wt)).toBe(false);
    expect(isWorkingTime(london('2026-12-05 11:00'), wt)).toBe(false); // a Saturday
    expect(isWorkingTime(london('2026-12-25 11:00'), wt)).toBe(false); // Christmas Day, a Friday
    expect(isWorkingTime(london('2026-12-28 11:00'), wt)).toBe(false); // Boxing Day's substitute, a Monday
  });

  it('opens next on the morning after an evening, and on Monday after a Friday evening', () => {
    expect(shown(nextOpening(london('2026-12-07 19:30'), wt))).toBe('2026-12-08 09:00');
    expect(shown(nextOpening(london('2026-12-08 06:15'), wt))).toBe('2026-12-08 09:00');
    expect(shown(nextOpening(london('2026-12-04 18:00'), wt))).toBe('2026-12-07 09:00');
    expect(shown(nextOpening(london('2026-12-07 10:20'), wt))).toBe('2026-12-07 10:20');
  });

  it('passes over bank holidays: from Christmas Eve evening to the 29th', () => {
    expect(shown(nextOpening(london('2026-12-24 17:30'), wt))).toBe('2026-12-29 09:00');
    expect(shown(nextOpening(london('2027-03-25 20:00'), wt))).toBe('2027-03-30 09:00'); // Easter 2027
  });
});

describe('adding working hours and days', () => {
  it('stays within the day when there is time left', () => {
    expect(shown(addWorkingHours(london('2026-12-07 10:00'), 4, wt))).toBe('2026-12-07 14:00');
    expect(shown(addWorkingHours(london('2026-12-07 13:00'), 4, wt))).toBe('2026-12-07 17:00');
  });
  it('carries what is left over the evening into the next morning', () => {
    expect(shown(addWorkingHours(london('2026-12-07 15:30'), 4, wt))).toBe('2026-12-08 11:30');
  });
  it('carries over the weekend', () => {
    expect(shown(addWorkingHours(london('2026-12-04 16:00'), 4, wt))).toBe('2026-12-07 12:00');
  });
  it('starts the clock at the next opening for a request sent out of hours', () => {
    expect(shown(addWorkingHours(london('2026-12-05 22:00'), 4, wt))).toBe('2026-12-07 13:00'); // Saturday night
    expect(shown(addWorkingHours(london('2026-12-08 07:00'), 4, wt))).toBe('2026-12-08 13:00'); // early morning
  });
  it('passes over bank holidays', () => {
    expect(shown(addWorkingHours(london('2026-12-24 15:00'), 4, wt))).toBe('2026-12-29 11:00');
    expect(shown(addWorkingDays(london('2026-12-23 10:00'), 2, wt))).toBe('2026-12-29 10:00');
  });
  it('counts two working days as the same time two working days later', () => {
    expect(shown(addWorkingDays(london('2026-12-07 10:00'), 2, wt))).toBe('2026-12-09 10:00');
    expect(shown(addWorkingDays(london('2026-12-10 14:00'), 2, wt))).toBe('2026-12-14 14:00'); // Thursday to Monday
    expect(shown(addWorkingDays(london('2026-12-04 18:00'), 2, wt))).toBe('2026-12-08 17:00'); // Friday evening: Monday and Tuesday
  });
  it('keeps working hours in local time across the change to summer time', () => {
    // Friday 27 March 2026 15:00, four hours: Monday 30 March 11:00 British Summer Time.
    expect(shown(addWorkingHours(london('2026-03-27 15:00'), 4, wt))).toBe('2026-03-30 11:00');
    expect(addWorkingHours(london('2026-03-27 15:00'), 4, wt).toISOString()).toBe('2026-03-30T10:00:00.000Z');
  });
  it('follows another calendar given as configuration', () => {
    const weekends: WorkingTime = { timeZone: 'Europe/London', opensAt: 10 * 60, closesAt: 14 * 60, days: [6, 7], bankHolidays: [] };
    expect(shown(addWorkingHours(london('2026-12-07 10:00'), 5, weekends))).toBe('2026-12-13 11:00');
  });
});

describe('acknowledgement targets', () => {
  it('is four working hours for today, two working days for this week, and none for letting know', () => {
    const sent = london('2026-12-07 15:00');
    expect(shown(acknowledgeBy('today', sent, wt) as Date)).toBe('2026-12-08 11:00');
    expect(shown(acknowledgeBy('this_week', sent, wt) as Date)).toBe('2026-12-09 15:00');
    expect(acknowledgeBy('letting_know', sent, wt)).toBeNull();
  });
  it('goes on to the team manager a further target period later', () => {
    const due = acknowledgeBy('today', london('2026-12-07 15:00'), wt) as Date;
    expect(shown(managerBy('today', due, wt) as Date)).toBe('2026-12-08 15:00');
  });
});

describe('settings in words', () => {
  it('reads working hours, days and bank holidays, and says what is wrong', () => {
    expect(parseWorkingHours('08:30-16:30')).toEqual({ value: { opensAt: 510, closesAt: 990 } });
    expect(parseWorkingHours('17:00-09:00')).toHaveProperty('problem');
    expect(parseWorkingHours('9-5')).toHaveProperty('problem');
    expect(parseWorkingDays('Mon-Fri')).toEqual({ value: [1, 2, 3, 4, 5] });
    expect(parseWorkingDays('mon,wed,Sat-Sun')).toEqual({ value: [1, 3, 6, 7] });
    expect(parseWorkingDays('Fri-Mon')).toHaveProperty('problem');
    expect(parseBankHolidays('2026-12-25, 2026-12-28')).toEqual({ value: ['2026-12-25', '2026-12-28'] });
    expect(parseBankHolidays('2026-02-30')).toHaveProperty('problem');
  });
});
