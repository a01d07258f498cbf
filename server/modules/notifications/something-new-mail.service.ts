// Notifications reach people outside the app (issue 13 §3): one "something new" mail, at most every 24 hours, to
// whoever has unread notifications since their last one. The scheduled job is the one place that decides it, so the
// places that write notifications never mail; the words come from the mail kind alone and hold nothing about a family.
import type { SystemScope } from '../../access/scope.ts';
import type { Db, Tx } from '../../db/database.ts';
import { queueMail } from '../../mail/index.ts';
import { type SomethingNewRecipient, takeDueSomethingNew, takeSomethingNewNow } from './something-new-mail.repo.ts';

/** Accounts taken per transaction: a short transaction each, however many are due. */
const BATCH = 200;

/** Where the mail's link leads: a worker's notifications, a family member's home page (which says what is new). */
export const somethingNewPath = (r: Pick<SomethingNewRecipient, 'staff_id'>) => (r.staff_id ? '/notifications' : '/my-family');

/**
 * Queues a "something new" mail to every account now due one (see takeDueSomethingNew) and returns how many.
 * Each batch records the mail on the account and queues it in one transaction, so a mail is queued once or not at all.
 */
export async function mailSomethingNew(db: Db, system: SystemScope): Promise<number> {
  let queued = 0;
  for (;;) {
    const taken = await db.transaction().execute(async (tx) => {
      const due = await takeDueSomethingNew(tx, system, BATCH);
      for (const r of due) await queueMail(tx, { to: r.email, kind: 'something_new', path: somethingNewPath(r), accountId: r.id });
      return due.length;
    });
    queued += taken;
    if (taken < BATCH) return queued;
  }
}

/**
 * A "something new" mail that goes now (a changed password, so someone who took over the account cannot hide it),
 * unless the person said no to these mails; it counts as the day's mail, so the job does not send a second one.
 */
export async function mailSomethingNewNow(tx: Tx, accountId: string, path: string): Promise<boolean> {
  const to = await takeSomethingNewNow(tx, accountId);
  if (to) await queueMail(tx, { to, kind: 'something_new', path, accountId });
  return to !== null;
}
