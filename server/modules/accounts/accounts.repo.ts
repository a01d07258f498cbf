// SQL for an account's own settings: username, password and authenticator at welcome or later, and the mail choice.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';

/** Whether another account already has this username (any case). */
export async function usernameTaken(tx: Tx, username: string, exceptAccountId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('accounts')
    .select('id')
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .where('id', '<>', exceptAccountId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setUsernameAndPassword(tx: Tx, accountId: string, username: string, passwordHash: string) {
  await tx.updateTable('accounts').set({ username, password_hash: passwordHash }).where('id', '=', accountId).execute();
}

export async function setPendingSecret(tx: Tx, accountId: string, secret: string) {
  await tx.updateTable('accounts').set({ totp_pending_secret: secret }).where('id', '=', accountId).execute();
}

export async function findPendingSecret(tx: Tx, accountId: string): Promise<string | null> {
  const row = await tx.selectFrom('accounts').select('totp_pending_secret').where('id', '=', accountId).executeTakeFirst();
  return row?.totp_pending_secret ?? null;
}

/** The confirmed secret becomes the account's second factor; the step of its first code counts as used. */
export async function confirmPendingSecret(tx: Tx, accountId: string, secret: string, step: number) {
  await tx
    .updateTable('accounts')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_last_step: step })
    .where('id', '=', accountId)
    .execute();
}

/** The person's choice about "something new" mail, its version, and the address it would go to. */
export async function findMailChoice(db: Db | Tx, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['email', 'mail_something_new', 'settings_version'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

/** One conditional UPDATE: the new version, or undefined when the version read is no longer the account's (stale). */
export async function saveMailChoice(tx: Tx, accountId: string, version: number, mailSomethingNew: boolean): Promise<number | undefined> {
  const row = await tx
    .updateTable('accounts')
    .set({ mail_something_new: mailSomethingNew, settings_version: sql`settings_version + 1` })
    .where('id', '=', accountId)
    .where('settings_version', '=', version)
    .returning('settings_version')
    .executeTakeFirst();
  return row?.settings_version;
}

/** The account's second factor, the row locked: two set-ups or removals at once happen one after the other. */
export async function lockSecondFactor(tx: Tx, accountId: string) {
  return tx
    .selectFrom('accounts')
    .select(['username', 'totp_secret', 'totp_pending_secret'])
    .where('id', '=', accountId)
    .forUpdate()
    .executeTakeFirst();
}

/** The authenticator app is no longer asked for at sign-in; a set-up shown and not confirmed goes too. */
export async function removeSecondFactor(tx: Tx, accountId: string) {
  await tx.updateTable('accounts').set({ totp_secret: null, totp_pending_secret: null }).where('id', '=', accountId).execute();
}
