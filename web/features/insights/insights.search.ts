// The address of the insights page (issue 18 §2): which insight and which filters, so a view can be bookmarked and shared.
// Read by the route, so it stays small and is in every first load: anything it does not know is dropped, and the page
// fills in the defaults and checks the insight against the list (insights.choice.ts), which stays out of the first load.
import type { EquityBreakdown } from '../../../shared/domain/learning.ts';

/**
 * A period ending today ("Last month", "Last quarter", "Last 12 months"), or dates the manager chose. A preset stays
 * relative in the address, so a bookmarked "Last quarter" is always the latest three months; only chosen dates are fixed.
 */
export const PERIODS = ['last_month', 'last_quarter', 'last_12_months', 'dates'] as const;
export type Period = (typeof PERIODS)[number];

/** What the address may hold; each part optional, so a plain link to /insights needs no search. */
export type InsightsSearch = {
  /** An insight's key as written; insights.choice.ts falls back to the default when it is not one. */
  insight?: string;
  period?: Period;
  from?: string;
  to?: string;
  teamId?: string;
  organisationId?: string;
  breakdown?: EquityBreakdown;
};

export const DEFAULT_PERIOD: Period = 'last_12_months';
const INSIGHT_KEY = /^[a-z_]{1,40}$/;

/**
 * The breakdowns written here rather than imported, so the route table does not pull shared/domain/learning.ts (and its
 * list of insights) into every first load; the type check below fails if the domain's list changes.
 */
const BREAKDOWNS = [
  'none',
  'ethnicity',
  'first_language',
  'disability',
  'financial_hardship',
] as const satisfies readonly EquityBreakdown[];
type Covers<T extends readonly string[]> = Exclude<EquityBreakdown, T[number]> extends never ? true : never;
const coversEveryBreakdown: Covers<typeof BREAKDOWNS> = true;
void coversEveryBreakdown;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => list.find((item) => item === v);

/** A real calendar day as "2026-12-05", or undefined ("2026-02-30" is not one). */
export function calendarDate(v: unknown): string | undefined {
  const s = text(v);
  const m = s ? DATE.exec(s) : null;
  if (!s || !m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? s : undefined;
}

/**
 * The route's validateSearch. Dates count only with the period "dates" (or with no period at all, as in a link that
 * names only from and to); a period of chosen dates without both dates falls back to the default period; dates the wrong
 * way round are swapped.
 */
export function validateInsightsSearch(search: Record<string, unknown>): InsightsSearch {
  const out: InsightsSearch = {};
  const insight = text(search.insight);
  if (insight && INSIGHT_KEY.test(insight)) out.insight = insight;
  const breakdown = oneOf(BREAKDOWNS, search.breakdown);
  if (breakdown && breakdown !== 'none') out.breakdown = breakdown;
  const teamId = text(search.teamId);
  if (teamId && UUID.test(teamId)) out.teamId = teamId.toLowerCase();
  const organisationId = text(search.organisationId);
  if (organisationId && UUID.test(organisationId)) out.organisationId = organisationId.toLowerCase();

  const named = oneOf(PERIODS, search.period);
  const from = calendarDate(search.from);
  const to = calendarDate(search.to);
  if (named && named !== 'dates') out.period = named;
  else if ((named === 'dates' || search.period === undefined) && from && to) {
    out.period = 'dates';
    [out.from, out.to] = from <= to ? [from, to] : [to, from];
  }
  return out;
}
