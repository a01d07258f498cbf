// What workers read of the family's feedback (issue 18 §1): a worker the named feedback about their own work, by month with
// averages only over enough answers, and each piece with the person's first name; a team manager her team's feedback,
// named and team-only, with the worker and the month and nothing that says who gave it. Each read is audited.
import type { TeamFeedback, WorkerFeedback } from '../../../shared/contracts/feedback.ts';
import { auditedRead, type FamilyDeps } from '../../access/family-access.ts';
import { callersTeam } from '../../access/team-caseload.ts';
import { forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { FEWEST_TO_AVERAGE, feedbackSight, monthAverage } from './feedback.policy.ts';
import * as repo from './feedback.repo.ts';

const professional = (ctx: RequestContext) => {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
};

const dayInLondon = (at: Date | string) => new Date(at).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

export function mine(deps: FamilyDeps, ctx: RequestContext): Promise<WorkerFeedback> {
  const a = professional(ctx);
  return auditedRead(deps, ctx, async (tx) => {
    const viewer = { kind: 'worker', staffId: a.staffId, role: a.role, teamId: null } as const;
    const rows = (await repo.namedAbout(tx, a.staffId)).filter(
      (r) => feedbackSight(viewer, { personId: '', staffId: r.staff_id, teamId: null, shownAs: r.shown_as }) === 'named',
    );
    const byMonth = new Map<string, typeof rows>();
    for (const r of rows) byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), r]);
    const months = [...byMonth.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([month, list]) => {
        const averages = {
          listened: monthAverage(list.map((r) => r.listened)),
          nextStepsClear: monthAverage(list.map((r) => r.next_steps_clear)),
          useful: monthAverage(list.map((r) => r.useful)),
        };
        const any = averages.listened !== null || averages.nextStepsClear !== null || averages.useful !== null;
        return { month, answers: list.length, averages: any ? averages : null };
      });
    return {
      result: {
        fewestToShow: FEWEST_TO_AVERAGE,
        months,
        named: rows.map((r) => ({
          firstName: r.first_name,
          date: dayInLondon(r.created_at),
          aboutKind: r.about_kind,
          listened: r.listened,
          nextStepsClear: r.next_steps_clear,
          useful: r.useful,
          words: r.words,
          writtenIn: r.written_in,
        })),
      },
      event: {
        action: 'feedback.own_read',
        outcome: 'allowed',
        actor: a,
        subjectType: 'staff',
        subjectId: a.staffId,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { count: rows.length },
      },
    };
  });
}

export async function team(deps: FamilyDeps, ctx: RequestContext): Promise<TeamFeedback> {
  const a = professional(ctx);
  const t = await callersTeam(deps, ctx, 'feedback.team_read', 'You are not in a team, so there is no team feedback to show.');
  return auditedRead(deps, ctx, async (tx) => {
    const viewer = { kind: 'worker', staffId: a.staffId, role: a.role, teamId: t.id } as const;
    // The rule decides again, row by row: a manager's view is the team's, never a person's.
    const rows = (await repo.teamFeedback(tx, t.id)).filter(
      (r) => feedbackSight(viewer, { personId: '', staffId: r.staff_id, teamId: r.team_id, shownAs: r.shown_as }) !== 'none',
    );
    return {
      result: {
        team: t,
        items: rows.map((r) => ({
          month: r.month,
          workerName: r.staff_name,
          aboutKind: r.about_kind,
          shownAs: r.shown_as,
          listened: r.listened,
          nextStepsClear: r.next_steps_clear,
          useful: r.useful,
          words: r.words,
          writtenIn: r.written_in,
        })),
      },
      event: {
        action: 'feedback.team_read',
        outcome: 'allowed',
        actor: a,
        subjectType: 'team',
        subjectId: t.id,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { count: rows.length },
      },
    };
  });
}
