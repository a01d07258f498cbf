// The insights page's choice with its defaults filled in (issue 18 §2), and the address written back for a new choice.
// Kept apart from insights.search.ts so the list of insights is loaded with the page, not in every first load.
import { type EquityBreakdown, INSIGHT_KEYS, type InsightKey } from '../../../shared/domain/learning.ts';
import { DEFAULT_PERIOD, type InsightsSearch, type Period } from './insights.search.ts';

/** The choice with the defaults filled in: support gap, the last 12 months, everything in scope, not broken down. */
export type ResolvedSearch = {
  insight: InsightKey;
  period: Period;
  breakdown: EquityBreakdown;
  from?: string;
  to?: string;
  teamId?: string;
  organisationId?: string;
};

export const DEFAULT_INSIGHT: InsightKey = 'support_gap';

/** The defaults filled in. */
export function resolveSearch(search: InsightsSearch): ResolvedSearch {
  const period = search.period === 'dates' && !(search.from && search.to) ? DEFAULT_PERIOD : (search.period ?? DEFAULT_PERIOD);
  return {
    insight: INSIGHT_KEYS.find((k) => k === search.insight) ?? DEFAULT_INSIGHT,
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
