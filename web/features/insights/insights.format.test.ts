// The insights page's numbers: the dates a period means, a held-back number never shown as zero, units with every number,
// the CSV asking for exactly what is on the screen, and bars as long as their numbers.
import { describe, expect, it } from 'vitest';
import { resolveSearch } from './insights.choice.ts';
import {
  barLengths,
  columnHeading,
  formatCell,
  formatWithUnit,
  insightCsvHref,
  insightQuery,
  monthsBefore,
  periodDates,
  scaleTop,
  scopeSentence,
} from './insights.format.ts';

const TEAM = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('the dates of a period', () => {
  it('runs each preset over the months up to and including today (today 5 December 2026)', () => {
    expect(periodDates('last_month', '2026-12-05')).toEqual({ from: '2026-11-06', to: '2026-12-05' });
    expect(periodDates('last_quarter', '2026-12-05')).toEqual({ from: '2026-09-06', to: '2026-12-05' });
    expect(periodDates('last_12_months', '2026-12-05')).toEqual({ from: '2025-12-06', to: '2026-12-05' });
  });

  it('starts a quarter ending on a month’s last day on the 1st, crossing the end of February', () => {
    expect(periodDates('last_quarter', '2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(periodDates('last_month', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodDates('last_month', '2027-01-15')).toEqual({ from: '2026-12-16', to: '2027-01-15' });
  });

  it('crosses the year and stops at the end of a shorter month', () => {
    expect(monthsBefore('2027-01-15', 1)).toBe('2026-12-15');
    expect(monthsBefore('2027-02-10', 3)).toBe('2026-11-10');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2028-05-31', 3)).toBe('2028-02-29');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });

  it('uses chosen dates as they are, and the last 12 months when they are missing', () => {
    expect(periodDates('dates', '2026-12-05', { from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodDates('dates', '2026-12-05', {})).toEqual({ from: '2025-12-06', to: '2026-12-05' });
  });
});

describe('the numbers in words', () => {
  it('shows a held-back count as "fewer than 5" and a held-back median, average or percentage as "too few to show", never 0', () => {
    expect(formatCell(null, 'families')).toBe('fewer than 5');
    expect(formatCell(null, 'count')).toBe('fewer than 5');
    expect(formatCell(null, 'days')).toBe('too few to show');
    expect(formatCell(null, 'average')).toBe('too few to show');
    expect(formatCell(null, 'percent')).toBe('too few to show');
    expect(formatWithUnit(null, 'families')).toBe('fewer than 5');
    expect(formatCell(0, 'families')).toBe('0');
  });

  it('formats numbers the British way, each with its unit on a bar', () => {
    expect(formatCell(1234, 'families')).toBe('1,234');
    expect(formatCell(12.345, 'days')).toBe('12.3');
    expect(formatCell(3, 'average')).toBe('3.0');
    expect(formatCell(45.6, 'percent')).toBe('46%');
    expect(formatWithUnit(1234, 'families')).toBe('1,234 families');
    expect(formatWithUnit(1, 'days')).toBe('1 day');
    expect(formatWithUnit(2.5, 'hours')).toBe('2.5 hours');
    expect(formatWithUnit(3.24, 'average', 4)).toBe('3.2 out of 4');
    expect(formatWithUnit(7.5, 'average', 10)).toBe('7.5 out of 10');
    expect(formatWithUnit(7.5, 'average')).toBe('7.5');
    expect(formatWithUnit(7, 'count')).toBe('7');
  });

  it('puts the unit in each column heading, unless the label already names it', () => {
    expect(columnHeading({ key: 'none', label: 'No change', unit: 'families' })).toBe('No change (families)');
    expect(columnHeading({ key: 'wait', label: 'Median wait', unit: 'days' })).toBe('Median wait (days)');
    expect(columnHeading({ key: 'raised', label: 'Families who raised a need', unit: 'families' })).toBe('Families who raised a need');
    expect(columnHeading({ key: 'in_time', label: 'Answered in time (%)', unit: 'percent' })).toBe('Answered in time (%)');
    expect(columnHeading({ key: 'requests', label: 'Requests made', unit: 'count' })).toBe('Requests made');
  });

  it('reads the top of an average’s scale from its label', () => {
    expect(scaleTop({ key: 'listened', label: 'Listened to (1 to 4)', unit: 'average' })).toBe(4);
    expect(scaleTop({ key: 'parent', label: 'Parents’ average (0 to 10)', unit: 'average' })).toBe(10);
    expect(scaleTop({ key: 'x', label: 'Average', unit: 'average' })).toBeUndefined();
    expect(scaleTop({ key: 'x', label: 'Changes (1 to 4)', unit: 'count' })).toBeUndefined();
  });

  it('says whose caseload is counted', () => {
    expect(scopeSentence({ kind: 'team', name: 'Team 12' })).toBe('Caseload counted: Team 12 (one team).');
    expect(scopeSentence({ kind: 'organisation', name: 'Northshire Council' })).toBe(
      'Caseload counted: Northshire Council (the whole organisation).',
    );
    expect(scopeSentence({ kind: 'installation', name: 'Every organisation' })).toBe('Caseload counted: Every organisation.');
  });
});

describe('the CSV link', () => {
  it('asks for the same insight, period, team and breakdown as the page', () => {
    const chosen = resolveSearch({ insight: 'support_gap', period: 'last_quarter', teamId: TEAM, breakdown: 'ethnicity' });
    expect(insightCsvHref(chosen.insight, insightQuery(chosen, '2026-12-05'))).toBe(
      `/api/insights/support_gap/csv?from=2026-09-06&to=2026-12-05&teamId=${TEAM}&breakdown=ethnicity`,
    );
  });

  it('leaves out what was not chosen', () => {
    const chosen = resolveSearch({ insight: 'feedback', period: 'dates', from: '2026-01-01', to: '2026-03-31' });
    expect(insightCsvHref(chosen.insight, insightQuery(chosen, '2026-12-05'))).toBe(
      '/api/insights/feedback/csv?from=2026-01-01&to=2026-03-31',
    );
  });
});

describe('the chart bars', () => {
  it('draws counts against the largest, so the largest fills the chart and half of it half', () => {
    expect(barLengths([40, 20, 0], 'families')).toEqual([100, 50, 0]);
  });

  it('draws a held-back number with no length, so it cannot be read as zero', () => {
    expect(barLengths([null, 10], 'families')).toEqual([null, 100]);
    expect(barLengths([null, null], 'count')).toEqual([null, null]);
  });

  it('draws percentages against 100 and averages against the top of their scale', () => {
    expect(barLengths([50, 25], 'percent')).toEqual([50, 25]);
    expect(barLengths([2, 3], 'average', 4)).toEqual([50, 75]);
    expect(barLengths([5, 7.5], 'average', 10)).toEqual([50, 75]);
  });
});
