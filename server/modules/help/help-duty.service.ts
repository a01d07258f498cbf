// A team's duty worker (issue 14 §1): set by a team manager or an administrator of the team's own agency. A request
// for help not acknowledged in time goes to the duty worker of the team of the worker it first went to.
import type { z } from 'zod';
import type { DutyWorker, DutyWorkerInput } from '../../../shared/contracts/help.ts';
import { type FamilyDeps, isUuid } from '../../access/family-access.ts';
import { badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './help-duty.repo.ts';

export async function setDutyWorker(
  deps: FamilyDeps,
  ctx: RequestContext,
  teamId: string,
  input: z.output<typeof DutyWorkerInput>,
): Promise<z.infer<typeof DutyWorker>> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional' || (actor.role !== 'team_manager' && actor.role !== 'administrator'))
    throw forbidden('A team’s duty worker is chosen by a team manager or an administrator of its agency.');
  const result = await deps.db.transaction().execute(async (tx) => {
    const found = isUuid(teamId) ? await repo.team(tx, teamId) : undefined;
    // Another agency's team is out of reach: the same answer as a team that does not exist.
    if (!found || found.organisation_id !== actor.organisationId) return null;
    let dutyName: string | null = null;
    if (input.staffId) {
      const w = await repo.worker(tx, input.staffId);
      if (!w || w.organisation_id !== actor.organisationId || w.deactivated || (w.role !== 'practitioner' && w.role !== 'team_manager'))
        throw badRequest('Choose a practitioner or team manager of your agency who can sign in.', {
          staffId: 'Choose a worker in your agency',
        });
      dutyName = w.full_name;
    }
    await repo.setDuty(tx, found.id, input.staffId);
    await deps.audit.record(tx, {
      action: 'team.duty_worker_set',
      outcome: 'allowed',
      actor,
      subjectType: 'team',
      subjectId: found.id,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { dutyStaffId: input.staffId },
    });
    return { teamId: found.id, dutyStaffId: input.staffId, dutyName };
  });
  if (!result) {
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor,
      subjectType: 'team',
      subjectId: teamId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: 'team.duty_worker_set' },
    });
    throw notFound();
  }
  return result;
}
