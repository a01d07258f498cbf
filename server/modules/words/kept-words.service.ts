// The team manager's counts of words kept as written (issue 16 §1): for supervision conversations, how often the team
// kept words the respectful-language check found, by word and by month. Never by worker, never by family, never a
// score on anyone: the numbers name neither, and every count of 1 to 4 is sent as null ("fewer than 5"), since a
// manager who knows the team could tell whose one save it was.
import type { z } from 'zod';
import type { KeptWordsQuery, KeptWordsView } from '../../../shared/contracts/respectful-words.ts';
import { SMALL_NUMBER_THRESHOLD } from '../../../shared/domain/needs.ts';
import { RESPECTFUL_WORDS } from '../../../shared/domain/respectful-words.ts';
import { auditedRead, type FamilyDeps } from '../../access/family-access.ts';
import { callersTeam } from '../../access/team-caseload.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './kept-words.repo.ts';

/** How a vocabulary entry is named in the counts: its first form; a diagnosis used as identity in words. */
export function wordLabel(entryId: string): string {
  if (entryId === 'identity') return 'a diagnosis used as a name';
  return RESPECTFUL_WORDS.find((e) => e.id === entryId)?.forms[0] ?? entryId;
}

/** The first day (UTC) of the month `months - 1` before today's, and every month from it to today's, as YYYY-MM. */
export function monthsBack(months: number, today = new Date()): { since: Date; months: string[] } {
  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1), 1));
  const list: string[] = [];
  for (let k = 0; k < months; k++) {
    const d = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() + k, 1));
    list.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return { since, months: list };
}

/** A count as sent: 0 stays 0, 1 to 4 is null ("fewer than 5"), 5 and more as it is. */
export const suppressed = (n: number): number | null => (n > 0 && n < SMALL_NUMBER_THRESHOLD ? null : n);

/**
 * The total as sent. Exact when no month is hidden; 1 to 4 is null. When a month is hidden, the exact total less the
 * months shown would give that month's small number, so the total is then the least it can be (`atLeast`): the months
 * shown, one for each month hidden, and never below 5 (the total is known to be 5 or more once it is not hidden).
 */
export function totalOf(byMonth: readonly number[]): { total: number | null; totalAtLeast: boolean } {
  const exact = byMonth.reduce((sum, n) => sum + n, 0);
  if (suppressed(exact) === null) return { total: null, totalAtLeast: false };
  const hidden = byMonth.filter((n) => suppressed(n) === null).length;
  if (hidden === 0) return { total: exact, totalAtLeast: false };
  const shown = byMonth.filter((n) => suppressed(n) !== null).reduce((sum, n) => sum + n, 0);
  return { total: Math.max(SMALL_NUMBER_THRESHOLD, shown + hidden), totalAtLeast: true };
}

/** A hidden count sorts between 5 and none, as one value, so where it sits says nothing of its size. */
const rank = (n: number | null) => (n === null ? SMALL_NUMBER_THRESHOLD - 0.5 : n);

const NO_TEAM = 'You are not in a team yet, so there are no team numbers to show. Ask your administrator to add you to your team.';

export async function keptWordsView(deps: FamilyDeps, ctx: RequestContext, q: z.output<typeof KeptWordsQuery>): Promise<KeptWordsView> {
  const team = await callersTeam(deps, ctx, 'team_words.viewed', NO_TEAM);
  const { since, months } = monthsBack(q.months);
  return auditedRead(deps, ctx, async (tx) => {
    const counts = await repo.keptCounts(tx, team.id, since);
    const perMonth = new Map(counts.byMonth.map((m) => [m.month, m.count]));
    const monthly = months.map((month) => perMonth.get(month) ?? 0);
    const result: KeptWordsView = {
      team: team.name,
      months: q.months,
      ...totalOf(monthly),
      byWord: counts.byWord
        .map((w) => ({ entryId: w.entry_id, kind: w.kind, label: wordLabel(w.entry_id), count: suppressed(w.count) }))
        .sort((a, b) => rank(b.count) - rank(a.count) || a.label.localeCompare(b.label)),
      byMonth: months.map((month, k) => ({ month, count: suppressed(monthly[k] ?? 0) })),
    };
    const event = {
      action: 'team_words.viewed',
      outcome: 'allowed',
      actor: ctx.actor,
      subjectType: 'team',
      subjectId: team.id,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { team: team.id, months: q.months },
    } as const;
    return { result, event };
  });
}
