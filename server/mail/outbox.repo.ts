// SQL for the mail outbox: queue a message, claim due messages across app instances, record what became of them.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { MailKind, MailStatus } from '../db/schema.ts';

/**
 * Queues a message in the caller's transaction, with the language it will be worded in, decided now: a family account's
 * person's chosen language (people.preferred_language), else English (a professional, no account, not chosen).
 */
export async function insertMail(
  tx: Tx,
  m: { id: string; to: string; kind: MailKind; path: string | null; accountId: string | null },
): Promise<void> {
  const language = sql<string>`COALESCE((SELECT p.preferred_language FROM accounts a
    JOIN people p ON p.family_id = a.family_id AND p.id = a.person_id
    WHERE a.id = ${m.accountId} AND a.kind <> 'professional'), 'en')`;
  await tx
    .insertInto('mail_outbox')
    .values({ id: m.id, to_address: m.to, kind: m.kind, path: m.path, account_id: m.accountId, language, next_attempt_at: sql`now()` })
    .execute();
}

export type ClaimedMail = { id: string; to_address: string; kind: MailKind; path: string | null; language: string; attempts: number };

/**
 * Takes up to `limit` messages that are due, and moves their next attempt `leaseMs` on, in one statement: rows
 * another instance is claiming are skipped (SKIP LOCKED), and a claimed row is not due again until the lease ends,
 * so no two instances send the same message. Should this instance stop mid-send, the lease runs out and it is retried.
 */
export async function claimDueMail(db: Db, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const result = await sql<ClaimedMail>`
    UPDATE mail_outbox SET attempts = attempts + 1,
      next_attempt_at = now() + ${leaseMs / 1000}::double precision * interval '1 second'
    WHERE id IN (
      SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= now()
      ORDER BY next_attempt_at LIMIT ${limit}::integer FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, kind, path, language, attempts`.execute(db);
  return result.rows;
}

/** Sent: the link (which may carry a token) is no longer kept. */
export async function markSent(db: Db, id: string) {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: sql`now()`, path: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** No SMTP: the link has been printed to the server's log and stays here for the administrator to read. */
export async function markHeld(db: Db, id: string) {
  await db.updateTable('mail_outbox').set({ status: 'held' }).where('id', '=', id).execute();
}

export async function markFailedAttempt(db: Db, id: string, error: string, retryInMs: number | null) {
  await db
    .updateTable('mail_outbox')
    .set(
      retryInMs === null
        ? { status: 'failed', last_error: error.slice(0, 500), path: null }
        : { last_error: error.slice(0, 500), next_attempt_at: sql`now() + ${retryInMs / 1000}::double precision * interval '1 second'` },
    )
    .where('id', '=', id)
    .execute();
}

export type OutboxRow = {
  id: string;
  to_address: string;
  kind: MailKind;
  path: string | null;
  account_id: string | null;
  language: string;
  status: MailStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
};

/**
 * The outbox, newest first, for the administrators' console (a privileged read: the caller checks the permission).
 * `before` is the created_at/id cursor of the last row of the previous page.
 */
export async function listOutbox(
  db: Db | Tx,
  options: { limit?: number; before?: { createdAt: Date; id: string } } = {},
): Promise<OutboxRow[]> {
  let q = db
    .selectFrom('mail_outbox')
    .select(['id', 'to_address', 'kind', 'path', 'account_id', 'language', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.min(options.limit ?? 50, 200));
  const before = options.before;
  if (before) {
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]),
    );
  }
  return q.execute();
}
