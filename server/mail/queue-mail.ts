// queueMail: a message joins the outbox in the caller's transaction, so nothing is sent for a change that rolled back.
import type { Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { MailKind } from '../db/schema.ts';
import { insertMail } from './outbox.repo.ts';

export type { MailKind };

const listeners = new Set<() => void>();

/** A dispatcher asks to hear of new messages, to send them soon after the transaction that queued them commits. */
export function onMailQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function queueMail(
  tx: Tx,
  input: { to: string; kind: MailKind; path: string | null; accountId: string | null },
): Promise<void> {
  await insertMail(tx, { id: newId(), to: input.to.trim(), kind: input.kind, path: input.path, accountId: input.accountId });
  for (const listener of listeners) listener();
}
