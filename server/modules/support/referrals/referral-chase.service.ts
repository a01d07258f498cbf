// The chase reminder (issue 15 §3): a referral sent or on a waiting list for longer than REFERRAL_CHASE_DAYS reminds the
// worker who made it, once per status date. Run by the scheduler in every instance: the rows are locked with SKIP
// LOCKED and marked in the same transaction, so two instances never remind twice; a bounded batch a run.
import { dateInWords } from '../../../../shared/domain/dates.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifySupport as n } from '../../../../shared/i18n/notify-support.messages.ts';
import { systemScope } from '../../../access/scope.ts';
import { systemFamily } from '../../../access/visible-family.ts';
import type { AuditLog } from '../../../audit/audit-log.ts';
import type { Db } from '../../../db/database.ts';
import * as repo from './referrals.repo.ts';

/** How many referrals one run reminds about at most; the rest wait for the next run. */
export const CHASE_BATCH = 200;
export const DEFAULT_REFERRAL_CHASE_DAYS = 14;

const dayBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export function remindReferralChases(db: Db, audit: AuditLog, now = new Date(), chaseDays = DEFAULT_REFERRAL_CHASE_DAYS) {
  const system = systemScope('referral chase reminders');
  // Waiting longer than chaseDays: its status date is before today minus chaseDays.
  const before = dayBefore(now, chaseDays + 1);
  return db.transaction().execute(async (tx) => {
    const due = await repo.dueChases(tx, system, before, CHASE_BATCH);
    for (const d of due) {
      const service = d.service_name ?? 'a service';
      await repo.markChased(
        tx,
        systemFamily('referral chase reminders', d.family),
        d,
        // The worker who referred reads it (their screens are English): the date in their words.
        phrase(n.referralChase, {
          person: d.person_name,
          service,
          status: d.referral_status,
          since: dateInWords(d.referral_status_on),
        }),
      );
      await audit.record(tx, {
        action: 'referral.chase_reminded',
        outcome: 'allowed',
        actor: system.actor,
        familyId: d.family,
        subjectType: 'support',
        subjectId: d.id,
        details: { support: d.id },
      });
    }
    return due.length;
  });
}
