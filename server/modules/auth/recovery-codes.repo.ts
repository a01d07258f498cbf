// SQL for recovery codes: ten at a time, stored hashed, each usable once.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';

/** Cancels the account's unused codes and stores the new set's hashes. */
export async function replaceRecoveryCodes(tx: Tx, accountId: string, hashes: string[]): Promise<void> {
  await cancelRecoveryCodes(tx, accountId);
  await tx
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ account_id: accountId, id: newId(), code_hash })))
    .execute();
}

export async function cancelRecoveryCodes(tx: Tx, accountId: string): Promise<void> {
  await tx
    .updateTable('recovery_codes')
    .set({ cancelled_at: sql`now()` })
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
}

/** Uses the code once, in one statement: of two requests with the same code, the second finds nothing to update. */
export async function spendRecoveryCode(tx: Tx, accountId: string, codeHash: string): Promise<boolean> {
  const row = await tx
    .updateTable('recovery_codes')
    .set({ used_at: sql`now()` })
    .where('account_id', '=', accountId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function countRecoveryCodes(db: Db | Tx, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
