// SQL for a professional's own notifications.
import type { Db } from '../../db/database.ts';

/** A professional's notifications (by staff id) or a family member's (by account id). */
export async function listFor(db: Db, who: { staffId: string } | { accountId: string }) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'message', 'family_id', 'entry_id', 'created_at', 'read_at'])
    .where('staffId' in who ? 'recipient_staff_id' : 'recipient_account_id', '=', 'staffId' in who ? who.staffId : who.accountId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}

export async function markRead(db: Db, who: { staffId: string } | { accountId: string }, id: string) {
  const r = await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('staffId' in who ? 'recipient_staff_id' : 'recipient_account_id', '=', 'staffId' in who ? who.staffId : who.accountId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
