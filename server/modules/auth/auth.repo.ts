// SQL for accounts, sessions and sign-in rate limits.
import { type SqlBool, sql } from 'kysely';
import type { SessionStage } from '../../../shared/domain/accounts.ts';
import type { Phrase } from '../../../shared/i18n/messages.ts';
import { batchedLookup } from '../../db/batched-lookup.ts';
import { runCompiled } from '../../db/compiled-once.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { AccountKind } from '../../db/schema.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';

export type AccountForLogin = {
  id: string;
  kind: AccountKind;
  password_hash: string | null;
  totp_secret: string | null;
  disabled_at: Date | null;
};

export async function findAccountByUsername(db: Db | Tx, username: string): Promise<AccountForLogin | undefined> {
  return db
    .selectFrom('accounts')
    .select(['id', 'kind', 'password_hash', 'totp_secret', 'disabled_at'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

/**
 * Records `step` as the account's last accepted code, only if it is newer than the last one: one statement, so
 * of two requests with the same code the second waits for the first's row lock and then finds nothing to update.
 */
export async function acceptTotpStep(db: Db | Tx, accountId: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('accounts')
    .set({ totp_last_step: step })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findAccountById(db: Db | Tx, id: string) {
  return db.selectFrom('accounts').select(['id', 'kind', 'totp_secret']).where('id', '=', id).executeTakeFirst();
}

/** A live session's row: the session and everything needed to build the actor. */
export type LiveSessionRow = NonNullable<Awaited<ReturnType<typeof findLiveSessions>>[number]>;

/**
 * The session and everything needed to build the actor. Sessions asked for in the same turn of the event loop are read
 * by one statement (db/batched-lookup.ts: one round trip for many requests, each read after it was asked for).
 */
export async function findLiveSession(db: Db, sessionId: string): Promise<LiveSessionRow | undefined> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = batchedLookup(async (ids: string[]) => new Map((await findLiveSessions(db, ids)).map((row) => [row.id, row])));
    sessionLookups.set(db, lookup);
  }
  return lookup(sessionId);
}
const sessionLookups = new WeakMap<Db, (sessionId: string) => Promise<LiveSessionRow | undefined>>();

/** Every request's first statement: compiled once (server/db/compiled-once.ts), the ids as one array value. */
function findLiveSessions(db: Db, sessionIds: string[]) {
  return runCompiled(db, 'live sessions', { sessionIds }, (v) => liveSession(db, v.sessionIds));
}

function liveSession(db: Db, sessionIds: string[]) {
  return (
    db
      .selectFrom('sessions as s')
      .innerJoin('accounts as a', 'a.id', 's.account_id')
      .leftJoin('staff as st', 'st.id', 'a.staff_id')
      .leftJoin('organisations as o', 'o.id', 'st.organisation_id')
      .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
      .select([
        's.id',
        's.stage',
        's.csrf_token',
        's.created_at',
        's.last_seen_at',
        's.expires_at',
        's.ended_at',
        'a.id as account_id',
        'a.kind as account_kind',
        'a.disabled_at',
        'a.family_id',
        'a.person_id',
        'st.id as staff_id',
        'st.full_name as staff_name',
        'st.role as staff_role',
        'st.job_title',
        'st.organisation_id',
        'o.name as organisation_name',
        'o.kind as organisation_kind',
        'p.full_name as person_name',
        'p.preferred_language',
        'p.preferred_name',
        // A parent who is not the parent the record is about reads by his children (access/actor.ts): read with the
        // session, so a 'parent_of' relationship ended by the team ends what it opened on the next request.
        sql<string[] | null>`CASE WHEN a.kind = 'other_parent' THEN ARRAY(SELECT r.to_person_id::text FROM relationships r
        WHERE r.family_id = a.family_id AND r.from_person_id = a.person_id AND r.kind = 'parent_of' ORDER BY r.to_person_id) END`.as(
          'child_person_ids',
        ),
      ])
      // = ANY of the batch's ids, one array value: any number of sessions binds the same SQL.
      .where(sql<SqlBool>`s.id = ANY(${sessionIds}::text[])`)
  );
}

export async function insertSession(tx: Tx, s: { id: string; accountId: string; stage: SessionStage; csrfToken: string; expiresAt: Date }) {
  await tx
    .insertInto('sessions')
    .values({ id: s.id, account_id: s.accountId, stage: s.stage, csrf_token: s.csrfToken, expires_at: s.expiresAt })
    .execute();
}

export async function endSession(db: Db | Tx, sessionId: string, reason: string) {
  await db
    .updateTable('sessions')
    .set({ ended_at: new Date(), ended_reason: reason })
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .execute();
}

export async function touchSession(db: Db, sessionId: string) {
  await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', sessionId).execute();
}

/**
 * Takes one attempt from `key`'s allowance of `max` in a fixed window, and says whether one was left. The check
 * and the count are one statement: `INSERT ... ON CONFLICT DO UPDATE` locks the row and its `WHERE` is decided on
 * the latest count, so of any number of simultaneous requests, in any number of app instances, at most `max` get
 * an attempt. A refused attempt is not counted (a locked key stays locked for its window, no longer). The window
 * is measured by the database's clock, which every instance shares.
 */
export async function takeAttempt(db: Db | Tx, key: string, max: number, windowMs: number): Promise<boolean> {
  const windowStart = sql`now() - ${windowMs / 1000}::double precision * interval '1 second'`;
  const result = await sql<{ hits: number }>`
    INSERT INTO rate_limits AS r (key, window_started_at, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN r.window_started_at <= ${windowStart} THEN 1 ELSE r.hits + 1 END,
      window_started_at = CASE WHEN r.window_started_at <= ${windowStart} THEN now() ELSE r.window_started_at END
    WHERE r.window_started_at <= ${windowStart} OR r.hits < ${max}::integer
    RETURNING hits`.execute(db);
  return result.rows.length > 0;
}

/** Forgets `key`'s count: a right password or code starts the allowance again. */
export async function clearRateLimit(db: Db | Tx, key: string) {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Ends every live session of the account but `keepSessionId` (null: every one), with a reason; returns how many. */
export async function endAccountSessions(tx: Tx, accountId: string, keepSessionId: string | null, reason: string): Promise<number> {
  let q = tx
    .updateTable('sessions')
    .set({ ended_at: new Date(), ended_reason: reason })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null);
  if (keepSessionId) q = q.where('id', '<>', keepSessionId);
  return (await q.returning('id').execute()).length;
}

export async function setPasswordHash(tx: Tx, accountId: string, passwordHash: string) {
  await tx.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', accountId).execute();
}

export async function findAccountForSettings(db: Db | Tx, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'username', 'kind', 'password_hash', 'totp_secret', 'email', 'staff_id', 'family_id', 'disabled_at'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

/** Accounts a forgotten-password request may be for: by username, else by email address (a few may share one). */
export async function findAccountsForReset(db: Db, usernameOrEmail: string) {
  const key = usernameOrEmail.toLowerCase();
  const select = db.selectFrom('accounts').select(['id', 'username', 'email', 'disabled_at']).where('disabled_at', 'is', null);
  const byUsername = await select.where(sql`lower(username)`, '=', key).execute();
  if (byUsername.length > 0 || !key.includes('@')) return byUsername;
  return select.where(sql`lower(email)`, '=', key).limit(5).execute();
}

/**
 * A notification about the person's own account: a member of staff's goes to their staff record, others' to the account.
 * A Phrase (shared/i18n/notify-accounts.messages.ts), so a family member reads it in their own language.
 */
export async function notifyAccountHolder(
  tx: Tx,
  n: { id: string; accountId: string; kind: 'password_changed' | 'account_changed'; message: Phrase },
) {
  const account = await tx.selectFrom('accounts').select(['staff_id', 'family_id']).where('id', '=', n.accountId).executeTakeFirst();
  if (!account) return;
  await tx
    .insertInto('notifications')
    .values({
      id: n.id,
      recipient_staff_id: account.staff_id,
      recipient_account_id: account.staff_id ? null : n.accountId,
      kind: n.kind,
      family_id: account.staff_id ? null : account.family_id,
      entry_id: null,
      ...phraseColumns(n.message),
    })
    .execute();
}
