// The team manager's view of the gap (issue 15 §4): across the team's caseload, the needs families raise against the
// support they receive and the median wait, by area of life, every number of 1 to 4 families shown as "fewer than 5"
// so no family can be picked out; as JSON for the chart and table, and as CSV through the formula-safe writer.
import type { z } from 'zod';
import type { TeamNeedsQuery, TeamNeedsRow, TeamNeedsView } from '../../../../shared/contracts/team-needs.ts';
import { toCsv } from '../../../../shared/domain/csv.ts';
import { NEED_DOMAIN_KEYS, NEED_DOMAINS, SMALL_NUMBER_THRESHOLD } from '../../../../shared/domain/needs.ts';
import { auditedRead, type FamilyDeps } from '../../../access/family-access.ts';
import { callersTeam } from '../../../access/team-caseload.ts';
import { badRequest } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import * as repo from './team-view.repo.ts';

/** A number of families as shown: 0 stays 0, 1 to 4 is null ("fewer than 5"), 5 and more as it is. */
export const suppressed = (n: number): number | null => (n > 0 && n < SMALL_NUMBER_THRESHOLD ? null : n);

export const FEWER_THAN = `fewer than ${SMALL_NUMBER_THRESHOLD}`;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The period asked for; by default the last 12 months up to today. */
export function period(q: z.output<typeof TeamNeedsQuery>, today = new Date()): { from: string; to: string } {
  const to = q.to ?? isoDay(today);
  let from = q.from;
  if (!from) {
    const d = new Date(`${to}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    d.setUTCDate(d.getUTCDate() + 1);
    from = isoDay(d);
  }
  if (from > to) throw badRequest('Choose a start date on or before the end date.', { from: 'Choose a date on or before the end date.' });
  return { from, to };
}

/** Rows for every area of life, most raised first; a suppressed count sorts between 0 and 5, so its order tells nothing. */
export function toRows(counts: repo.DomainCounts[]): TeamNeedsRow[] {
  const byDomain = new Map(counts.map((c) => [c.domain, c]));
  const rank = (n: number | null) => (n === null ? SMALL_NUMBER_THRESHOLD - 0.5 : n);
  return NEED_DOMAIN_KEYS.map((domain): TeamNeedsRow => {
    const c = byDomain.get(domain);
    const received = c?.received ?? 0;
    return {
      domain,
      familiesRaised: suppressed(c?.raised ?? 0),
      familiesReceived: suppressed(received),
      familiesWaiting: suppressed(c?.waiting ?? 0),
      medianWaitDays: received >= SMALL_NUMBER_THRESHOLD && c?.median_wait != null ? Math.round(c.median_wait * 10) / 10 : null,
    };
  }).sort(
    (a, b) => rank(b.familiesRaised) - rank(a.familiesRaised) || NEED_DOMAIN_KEYS.indexOf(a.domain) - NEED_DOMAIN_KEYS.indexOf(b.domain),
  );
}

type Counts = Awaited<ReturnType<typeof repo.teamCounts>>;
export type TeamCountsCache = { seconds: number; entries: Map<string, { at: number; counts: Counts }> };

/**
 * A team's counts for a period, kept a few minutes (TEAM_VIEW_CACHE_SECONDS, default 300): they are a manager's yearly
 * picture, not a family's record, and counting a caseload of thousands of families for every look cost 30 ms of
 * PostgreSQL CPU (BENCHMARKS.md "Issue 15"). Who may look is still decided on every request (the caller's team, read
 * from the staff row); only the numbers of that team are kept, and the page says when they were counted.
 */
export function teamCountsCache(seconds: number): TeamCountsCache {
  return { seconds, entries: new Map() };
}

async function countsFor(
  tx: Parameters<typeof repo.teamCounts>[0],
  cache: TeamCountsCache | undefined,
  team: string,
  from: string,
  to: string,
) {
  const key = `${team}|${from}|${to}`;
  const now = Date.now();
  const kept = cache?.entries.get(key);
  if (cache && kept && now - kept.at < cache.seconds * 1000) return kept;
  const counts = await repo.teamCounts(tx, team, from, to);
  if (cache && cache.seconds > 0) {
    // A bounded map: the oldest entry goes when it is full (a few hundred teams × the periods asked for).
    if (cache.entries.size >= 1000) cache.entries.delete(cache.entries.keys().next().value ?? '');
    cache.entries.set(key, { at: now, counts });
  }
  return { at: now, counts };
}

const NO_TEAM = 'You are not in a team yet, so there is no team view to show. Ask your administrator to add you to your team.';

export async function teamNeedsView(
  deps: FamilyDeps,
  ctx: RequestContext,
  q: z.output<typeof TeamNeedsQuery>,
  csv = false,
  cache?: TeamCountsCache,
): Promise<TeamNeedsView> {
  const { from, to } = period(q);
  const team = await callersTeam(deps, ctx, 'team_needs.viewed', NO_TEAM);
  return auditedRead(deps, ctx, async (tx) => {
    const { at, counts } = await countsFor(tx, cache, team.id, from, to);
    const result: TeamNeedsView = {
      teamName: team.name,
      families: suppressed(counts.families),
      from,
      to,
      rows: toRows(counts.rows),
      countedAt: new Date(at).toISOString(),
    };
    const event = {
      action: 'team_needs.viewed',
      outcome: 'allowed',
      actor: ctx.actor,
      subjectType: 'team',
      subjectId: team.id,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { team: team.id, from, to, csv },
    } as const;
    return { result, event };
  });
}

const shown = (n: number | null) => (n === null ? FEWER_THAN : n);

/** The same table as CSV (formula-safe), "fewer than 5" in words; each row names the team and the period. */
export function toTeamNeedsCsv(view: TeamNeedsView): string {
  return toCsv(
    [
      'Team',
      'From',
      'To',
      'Area of life',
      'Families who raised a need',
      'Families who received support',
      'Families still waiting',
      'Median days from need to support',
    ],
    view.rows.map((r) => [
      view.teamName,
      view.from,
      view.to,
      NEED_DOMAINS[r.domain].label,
      shown(r.familiesRaised),
      shown(r.familiesReceived),
      shown(r.familiesWaiting),
      r.medianWaitDays ?? FEWER_THAN,
    ]),
  );
}

export async function teamNeedsCsv(deps: FamilyDeps, ctx: RequestContext, q: z.output<typeof TeamNeedsQuery>, cache?: TeamCountsCache) {
  const view = await teamNeedsView(deps, ctx, q, true, cache);
  return { filename: `team-needs-${view.from}-to-${view.to}.csv`, csv: toTeamNeedsCsv(view) };
}
