// The day-before reminder (issue 17 §1): an agreed visit or appointment reminds both sides REMINDER_HOURS_BEFORE its start,
// the parent in her own language (a Phrase) and the workers coming who are still on the care team. Run by the scheduler
// in every instance: the rows are locked with SKIP LOCKED and marked (`reminded_for`, the start reminded for) in the same
// transaction, so two instances never remind twice; a time agreed again is reminded again; a cancelled one never is.
import { clockTime, REMINDER_HOURS_BEFORE } from '../../../shared/domain/appointments.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyAppointments as m } from '../../../shared/i18n/notify-appointments.messages.ts';
import { systemScope } from '../../access/scope.ts';
import { systemFamily } from '../../access/visible-family.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db } from '../../db/database.ts';
import { reminderToWorkerMessage } from './appointment-messages.ts';
import * as repo from './appointments.repo.ts';
import { parentIsTold, tellParent, tellWorkers, workerSide } from './appointments-core.ts';

/** How many appointments one run reminds about at most; the rest wait for the next run (a minute later). */
export const REMINDER_BATCH = 200;

export function remindAppointments(db: Db, audit: AuditLog, now = new Date()): Promise<number> {
  const system = systemScope('appointment reminders');
  const until = new Date(now.getTime() + REMINDER_HOURS_BEFORE * 3_600_000);
  return db.transaction().execute(async (tx) => {
    const due = await repo.dueReminders(tx, system, now, until, REMINDER_BATCH);
    for (const d of due) {
      const family = systemFamily('appointment reminders', d.family);
      const startsAt = new Date(d.starts_at);
      await repo.markReminded(tx, family, d.id, startsAt);
      const team = await repo.careTeam(tx, family);
      // The family is not reminded of a professionals' meeting: they are not going (issue 17 §2).
      if (parentIsTold(d))
        await tellParent(
          tx,
          family,
          'appointment_reminder',
          phrase(m.reminder, { kind: d.kind, name: d.arranger_name, time: clockTime(startsAt) }),
        );
      await tellWorkers(
        tx,
        family,
        'appointment_reminder',
        workerSide({ arranged_by_staff_id: d.arranged_by_staff_id, staff_ids: d.staff_ids }, team),
        reminderToWorkerMessage(d.kind, d.family_name, startsAt),
      );
      await audit.record(tx, {
        action: 'appointment.reminded',
        outcome: 'allowed',
        actor: system.actor,
        familyId: d.family,
        subjectType: 'appointment',
        subjectId: d.id,
        details: { appointment: d.id },
      });
    }
    return due.length;
  });
}
