// Scheduled work, run in every app instance: each job is idempotent (reminders carry a dedupe key,
// exports are claimed with SKIP LOCKED), so several instances running at once cause no duplicates.
// Each instance also appends a checkpoint of the audit log to the checkpoint file every few minutes.
import { systemScope } from '../access/scope.ts';
import { CheckpointFileUnwritable } from '../audit/audit-checkpoint.ts';
import type { Checkpoint } from '../audit/audit-checkpoint-file.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { remindAppointments } from '../modules/appointments/index.ts';
import { remindCheckIns } from '../modules/check-ins/index.ts';
import { noteExpiredConsents } from '../modules/consents/index.ts';
import { closeLapsedEmergencyAccesses } from '../modules/emergency-access/index.ts';
import { escalateHelpRequests } from '../modules/help/index.ts';
import { remindOverdueMinutes } from '../modules/meetings/record/minutes-reminders.service.ts';
import { mailSomethingNew, tellManagersOfOverdueWithholdings } from '../modules/notifications/index.ts';
import { remindCrisisCarers, remindCrisisReviews, remindReviews } from '../modules/plans/index.ts';
import { recordsRepo } from '../modules/records/index.ts';
import { runPendingExports } from '../modules/subject-access/index.ts';
import { remindReferralChases } from '../modules/support/index.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Reminds authors whose withholding review date has come (P1), and tells the team managers of those whose date has passed
 * (issue 18 §4). Returns how many entries are due.
 */
export function remindWithholdingReviews(db: Db, on = today()) {
  const system = systemScope('withholding review reminders');
  return db.transaction().execute(async (tx) => {
    const due = await recordsRepo.remindDueWithholdingReviews(tx, system, on);
    await tellManagersOfOverdueWithholdings(tx, system, on);
    return due;
  });
}

/** Consent expiry is applied on every request by the access rules; this tells the parent, once. */
export function applyConsentExpiry(db: Db, audit: AuditLog, on = today()) {
  const system = systemScope('consent expiry');
  return db.transaction().execute(async (tx) => {
    const noted = await noteExpiredConsents(tx, system, on);
    for (const n of noted) {
      await audit.record(tx, {
        action: 'consent.expired',
        outcome: 'allowed',
        actor: system.actor,
        familyId: n.family_id,
        details: { key: n.dedupe_key },
      });
    }
    return noted.length;
  });
}

/** A week before a family recovery plan's review date, reminds the key workers and the parents, once per date. */
export function remindPlanReviews(db: Db, now = new Date()) {
  return db.transaction().execute((tx) => remindReviews(tx, now));
}

/**
 * Issue 13 §3: one "something new" mail, at most every 24 hours, to each person with an email address and unread
 * notifications since their last one (unless they said no). Runs after the jobs that notify, so their news goes in this tick.
 */
export function mailWhatIsNew(db: Db) {
  return mailSomethingNew(db, systemScope('something new mail'));
}

/**
 * Issue 14 §3: a contingency carer who has not answered `answerHours` after a crisis plan started is named to the
 * children's key worker; a crisis plan not looked back at 14 days after it ended is a reminder. Each once.
 */
export function remindCrisisPlans(db: Db, now = new Date(), answerHours?: number) {
  return db.transaction().execute(async (tx) => {
    const carers = await remindCrisisCarers(tx, now, answerHours);
    return { carers, reviews: await remindCrisisReviews(tx, now) };
  });
}

export async function runJobsOnce(db: Db, audit: AuditLog, settings: JobSettings = {}) {
  await remindWithholdingReviews(db);
  await remindPlanReviews(db);
  await remindCrisisPlans(db, new Date(), settings.crisisCarerAnswerHours);
  await applyConsentExpiry(db, audit);
  await closeLapsedEmergencyAccesses(db, audit);
  await runPendingExports({ db, audit });
  // Requests for help not acknowledged in time go to the duty worker, then the team manager (issue 14 §1).
  await escalateHelpRequests(db, audit, new Date());
  await remindCheckIns(db);
  // Referrals sent or on a waiting list too long remind their referrer to chase, once per status date (issue 15 §3).
  await remindReferralChases(db, audit, new Date(), settings.referralChaseDays);
  // Agreed visits and appointments remind both sides the day before, once per agreed time (issue 17 §1).
  await remindAppointments(db, audit, new Date());
  // A meeting's minutes not shared by their due date remind the chair, once (issue 17 §2).
  await remindOverdueMinutes(db, audit, new Date());
  await mailWhatIsNew(db);
}

/** Settings the jobs read from the configuration (config.ts). */
export type JobSettings = { crisisCarerAnswerHours?: number; referralChaseDays?: number };

/** Work an app instance brings to the tick: its mail dispatcher (server/mail), which sends what the outbox holds. */
export type JobExtras = { mail?: { runOnce(): Promise<unknown> }; settings?: JobSettings };

export function startJobs(db: Db, audit: AuditLog, log: (message: string) => void, everyMs = 60_000, extra: JobExtras = {}): () => void {
  const run = () => {
    // Mail goes on its own: a failing job must not hold up invitations and resets, nor mail the jobs.
    extra.mail?.runOnce().catch((error) => log(`Sending mail failed: ${(error as Error).message}`));
    return runJobsOnce(db, audit, extra.settings).catch((error) => log(`Scheduled jobs failed: ${(error as Error).message}`));
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** A checkpoint that found the audit log shorter than the one before says so loudly in the server's log too. */
function reportBreaks(checkpoint: Checkpoint | null, log: (message: string) => void) {
  if (!checkpoint?.breaks.length) return;
  log(`The audit log has lost events since the last checkpoint: ${checkpoint.breaks.map((b) => b.message).join(' ')}`);
}

/** The checkpoint at start; a checkpoint file that cannot be written stops start-up with a plain message. */
export async function writeFirstCheckpoint(db: Db, audit: AuditLog, file: string, log: (message: string) => void): Promise<void> {
  let checkpoint: Checkpoint | null;
  try {
    checkpoint = await audit.writeCheckpoint(db, 'start');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new CheckpointFileUnwritable(file, code);
    throw error;
  }
  reportBreaks(checkpoint, log);
}

/** A checkpoint every `everyMs` (AUDIT_CHECKPOINT_MINUTES); the returned stop waits for one being written. */
export function startAuditCheckpoints(db: Db, audit: AuditLog, log: (message: string) => void, everyMs: number): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= audit
      .writeCheckpoint(db, 'interval')
      .then((checkpoint) => reportBreaks(checkpoint, log))
      .catch((error) => log(`The audit checkpoint could not be written: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
