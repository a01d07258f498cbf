// The team manager's count of unannounced visits (issue 17 §1: "insights count them"): the visits a worker of the manager's
// own team (staff.team_id, as the team's other counts decide it: access/team-caseload.ts#callersTeam) recorded as not
// arranged first, over the last months, by worker, beside all the visits of the team that took place. A visit made without
// warning is sometimes right and always felt by the family: the manager sees how often, to talk it through in supervision.
// Names of the team's own workers and numbers only, never a family.
import type { z } from 'zod';
import type { UnannouncedCount, UnannouncedCountQuery } from '../../../shared/contracts/appointments.ts';
import { auditedRead } from '../../access/family-access.ts';
import { callersTeam } from '../../access/team-caseload.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './appointments.repo.ts';
import type { AppointmentDeps } from './appointments-core.ts';

const NO_TEAM = 'You are not in a team yet, so there are no team numbers to show. Ask your administrator to add you to your team.';

/** The first day of the period: `months` calendar months before today (UTC), as YYYY-MM-DD. */
export function periodStart(now: Date, months: number): string {
  // The same day of the month, or the month's last day when it is shorter (31 March, one month back: 28 February).
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, Math.min(now.getUTCDate(), lastDay)));
  return d.toISOString().slice(0, 10);
}

export async function unannouncedCount(
  deps: AppointmentDeps,
  ctx: RequestContext,
  query: z.output<typeof UnannouncedCountQuery>,
): Promise<UnannouncedCount> {
  const team = await callersTeam(deps, ctx, 'team_visits.viewed', NO_TEAM);
  const now = deps.now();
  const since = periodStart(now, query.months);
  return auditedRead(deps, ctx, async (tx) => {
    const rows = await repo.teamVisitCounts(tx, team.id, since, now);
    const byWorker = rows
      .filter((r) => r.unannounced > 0)
      .map((r) => ({ staffId: r.staff_id, name: r.name, count: r.unannounced }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const total = byWorker.reduce((sum, w) => sum + w.count, 0);
    const allVisits = rows.reduce((sum, r) => sum + r.visits, 0);
    return {
      result: { months: query.months, since, total, allVisits, byWorker },
      event: {
        action: 'team_visits.viewed',
        outcome: 'allowed',
        actor: ctx.actor,
        subjectType: 'team',
        subjectId: team.id,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { team: team.id, months: query.months, total },
      },
    };
  });
}
