// SQL for a professional's own notifications.
import type { Db } from '../../db/database.ts';

export async function listFor(db: Db, staffId: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'message', 'family_id', 'entry_id', 'created_at', 'read_at'])
    .where('recipient_staff_id', '=', staffId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}

export async function markRead(db: Db, staffId: string, id: string) {
  const r = await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('recipient_staff_id', '=', staffId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
