// The overdue-minutes reminder (issue 17 §2): a meeting whose time has come is given its minutes' due date (the meeting's
// day plus its minutes target in working days), and once that date has passed without the minutes shared, the chair is
// told, once (minutes_reminded_at); the arranger instead when the chair has left the care team. Run by the scheduler in
// every instance: rows are locked with SKIP LOCKED and marked in the same transaction, so two instances never remind twice.
// The clock is passed in (`now`), so tests control it.

import { MEETING_KINDS } from '../../../../shared/domain/meetings.ts';
import { isOneOf } from '../../../../shared/domain/vocabularies.ts';
import { DEFAULT_WORKING_TIME, type WorkingTime, wallClock } from '../../../../shared/domain/working-time.ts';
import { systemScope } from '../../../access/scope.ts';
import { systemFamily } from '../../../access/visible-family.ts';
import type { AuditLog } from '../../../audit/audit-log.ts';
import type { Db } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { managerNotice, notifyFamily, notifyTeamManagers } from '../../notifications/index.ts';
import { workingDaysAfter } from '../meeting-views.ts';
import * as repo from './record.repo.ts';
import { minutesOverdueMessage } from './record-messages.ts';

/** How many meetings one run looks at at most; the rest wait for the next run (a minute later). */
export const MINUTES_BATCH = 200;

/** The service's date now (the minutes are due by a date in the service's time zone). */
export const serviceToday = (now: Date, wt: WorkingTime = DEFAULT_WORKING_TIME) => wallClock(now, wt.timeZone).date;

export function remindOverdueMinutes(db: Db, audit: AuditLog, now = new Date(), wt: WorkingTime = DEFAULT_WORKING_TIME): Promise<number> {
  const system = systemScope('minutes reminders');
  return db.transaction().execute(async (tx) => {
    // A meeting recorded as happened (or whose agreed time passed) with nothing written yet still has minutes due.
    for (const m of await repo.minutesWithoutDueDate(tx, system, now, MINUTES_BATCH)) {
      const family = systemFamily('minutes reminders', m.family);
      await repo.setMinutesDue(tx, family, m.id, workingDaysAfter(new Date(m.starts_at), m.minutes_due_working_days, wt));
    }
    const due = await repo.overdueToRemind(tx, system, serviceToday(now, wt), MINUTES_BATCH);
    for (const d of due) {
      const family = systemFamily('minutes reminders', d.family);
      await repo.markMinutesReminded(tx, family, d.id, now);
      const team = await repo.teamStaffIds(tx, family);
      const to = team.has(d.chair_staff_id) ? d.chair_staff_id : team.has(d.arranged_by_staff_id) ? d.arranged_by_staff_id : null;
      if (to && isOneOf(MEETING_KINDS, d.meeting_kind))
        await notifyFamily(
          tx,
          family,
          'meeting_minutes_overdue',
          { staffIds: [to] },
          minutesOverdueMessage(d.meeting_kind, d.family_name, d.starts_at, d.minutes_due_on),
          newId,
        );
      // Beside the chair's reminder, the team manager of the one reminded (the chair's when there is none) is told once.
      await notifyTeamManagers(tx, family, 'manager_minutes_overdue', managerNotice.minutesOverdue(d.minutes_due_on), {
        dedupeKey: `manager-minutes:${d.id}:${d.minutes_due_on}`,
        exceptStaffId: to,
        to: { teamOf: to ?? d.chair_staff_id },
      });
      await audit.record(tx, {
        action: 'meeting.minutes_reminded',
        outcome: 'allowed',
        actor: system.actor,
        familyId: d.family,
        subjectType: 'meeting',
        subjectId: d.id,
        details: { meeting: d.id, dueOn: d.minutes_due_on },
      });
    }
    return due.length;
  });
}
