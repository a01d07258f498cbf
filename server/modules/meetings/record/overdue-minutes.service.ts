// The team manager's count of late minutes (issue 17 §2): the meetings chaired by someone in the manager's own team
// (staff.team_id, as the team's other counts decide it: access/team-caseload.ts#callersTeam) whose minutes are not shared
// and are past their due date, by chair, oldest due date first. Names of the team's own chairs, never a family.
import type { OverdueMinutes } from '../../../../shared/contracts/meetings.ts';
import { auditedRead } from '../../../access/family-access.ts';
import { callersTeam } from '../../../access/team-caseload.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { workingDaysAfter } from '../meeting-views.ts';
import type { MeetingDeps } from '../meetings-core.ts';
import { serviceToday } from './minutes-reminders.service.ts';
import * as repo from './record.repo.ts';

const NO_TEAM = 'You are not in a team yet, so there are no team numbers to show. Ask your administrator to add you to your team.';

export async function overdueMinutes(deps: MeetingDeps, ctx: RequestContext): Promise<OverdueMinutes> {
  const team = await callersTeam(deps, ctx, 'team_minutes.viewed', NO_TEAM);
  const now = deps.now();
  const today = serviceToday(now);
  return auditedRead(deps, ctx, async (tx) => {
    const rows = await repo.unsharedForTeam(tx, team.id, now);
    const byChair = new Map<string, { staffId: string; name: string; count: number; oldestDueOn: string }>();
    for (const r of rows) {
      // A meeting the job has not reached yet has its due date worked out the same way.
      const dueOn = r.minutes_due_on ?? workingDaysAfter(new Date(r.starts_at), r.minutes_due_working_days);
      if (!(today > dueOn)) continue;
      const c = byChair.get(r.chair_staff_id) ?? { staffId: r.chair_staff_id, name: r.chair_name, count: 0, oldestDueOn: dueOn };
      c.count += 1;
      if (dueOn < c.oldestDueOn) c.oldestDueOn = dueOn;
      byChair.set(r.chair_staff_id, c);
    }
    const list = [...byChair.values()].sort((a, b) => a.oldestDueOn.localeCompare(b.oldestDueOn) || a.name.localeCompare(b.name));
    const total = list.reduce((sum, c) => sum + c.count, 0);
    return {
      result: { total, byChair: list },
      event: {
        action: 'team_minutes.viewed',
        outcome: 'allowed',
        actor: ctx.actor,
        subjectType: 'team',
        subjectId: team.id,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { team: team.id, total },
      },
    };
  });
}
