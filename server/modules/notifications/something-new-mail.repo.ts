// SQL for the "something new" mail (issue 13 §3): which accounts are due one, and recording that one was queued.
import { sql } from 'kysely';
import type { SystemScope } from '../../access/scope.ts';
import type { Tx } from '../../db/database.ts';

export type SomethingNewRecipient = { id: string; email: string; staff_id: string | null };

/**
 * Takes up to `limit` accounts due a "something new" mail and records it as queued now, in one statement. Due: an
 * email address, not deactivated, set up (an invitation not yet accepted has no password, and its mail already says
 * what to do), not said no, no such mail in the last 24 hours, and an unread notification newer than the last one (a
 * worker's notifications are addressed to their staff record, a family member's to the account).
 * The rows are locked with SKIP LOCKED and the 24-hour rule is checked again on the row as locked, so instances
 * running the job at once each take different accounts and none takes an account another has just mailed.
 * Takes the system scope: only the scheduled job reads every account this way.
 */
export async function takeDueSomethingNew(tx: Tx, _system: SystemScope, limit: number): Promise<SomethingNewRecipient[]> {
  const result = await sql<SomethingNewRecipient>`
    UPDATE accounts SET something_new_mailed_at = now()
    WHERE id IN (
      SELECT a.id FROM accounts a
      WHERE a.email IS NOT NULL AND a.disabled_at IS NULL AND a.mail_something_new AND a.password_hash IS NOT NULL
        AND (a.something_new_mailed_at IS NULL OR a.something_new_mailed_at <= now() - interval '24 hours')
        AND (
          EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_account_id = a.id AND n.read_at IS NULL
            AND n.created_at > coalesce(a.something_new_mailed_at, '-infinity'::timestamptz))
          OR EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_staff_id = a.staff_id AND n.read_at IS NULL
            AND n.created_at > coalesce(a.something_new_mailed_at, '-infinity'::timestamptz)))
      ORDER BY a.id LIMIT ${limit}::integer FOR UPDATE SKIP LOCKED)
    RETURNING id, email, staff_id`.execute(tx);
  return result.rows;
}

/**
 * For a mail that must go now whatever the 24-hour rule says (a changed password): records it as queued, when the
 * account has an email address and has not said no. Returns the address, or null when nothing is to be sent.
 */
export async function takeSomethingNewNow(tx: Tx, accountId: string): Promise<string | null> {
  const row = await tx
    .updateTable('accounts')
    .set({ something_new_mailed_at: sql`now()` })
    .where('id', '=', accountId)
    .where('email', 'is not', null)
    .where('disabled_at', 'is', null)
    .where('mail_something_new', '=', true)
    .returning('email')
    .executeTakeFirst();
  return row?.email ?? null;
}
