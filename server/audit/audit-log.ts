// Writes audit events inside the caller's transaction, chained per stream so that concurrent
// requests append to different chains and do not queue on one lock.
import { CompiledQuery, sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { actorIds } from '../access/actor.ts';
import type { Db, Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';
import { type AuditVerification, verifyAuditLog } from './verify-audit.ts';

/** Audit actions are named noun.verbed (session.signed_in, family.viewed, entry.created, …). */
export type AuditAction = `${string}.${string}`;

export type AuditEvent = {
  action: AuditAction;
  outcome: 'allowed' | 'denied' | 'failed';
  actor: Actor;
  familyId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  requestId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

export type AuditLog = {
  /** Appends the event in `tx`; if it cannot be written the error rolls the whole action back. */
  record(tx: Tx, event: AuditEvent): Promise<void>;
  /** For events with no other write to join (denials, failed sign-ins): its own short transaction. */
  recordAlone(db: Db, event: AuditEvent): Promise<void>;
  /** Verifies every chain with this log's key (the information governance console's status). */
  verify(db: Db): Promise<AuditVerification>;
};

export function createAuditLog(options: { key: Buffer; streams: number }): AuditLog {
  // One stream per transaction: a transaction that wrote to two streams could deadlock with another.
  const streamOfTx = new WeakMap<Tx, number>();

  async function record(tx: Tx, event: AuditEvent): Promise<void> {
    let stream = streamOfTx.get(tx);
    if (stream === undefined) {
      stream = Math.floor(Math.random() * options.streams);
      streamOfTx.set(tx, stream);
    }
    // Take the stream's head row (locking it until commit) and step its sequence number.
    let head = await sql<{ seq: number; hash: string }>`
      UPDATE audit_stream_heads SET seq = seq + 1 WHERE stream = ${stream} RETURNING seq, hash`.execute(tx);
    if (head.rows.length === 0) {
      await sql`INSERT INTO audit_stream_heads (stream, seq, hash) VALUES (${stream}, 0, ${GENESIS_HASH})
        ON CONFLICT (stream) DO NOTHING`.execute(tx);
      head = await sql<{ seq: number; hash: string }>`
        UPDATE audit_stream_heads SET seq = seq + 1 WHERE stream = ${stream} RETURNING seq, hash`.execute(tx);
    }
    const row = head.rows[0];
    if (!row) throw new Error('The audit log could not be written.');
    const ids = actorIds(event.actor);
    const fields = {
      stream,
      seq: Number(row.seq),
      id: newId(),
      occurredAt: new Date(),
      action: event.action,
      outcome: event.outcome,
      actorKind: event.actor.kind,
      actorAccountId: ids.accountId,
      actorStaffId: ids.staffId,
      familyId: event.familyId ?? null,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      requestId: event.requestId ?? null,
      ip: event.ip ?? null,
      details: event.details ?? {},
      prevHash: row.hash,
    };
    const hash = chainHash(options.key, fields);
    await sql`
      WITH appended AS (
        INSERT INTO audit_events (stream, seq, id, occurred_at, action, outcome, actor_kind, actor_account_id,
          actor_staff_id, family_id, subject_type, subject_id, request_id, ip, details, prev_hash, hash)
        VALUES (${fields.stream}, ${fields.seq}, ${fields.id}, ${fields.occurredAt}, ${fields.action}, ${fields.outcome},
          ${fields.actorKind}, ${fields.actorAccountId}, ${fields.actorStaffId}, ${fields.familyId}, ${fields.subjectType},
          ${fields.subjectId}, ${fields.requestId}, ${fields.ip}, ${JSON.stringify(fields.details)}::jsonb,
          ${fields.prevHash}, ${hash})
        RETURNING stream)
      UPDATE audit_stream_heads SET hash = ${hash} WHERE stream = (SELECT stream FROM appended)`.execute(tx);
  }

  return {
    record,
    recordAlone: (db, event) => db.transaction().execute((tx) => record(tx, event)),
    verify: (db) =>
      verifyAuditLog(
        {
          query: async <R>(text: string, values: unknown[] = []) => ({
            rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows as R[],
          }),
        },
        options.key,
      ),
  };
}
