// SQL for accounts, sessions and sign-in rate limits.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';

export type AccountForLogin = {
  id: string;
  kind: 'professional' | 'parent' | 'young_person' | 'network_member';
  password_hash: string;
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

/** The session and everything needed to build the actor, in one query. */
export async function findLiveSession(db: Db, sessionId: string) {
  return db
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
      'p.preferred_name',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function insertSession(
  tx: Tx,
  s: { id: string; accountId: string; stage: 'awaiting_second_factor' | 'signed_in'; csrfToken: string; expiresAt: Date },
) {
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

/** Counts a hit in a fixed window and returns the count so far in the current window. */
export async function hitRateLimit(db: Db | Tx, key: string, windowMs: number): Promise<number> {
  const windowStart = new Date(Date.now() - windowMs);
  const result = await sql<{ hits: number }>`
    INSERT INTO rate_limits (key, window_started_at, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_started_at < ${windowStart} THEN 1 ELSE rate_limits.hits + 1 END,
      window_started_at = CASE WHEN rate_limits.window_started_at < ${windowStart} THEN now() ELSE rate_limits.window_started_at END
    RETURNING hits`.execute(db);
  return Number(result.rows[0]?.hits ?? 0);
}

export async function peekRateLimit(db: Db | Tx, key: string, windowMs: number): Promise<number> {
  const row = await db.selectFrom('rate_limits').select(['hits', 'window_started_at']).where('key', '=', key).executeTakeFirst();
  if (!row || row.window_started_at.getTime() < Date.now() - windowMs) return 0;
  return row.hits;
}

export async function clearRateLimit(db: Db | Tx, key: string) {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
