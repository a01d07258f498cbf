// Scheduled work, run in every app instance: each job is idempotent (a reminder is made once, by its
// dedupe key), so several instances running it at once cause no duplicates.
import type { Db } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { recordsRepo } from '../modules/records/index.ts';

/** Reminds authors whose withholding review date has come (P1). Returns how many entries are due. */
export function remindWithholdingReviews(db: Db, today = new Date().toISOString().slice(0, 10)) {
  return db.transaction().execute((tx) => recordsRepo.remindDueWithholdingReviews(tx, today, newId));
}

export function startJobs(db: Db, log: (message: string) => void, everyMs = 10 * 60_000): () => void {
  const run = () => remindWithholdingReviews(db).catch((error) => log(`Withholding review reminders failed: ${(error as Error).message}`));
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
