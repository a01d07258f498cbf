// The escalation job (issue 14 §1): a request not acknowledged by its target goes to the duty worker of the team of
// the worker it first went to; still unacknowledged a further target period later, to that team's managers. With no
// duty worker it goes straight to the managers. Each step happens once (an event, unique per request and step), is
// told to the people it now goes to (help_escalated; managers: manager_help_escalated, issue 18), and is audited with the
// system reason 'help request escalation'.
// Asking for help is never a risk indicator: this job changes who is asked to answer, and nothing else.
import { careTeamJoinedMessage, helpEscalatedMessage } from '../../../shared/domain/help.ts';
import { systemScope } from '../../access/scope.ts';
import { systemFamily, type VisibleFamily } from '../../access/visible-family.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { managerNotice, notifyFamily, notifyTeamManagers, parentAccounts } from '../notifications/index.ts';
import * as repo from './help.repo.ts';
import { personName } from './help.service.ts';
import * as jobRepo from './help-escalation.repo.ts';
import { handlersOf } from './help-routing.ts';

const REASON = 'help request escalation' as const;

type Step = 'escalated_to_duty' | 'escalated_to_manager';

/** Puts the request before `to` as this step, once; tells them and audits it. False when the step was already taken. */
async function takeStep(tx: Tx, audit: AuditLog, family: VisibleFamily, row: repo.RequestRow, step: Step, to: string[]) {
  if (to.length === 0) return false;
  const taken = await repo.insertEvent(tx, family, { id: newId(), request_id: row.id, kind: step, staff_id: null, to_staff_ids: to });
  if (!taken) return false;
  // A duty worker or manager of another team joins the family's care team, so the one access rule lets them answer.
  const joined = await jobRepo.joinCareTeam(tx, family, to, newId);
  if (joined.length > 0) {
    const names = await jobRepo.staffNames(tx, joined);
    const parents = await parentAccounts(tx, family);
    for (const n of names) {
      await notifyFamily(
        tx,
        family,
        'care_team_changed',
        { accountIds: parents },
        careTeamJoinedMessage(n.full_name, n.job_title, n.team_name),
        newId,
      );
      await audit.record(tx, {
        action: 'care_team.member_added',
        outcome: 'allowed',
        actor: systemScope(REASON).actor,
        familyId: family.id,
        subjectType: 'staff',
        subjectId: n.id,
        details: { teamRole: 'other', keyWorker: null },
      });
    }
  }
  const asker = (await repo.people(tx, family)).find((p) => p.id === row.person_id);
  // The managers are told as managers (issue 18 §4: manager_help_escalated, first in their list), once per request.
  if (step === 'escalated_to_manager')
    await notifyTeamManagers(tx, family, 'manager_help_escalated', managerNotice.helpEscalated, {
      dedupeKey: `manager-help:${row.id}`,
      to: { managers: to },
    });
  else await notifyFamily(tx, family, 'help_escalated', { staffIds: to }, helpEscalatedMessage(asker ? personName(asker) : null), newId);
  await audit.record(tx, {
    action: 'help_request.escalated',
    outcome: 'allowed',
    actor: systemScope(REASON).actor,
    familyId: family.id,
    subjectType: 'person',
    subjectId: row.person_id,
    details: { request: row.id, step, to: to.length },
  });
  return true;
}

/** One run of the job at `now`: returns how many steps were taken. Idempotent; safe in every instance at once. */
export function escalateHelpRequests(db: Db, audit: AuditLog, now: Date): Promise<number> {
  const system = systemScope(REASON);
  return db.transaction().execute(async (tx) => {
    let steps = 0;
    for (const waiting of await jobRepo.waitingPastTarget(tx, system, now)) {
      const family = systemFamily(REASON, waiting.family_id);
      const row = await repo.findRequest(tx, family, waiting.id);
      if (!row) continue;
      const events = await repo.events(tx, family, [row.id]);
      let dutyTaken = events.some((e) => e.kind === 'escalated_to_duty');
      if (!dutyTaken) {
        const duty = await jobRepo.dutyWorker(tx, row.escalation_team_id);
        // A duty worker who already had it (one of those it went to) is not asked again: the managers are.
        if (duty && !handlersOf(row, events).includes(duty.id)) {
          if (await takeStep(tx, audit, family, row, 'escalated_to_duty', [duty.id])) steps++;
          dutyTaken = true;
        }
      }
      // With no duty worker, straight to the managers; otherwise a further target period after the first.
      const managersDue = !dutyTaken || (row.manager_by !== null && new Date(row.manager_by) <= now);
      if (managersDue) {
        const managers = await jobRepo.managers(tx, family, row.escalation_team_id);
        if (
          await takeStep(
            tx,
            audit,
            family,
            row,
            'escalated_to_manager',
            managers.map((m) => m.id),
          )
        )
          steps++;
      }
    }
    return steps;
  });
}
