// SQL for one-time account tokens (invitations, sign-in letters, password resets): stored by hash only.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import type { AccountKind, AccountTokenPurpose } from '../../db/schema.ts';

export async function cancelOpenTokens(tx: Tx, accountId: string, purposes: AccountTokenPurpose[], reason: string): Promise<number> {
  const rows = await tx
    .updateTable('account_tokens')
    .set({ cancelled_at: sql`now()`, cancelled_reason: reason })
    .where('account_id', '=', accountId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

export async function insertToken(
  tx: Tx,
  t: { id: string; accountId: string; purpose: AccountTokenPurpose; tokenHash: string; createdByStaffId: string | null; expiresAt: Date },
) {
  await tx
    .insertInto('account_tokens')
    .values({
      id: t.id,
      account_id: t.accountId,
      purpose: t.purpose,
      token_hash: t.tokenHash,
      created_by_staff_id: t.createdByStaffId,
      expires_at: t.expiresAt,
    })
    .execute();
}

export type TokenWithAccount = {
  id: string;
  purpose: AccountTokenPurpose;
  expires_at: Date;
  password_set_at: Date | null;
  used_at: Date | null;
  cancelled_at: Date | null;
  cancelled_reason: string | null;
  created_by_staff_id: string | null;
  account_id: string;
  username: string;
  kind: AccountKind;
  password_hash: string | null;
  totp_secret: string | null;
  disabled_at: Date | null;
  staff_name: string | null;
  organisation_name: string | null;
  person_name: string | null;
  preferred_name: string | null;
  inviter_name: string | null;
  inviter_organisation: string | null;
};

/** The token and the account it opens; `forUpdate` locks the token row so two steps cannot race. */
export async function findTokenByHash(db: Db | Tx, tokenHash: string, forUpdate = false): Promise<TokenWithAccount | undefined> {
  let q = db
    .selectFrom('account_tokens as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .leftJoin('staff as st', 'st.id', 'a.staff_id')
    .leftJoin('organisations as o', 'o.id', 'st.organisation_id')
    .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
    .leftJoin('staff as inv', 'inv.id', 't.created_by_staff_id')
    .leftJoin('organisations as io', 'io.id', 'inv.organisation_id')
    .select([
      't.id',
      't.purpose',
      't.expires_at',
      't.password_set_at',
      't.used_at',
      't.cancelled_at',
      't.cancelled_reason',
      't.created_by_staff_id',
      'a.id as account_id',
      'a.username',
      'a.kind',
      'a.password_hash',
      'a.totp_secret',
      'a.disabled_at',
      'st.full_name as staff_name',
      'o.name as organisation_name',
      'p.full_name as person_name',
      'p.preferred_name',
      'inv.full_name as inviter_name',
      'io.name as inviter_organisation',
    ])
    .where('t.token_hash', '=', tokenHash);
  if (forUpdate) q = q.forUpdate('t');
  return q.executeTakeFirst();
}

export async function markPasswordSet(tx: Tx, tokenId: string) {
  await tx.updateTable('account_tokens').set({ password_set_at: sql`now()` }).where('id', '=', tokenId).execute();
}

/** Marks the token used, once: false when it was already used or cancelled meanwhile. */
export async function markUsed(tx: Tx, tokenId: string): Promise<boolean> {
  const row = await tx
    .updateTable('account_tokens')
    .set({ used_at: sql`now()` })
    .where('id', '=', tokenId)
    .where('used_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
