// The address of the insights page (issue 18 §2): which insight and which filters, so a view can be bookmarked and shared.
// Read by the route, so it stays small: anything it does not know is dropped, and the page fills in the defaults.
import { EQUITY_BREAKDOWNS, type EquityBreakdown, INSIGHT_KEYS, type InsightKey } from '../../../shared/domain/learning.ts';

/**
 * A period ending today ("Last month", "Last quarter", "Last 12 months"), or dates the manager chose. A preset stays
 * relative in the address, so a bookmarked "Last quarter" is always the latest three months; only chosen dates are fixed.
 */
export const PERIODS = ['last_month', 'last_quarter', 'last_12_months', 'dates'] as const;
export type Period = (typeof PERIODS)[number];

/** What the address may hold; each part optional, so a plain link to /insights needs no search. */
export type InsightsSearch = {
  insight?: InsightKey;
  period?: Period;
  from?: string;
  to?: string;
  teamId?: string;
  organisationId?: string;
  breakdown?: EquityBreakdown;
};

/** The same with the defaults filled in: support gap, the last 12 months, everything in scope, not broken down. */
export type ResolvedSearch = Required<Pick<InsightsSearch, 'insight' | 'period' | 'breakdown'>> &
  Pick<InsightsSearch, 'from' | 'to' | 'teamId' | 'organisationId'>;

export const DEFAULT_INSIGHT: InsightKey = 'support_gap';
export const DEFAULT_PERIOD: Period = 'last_12_months';

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
  const insight = oneOf(INSIGHT_KEYS, search.insight);
  if (insight) out.insight = insight;
  const breakdown = oneOf(EQUITY_BREAKDOWNS, search.breakdown);
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

/** The defaults filled in. */
export function resolveSearch(search: InsightsSearch): ResolvedSearch {
  const period = search.period === 'dates' && !(search.from && search.to) ? DEFAULT_PERIOD : (search.period ?? DEFAULT_PERIOD);
  return {
    insight: search.insight ?? DEFAULT_INSIGHT,
    period,
    breakdown: search.breakdown ?? 'none',
    ...(period === 'dates' ? { from: search.from, to: search.to } : {}),
    ...(search.teamId ? { teamId: search.teamId } : {}),
    ...(search.organisationId ? { organisationId: search.organisationId } : {}),
  };
}

/** The address for a choice: only what differs from the defaults besides the insight and period, so links stay short. */
export function toSearch(s: ResolvedSearch): InsightsSearch {
  const out: InsightsSearch = { insight: s.insight, period: s.period };
  if (s.period === 'dates' && s.from && s.to) {
    out.from = s.from;
    out.to = s.to;
  } else if (s.period === 'dates') out.period = DEFAULT_PERIOD;
  if (s.teamId) out.teamId = s.teamId;
  if (s.organisationId) out.organisationId = s.organisationId;
  if (s.breakdown !== 'none') out.breakdown = s.breakdown;
  return out;
}
