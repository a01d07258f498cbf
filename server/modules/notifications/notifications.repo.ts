// SQL for notifications: telling a family's people or workers something, and each person's own list.

import { MANAGER_NOTICE_URGENCY } from '../../../shared/domain/notifications.ts';
import type { Phrase } from '../../../shared/i18n/messages.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { NotificationKind } from '../../db/schema.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';
import { inReadingOrder } from './manager-notices.policy.ts';

/** The accounts of the parent the record is about (invited ones too: they read it when they join). */
export async function parentAccounts(tx: Tx, family: VisibleFamily) {
  const rows = await tx
    .selectFrom('accounts')
    .select('id')
    .where('family_id', '=', family.id)
    .where('kind', '=', 'parent')
    .where('disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * One notification of one kind and message to each of the given family accounts and workers. A family member reads it
 * in their own language, so what goes to a family account is a Phrase (a message id and its values); a plain string
 * (English) is for workers only: the overloads refuse a string with family accounts at compile time.
 */
export async function notifyFamily<K extends NotificationKind>(
  tx: Tx,
  family: VisibleFamily,
  kind: K,
  to: { accountIds: string[]; staffIds?: string[] },
  message: Phrase,
  makeId: () => string,
): Promise<void>;
export async function notifyFamily<K extends NotificationKind>(
  tx: Tx,
  family: VisibleFamily,
  kind: K,
  to: { accountIds?: never; staffIds: string[] },
  message: string | Phrase,
  makeId: () => string,
): Promise<void>;
export async function notifyFamily<K extends NotificationKind>(
  tx: Tx,
  family: VisibleFamily,
  kind: K,
  to: { accountIds?: string[]; staffIds?: string[] },
  message: string | Phrase,
  makeId: () => string,
): Promise<void> {
  const words = typeof message === 'string' ? { message, message_id: null, message_values: null } : phraseColumns(message);
  const rows = [
    ...(to.accountIds ?? []).map((id) => ({ recipient_account_id: id, recipient_staff_id: null })),
    ...(to.staffIds ?? []).map((id) => ({ recipient_account_id: null, recipient_staff_id: id })),
  ];
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(rows.map((r) => ({ ...r, id: makeId(), kind, family_id: family.id, entry_id: null, ...words, dedupe_key: null })))
    .execute();
}

/** How many notifications a list shows. */
const LIST_LIMIT = 100;

/**
 * A professional's notifications (by staff id) or a family member's (by account id), as they are read: unread manager
 * notices first, most urgent first (issue 18 §4), then everything else newest first. Two reads on the recipient's
 * index (the unread manager notices, and the newest), put in order by the pure rule.
 */
export async function listFor(db: Db, who: { staffId: string } | { accountId: string }) {
  const mine = () =>
    db
      .selectFrom('notifications')
      .select(['id', 'kind', 'message', 'message_id', 'message_values', 'family_id', 'entry_id', 'created_at', 'read_at'])
      .where('staffId' in who ? 'recipient_staff_id' : 'recipient_account_id', '=', 'staffId' in who ? who.staffId : who.accountId);
  const urgent =
    'staffId' in who
      ? await mine()
          .where('read_at', 'is', null)
          .where('kind', 'in', [...MANAGER_NOTICE_URGENCY])
          .orderBy('created_at', 'desc')
          .limit(LIST_LIMIT)
          .execute()
      : [];
  const newest = await mine().orderBy('created_at', 'desc').limit(LIST_LIMIT).execute();
  return inReadingOrder([...urgent, ...newest], LIST_LIMIT);
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
