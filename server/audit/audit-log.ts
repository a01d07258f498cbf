// Writes audit events inside the caller's transaction, chained per stream so that concurrent
// requests append to different chains and do not queue on one lock.
import { CompiledQuery, sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { actorIds } from '../access/actor.ts';
import type { Db, Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { type ChainedFields, chainHash, GENESIS_HASH } from './audit-chain.ts';
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

type Head = { seq: number; hash: string };

export function createAuditLog(options: { key: Buffer; streams: number }): AuditLog {
  // One stream per transaction: a transaction that wrote to two streams could deadlock with another.
  const streamOfTx = new WeakMap<Tx, number>();
  // The head each transaction left its stream at (it holds that head row locked until it ends).
  const headOfTx = new WeakMap<Tx, Head>();
  // The last head this process saw for each stream. Only a guess: another instance, or a transaction
  // that rolled back, may have moved the real head, so the append checks it in the database (below).
  const lastSeen = new Map<number, Head>();

  function fieldsOf(event: AuditEvent, stream: number, head: Head): ChainedFields {
    const ids = actorIds(event.actor);
    return {
      stream,
      seq: head.seq + 1,
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
      prevHash: head.hash,
    };
  }

  const columns = sql`stream, seq, id, occurred_at, action, outcome, actor_kind, actor_account_id,
    actor_staff_id, family_id, subject_type, subject_id, request_id, ip, details, prev_hash, hash`;
  // Typed, because parameters in a SELECT list (unlike VALUES) do not take the column's type.
  const row = (f: ChainedFields, hash: string) => sql`${f.stream}::int, ${f.seq}::bigint, ${f.id}::uuid,
    ${f.occurredAt}::timestamptz, ${f.action}::text, ${f.outcome}::text, ${f.actorKind}::text, ${f.actorAccountId}::uuid,
    ${f.actorStaffId}::uuid, ${f.familyId}::uuid, ${f.subjectType}::text, ${f.subjectId}::text, ${f.requestId}::text,
    ${f.ip}::text, ${JSON.stringify(f.details)}::jsonb, ${f.prevHash}::text, ${hash}::text`;

  /**
   * One statement when the head is known: step the head only if it is still exactly where we believe
   * (same seq and hash; the UPDATE locks the row, and a concurrent appender's commit is re-checked),
   * and insert the row only if the step happened. Returns false, having written nothing, otherwise.
   */
  async function appendAt(tx: Tx, event: AuditEvent, stream: number, head: Head): Promise<Head | null> {
    const f = fieldsOf(event, stream, head);
    const hash = chainHash(options.key, f);
    const result = await sql`
      WITH stepped AS (
        UPDATE audit_stream_heads SET seq = ${f.seq}, hash = ${hash}
        WHERE stream = ${stream} AND seq = ${head.seq} AND hash = ${head.hash}
        RETURNING stream)
      INSERT INTO audit_events (${columns}) SELECT ${row(f, hash)} FROM stepped`.execute(tx);
    return Number(result.numAffectedRows ?? 0) === 1 ? { seq: f.seq, hash } : null;
  }

  /** Two statements when the head is not known: take the head row (locking it until commit), then append. */
  async function appendAfterReading(tx: Tx, event: AuditEvent, stream: number): Promise<Head> {
    let stepped = await sql<{ seq: number; hash: string }>`
      UPDATE audit_stream_heads SET seq = seq + 1 WHERE stream = ${stream} RETURNING seq, hash`.execute(tx);
    if (stepped.rows.length === 0) {
      await sql`INSERT INTO audit_stream_heads (stream, seq, hash) VALUES (${stream}, 0, ${GENESIS_HASH})
        ON CONFLICT (stream) DO NOTHING`.execute(tx);
      stepped = await sql<{ seq: number; hash: string }>`
        UPDATE audit_stream_heads SET seq = seq + 1 WHERE stream = ${stream} RETURNING seq, hash`.execute(tx);
    }
    const taken = stepped.rows[0];
    if (!taken) throw new Error('The audit log could not be written.');
    const f = fieldsOf(event, stream, { seq: Number(taken.seq) - 1, hash: taken.hash });
    const hash = chainHash(options.key, f);
    await sql`
      WITH appended AS (
        INSERT INTO audit_events (${columns}) VALUES (${row(f, hash)})
        RETURNING stream)
      UPDATE audit_stream_heads SET hash = ${hash} WHERE stream = (SELECT stream FROM appended)`.execute(tx);
    return { seq: f.seq, hash };
  }

  async function record(tx: Tx, event: AuditEvent): Promise<void> {
    let stream = streamOfTx.get(tx);
    if (stream === undefined) {
      stream = Math.floor(Math.random() * options.streams);
      streamOfTx.set(tx, stream);
    }
    // This transaction's own head cannot have moved (it holds the lock); the last one seen usually has not.
    const own = headOfTx.get(tx);
    const guess = own ?? lastSeen.get(stream);
    let head = guess ? await appendAt(tx, event, stream, guess) : null;
    if (!head && own) throw new Error('The audit log could not be written: its stream head moved under a lock.');
    head ??= await appendAfterReading(tx, event, stream);
    headOfTx.set(tx, head);
    lastSeen.set(stream, head);
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
