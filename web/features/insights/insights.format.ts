// The pure parts of the insights page (issue 18 §2): the dates a period preset means, the numbers as words with their
// units (never a zero where the server held back a small number), the query the view and its CSV share, and bar lengths.
import type { InsightColumn, InsightsQuery } from '../../../shared/contracts/insights.ts';
import type { ResolvedSearch } from './insights.choice.ts';
import type { Period } from './insights.search.ts';

export type InsightUnit = InsightColumn['unit'];

/** How many months back each preset reaches; every preset ends today, as the server's default 12 months does. */
const MONTHS_BACK: Record<Exclude<Period, 'dates'>, number> = { last_month: 1, last_quarter: 3, last_12_months: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day `months` months before `today` ("2026-12-05" → 3 → "2026-09-05"), the month's last day when it is shorter. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The day after a calendar day ("2026-02-28" → "2026-03-01"). */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The first and last day a period covers, both included. A preset is the N months up to and including today, starting
 * the day after the same day N months ago, as the server's default 12 months does (so "Last 12 months" is exactly what
 * it counts with no dates given). Ending today keeps this month's work in it: a calendar quarter would leave out the
 * weeks a manager most wants to see.
 */
export function periodDates(period: Period, today: string, chosen?: { from?: string; to?: string }): { from: string; to: string } {
  if (period === 'dates' && chosen?.from && chosen.to) return { from: chosen.from, to: chosen.to };
  const months = MONTHS_BACK[period === 'dates' ? 'last_12_months' : period];
  return { from: dayAfter(monthsBefore(today, months)), to: today };
}

/** What the server is asked for: the period as dates, and the team, organisation and breakdown when chosen. */
export function insightQuery(s: ResolvedSearch, today: string): InsightsQuery {
  const { from, to } = periodDates(s.period, today, s);
  return {
    from,
    to,
    ...(s.teamId ? { teamId: s.teamId } : {}),
    ...(s.organisationId ? { organisationId: s.organisationId } : {}),
    breakdown: s.breakdown,
  };
}

/** The query string the view and its CSV share, in a fixed order; "not broken down" is the server's default, so left out. */
export function insightQueryString(q: InsightsQuery): string {
  const params = new URLSearchParams();
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  if (q.teamId) params.set('teamId', q.teamId);
  if (q.organisationId) params.set('organisationId', q.organisationId);
  if (q.breakdown && q.breakdown !== 'none') params.set('breakdown', q.breakdown);
  return params.toString();
}

export const insightPath = (insight: string, q: InsightsQuery) => `/api/insights/${encodeURIComponent(insight)}?${insightQueryString(q)}`;
export const insightCsvHref = (insight: string, q: InsightsQuery) =>
  `/api/insights/${encodeURIComponent(insight)}/csv?${insightQueryString(q)}`;

export const FEWER = 'fewer than 5';
export const TOO_FEW = 'too few to show';

/** Families and counts of events are held back below 5 families; a median, average or percentage of too few is not shown. */
export const heldBackWords = (unit: InsightUnit): string => (unit === 'families' || unit === 'count' ? FEWER : TOO_FEW);

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const exactlyOneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A table cell: the number alone (its unit is in the column heading), or the held-back words. */
export function formatCell(value: number | null, unit: InsightUnit): string {
  if (value === null) return heldBackWords(unit);
  switch (unit) {
    case 'families':
    case 'count':
      return whole.format(value);
    case 'days':
    case 'hours':
      return oneDecimal.format(value);
    case 'average':
      return exactlyOneDecimal.format(value);
    case 'percent':
      return `${whole.format(value)}%`;
  }
}

/**
 * A bar's label: the number with its unit in words ("12 families", "3.5 days", "45%"); an average with the top of its
 * scale when known ("3.2 out of 4", "7.5 out of 10").
 */
export function formatWithUnit(value: number | null, unit: InsightUnit, scaleTop?: number): string {
  if (value === null) return heldBackWords(unit);
  const n = formatCell(value, unit);
  switch (unit) {
    case 'families':
      return `${n} ${value === 1 ? 'family' : 'families'}`;
    case 'days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return `${n} ${value === 1 ? 'hour' : 'hours'}`;
    case 'average':
      return scaleTop === undefined ? n : `${n} out of ${scaleTop}`;
    default:
      return n;
  }
}

/**
 * The top of an average's scale, from its label: feedback is on 1 to 4 ("Listened to (1 to 4)"), ratings on 0 to 10
 * ("Parents’ average (0 to 10)"). Undefined when the label does not say.
 */
export function scaleTop(c: InsightColumn): number | undefined {
  if (c.unit !== 'average') return undefined;
  const m = /\((\d+) to (\d+)\)/.exec(c.label);
  return m ? Number(m[2]) : undefined;
}

const UNIT_WORDS: Record<InsightUnit, string | null> = {
  families: 'families',
  count: null,
  days: 'days',
  hours: 'hours',
  average: 'average',
  percent: '%',
};

/**
 * A column's heading with its unit: left as it is when the label already ends with one in brackets ("Answered in time
 * (%)", "Listened to (1 to 4)") or names it ("Families still waiting", "Median hours to a first answer"); a count of
 * events is its own unit ("Requests made").
 */
export function columnHeading(c: InsightColumn): string {
  const words = UNIT_WORDS[c.unit];
  if (words === null || /\)\s*$/.test(c.label) || c.label.toLowerCase().includes(words)) return c.label;
  return `${c.label} (${words})`;
}

/**
 * Each bar's length as a percentage of the longest possible: percentages against 100, averages against the top of their
 * scale (when known), anything else against the largest value shown. A held-back value has no length (null): the chart
 * draws a marker with its words instead, so it never reads as zero.
 */
export function barLengths(values: (number | null)[], unit: InsightUnit, top?: number): (number | null)[] {
  const shown = values.filter((v): v is number => v !== null);
  const largest = Math.max(0, ...shown);
  const scale = unit === 'percent' ? Math.max(100, largest) : Math.max(top ?? 1, largest, 1);
  return values.map((v) => (v === null ? null : Math.round((Math.max(0, v) / scale) * 1000) / 10));
}

/** "Break down by" in the manager's words. */
export const BREAKDOWN_LABELS = {
  none: 'None',
  ethnicity: 'Ethnic group',
  first_language: 'First language',
  disability: 'Disability',
  financial_hardship: 'Money worries',
} as const satisfies Record<InsightsQuery['breakdown'], string>;

/** The period radios, labelled exactly so (the browser journey chooses "Last quarter"). */
export const PERIOD_LABELS = {
  last_month: 'Last month',
  last_quarter: 'Last quarter',
  last_12_months: 'Last 12 months',
  dates: 'Choose dates',
} as const satisfies Record<Period, string>;

/**
 * Whose caseload is counted, in one line. A team chosen by a service manager or administrator is already the scope the
 * server answers with, so it reads "Team 12 (one team)" too.
 */
export function scopeSentence(scope: { kind: 'team' | 'organisation' | 'installation'; name: string }): string {
  const kind = scope.kind === 'team' ? ' (one team)' : scope.kind === 'organisation' ? ' (the whole organisation)' : '';
  return `Caseload counted: ${scope.name}${kind}.`;
}
