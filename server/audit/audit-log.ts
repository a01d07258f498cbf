// Writes audit events, chained per stream so that concurrent requests append to different chains and do not
// queue on one lock: inside the caller's transaction for changes, by group commit for reads.
import { CompiledQuery, sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { Db, Tx } from '../db/database.ts';
import { THEN_COMMIT } from '../db/pipelined-pool.ts';
import { type AuditAction, checkAuditEvent } from './audit-actions.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';
import { writeCheckpoint } from './audit-checkpoint.ts';
import { type Checkpoint, type CheckpointReason, readLatestCheckpoint } from './audit-checkpoint-file.ts';
import { chained, columns, fieldsOf, type Head, manyColumns, manyRows, row, rowAfterSeq } from './audit-rows.ts';
import { type GroupCommit, groupCommit } from './group-commit.ts';
import { type AuditVerification, type CheckpointSummary, summariseCheckpoint, verifyAuditLog } from './verify-audit.ts';

/** Audit actions are named noun.verbed and listed, with their words and details, in audit-actions.ts. */
export type { AuditAction } from './audit-actions.ts';

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
  /**
   * Appends the event in `tx`; if it cannot be written the error rolls the whole action back.
   * `last`: the caller promises this is the transaction's last statement (withFamily does), so on a
   * server the COMMIT travels with it; if the stream's head had moved it fails with AuditHeadMoved, having
   * written nothing, and the caller runs its transaction again.
   */
  record(tx: Tx, event: AuditEvent, options?: { last?: boolean }): Promise<void>;
  /** For events with no other write to join (denials, failed sign-ins): its own short transaction. */
  recordAlone(db: Db, event: AuditEvent): Promise<void>;
  /**
   * For reads, which change nothing else: the event is appended together with other requests' read events
   * (group commit, one statement) and this resolves only once it is committed, so a caller that waits for it
   * before answering never shows anything whose reading is not on record. Rejects if it could not be written.
   */
  recordRead(db: Db, event: AuditEvent): Promise<void>;
  /**
   * Verifies every chain with this log's key, and compares the database with the checkpoints in the
   * checkpoint file (the information governance console's status).
   */
  verify(db: Db): Promise<AuditVerification>;
  /**
   * Appends a signed checkpoint of every stream head to the checkpoint file (audit-checkpoint.ts); null when
   * none is configured, or a periodic one found nothing new. Never on a request's path.
   */
  writeCheckpoint(db: Db, reason: CheckpointReason): Promise<Checkpoint | null>;
  /** The checkpoint file's last valid checkpoint; `configured` is false when this log has no checkpoint file. */
  latestCheckpoint(): Promise<{ configured: boolean; latest: CheckpointSummary | null }>;
};

const NOT_NULL_VIOLATION = '23502';

/** The head this process believed in had moved (another instance, a rolled-back transaction): run the transaction again. */
export class AuditHeadMoved extends Error {
  constructor() {
    super('The audit stream had moved on; the transaction is run again.');
  }
}

/** A Kysely database as the plain SQL reader the verifier and the checkpoint writer take. */
function sqlReaderOf(db: Db) {
  return {
    query: async <R>(text: string, values: unknown[] = []) => ({
      rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows as R[],
    }),
  };
}

/** `checkpointFile`: where checkpoints of the stream heads are appended, outside the database (see audit-checkpoint.ts). */
export function createAuditLog(options: { key: Buffer; streams: number; checkpointFile?: string }): AuditLog {
  // One stream per transaction: a transaction that wrote to two streams could deadlock with another.
  const streamOfTx = new WeakMap<Tx, number>();
  // The head each transaction left its stream at (it holds that head row locked until it ends).
  const headOfTx = new WeakMap<Tx, Head>();
  // The last head this process saw for each stream. Only a guess: another instance, or a transaction
  // that rolled back, may have moved the real head, so the append checks it in the database (below).
  const lastSeen = new Map<number, Head>();
  // When this process last found a stream's head moved by someone else (another instance, mostly). For a while after,
  // appends there read the head first instead of guessing: with several instances a guess is then usually stale, and a
  // stale guess on a transaction's last statement costs the whole transaction run again (BENCHMARKS.md "Two app
  // instances against one": most writes were, before this). One instance alone almost never misses, so it keeps guessing.
  const missedAt = new Map<number, number>();
  const MISS_MEMORY_MS = 10_000;
  const guessFor = (stream: number): Head | undefined => {
    const at = missedAt.get(stream);
    if (at !== undefined && Date.now() - at < MISS_MEMORY_MS) return undefined;
    return lastSeen.get(stream);
  };
  // Streams this process is appending to at this moment.
  const appending = new Set<number>();

  /**
   * A batch of events as one statement outside any transaction (a statement is atomic by itself): the head
   * steps over all of them only if it is still where we believe, and the rows go in only if it did.
   */
  async function appendManyAt(db: Db, events: AuditEvent[], stream: number, head: Head): Promise<Head | null> {
    const { rows, head: next } = chained(options.key, events, stream, head);
    const result = await sql`
      WITH stepped AS (
        UPDATE audit_stream_heads SET seq = ${next.seq}, hash = ${next.hash}
        WHERE stream = ${stream} AND seq = ${head.seq} AND hash = ${head.hash}
        RETURNING stream)
      INSERT INTO audit_events (${columns}) SELECT stepped.stream, ${manyColumns} FROM stepped, ${manyRows(rows)}`.execute(db);
    return Number(result.numAffectedRows ?? 0) === events.length ? next : null;
  }

  /** The batch when the head is not known: take the head (locking it), then append, in one transaction. */
  async function appendManyAfterReading(tx: Tx, events: AuditEvent[], stream: number): Promise<Head> {
    const step = () =>
      sql<{ seq: number; hash: string }>`
        UPDATE audit_stream_heads SET seq = seq + ${events.length} WHERE stream = ${stream} RETURNING seq, hash`.execute(tx);
    let stepped = await step();
    if (stepped.rows.length === 0) {
      await sql`INSERT INTO audit_stream_heads (stream, seq, hash) VALUES (${stream}, 0, ${GENESIS_HASH})
        ON CONFLICT (stream) DO NOTHING`.execute(tx);
      stepped = await step();
    }
    const taken = stepped.rows[0];
    if (!taken) throw new Error('The audit log could not be written.');
    const { rows, head } = chained(options.key, events, stream, { seq: Number(taken.seq) - events.length, hash: taken.hash });
    await sql`
      WITH appended AS (INSERT INTO audit_events (${columns}) SELECT ${stream}::int, ${manyColumns} FROM ${manyRows(rows)})
      UPDATE audit_stream_heads SET hash = ${head.hash} WHERE stream = ${stream}`.execute(tx);
    return head;
  }

  /** Not a stream another of this process's appends is using right now (its guess of the head would be stale). */
  function pickStream(): number {
    let stream = Math.floor(Math.random() * options.streams);
    for (let tries = 0; appending.has(stream) && tries < options.streams; tries++) stream = (stream + 1) % options.streams;
    return stream;
  }

  async function appendBatch(db: Db, events: AuditEvent[]): Promise<void> {
    const stream = pickStream();
    appending.add(stream);
    try {
      const guess = guessFor(stream);
      let head = guess ? await appendManyAt(db, events, stream, guess) : null;
      if (guess && !head) missedAt.set(stream, Date.now());
      head ??= await db.transaction().execute((tx) => appendManyAfterReading(tx, events, stream));
      lastSeen.set(stream, head);
    } catch (error) {
      lastSeen.delete(stream);
      throw error;
    } finally {
      appending.delete(stream);
    }
  }

  // One group commit per database handle (tests open several apps in one process).
  const readBatches = new WeakMap<Db, GroupCommit<AuditEvent>>();
  function recordRead(db: Db, event: AuditEvent): Promise<void> {
    try {
      checkAuditEvent(event.action, event.details);
    } catch (error) {
      return Promise.reject(error);
    }
    let batches = readBatches.get(db);
    if (!batches) {
      // Two batches in flight: one can be sent while the other waits for its commit to reach the disk.
      batches = groupCommit((events: AuditEvent[]) => appendBatch(db, events), { maxInFlight: 2, maxBatch: 256 });
      readBatches.set(db, batches);
    }
    return batches.add(event);
  }

  /**
   * One statement when the head is known: step the head only if it is still exactly where we believe
   * (same seq and hash; the UPDATE locks the row, and a concurrent appender's commit is re-checked),
   * and insert the row only if the step happened. Returns null, having written nothing, otherwise.
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

  /**
   * The same append, as the transaction's last statement: a wrong guess cannot simply write nothing (the
   * COMMIT is already on its way), so it fails instead. The head's seq becomes NULL if it is not where we
   * believe, and the row's stream and seq are NULL if there is no head row: either breaks a NOT NULL
   * constraint, the transaction is rolled back, and nothing is committed without its event.
   */
  async function appendLastAt(tx: Tx, event: AuditEvent, stream: number, head: Head): Promise<Head> {
    const f = fieldsOf(event, stream, head);
    const hash = chainHash(options.key, f);
    try {
      await sql`${sql.raw(THEN_COMMIT)}
        WITH stepped AS (
          UPDATE audit_stream_heads
          SET seq = CASE WHEN seq = ${head.seq}::bigint AND hash = ${head.hash}::text THEN ${f.seq}::bigint END, hash = ${hash}
          WHERE stream = ${stream}
          RETURNING stream, seq)
        INSERT INTO audit_events (${columns}) VALUES ((SELECT stream FROM stepped), (SELECT seq FROM stepped), ${rowAfterSeq(f, hash)})`.execute(
        tx,
      );
    } catch (error) {
      if ((error as { code?: string }).code === NOT_NULL_VIOLATION) {
        lastSeen.delete(stream);
        missedAt.set(stream, Date.now());
        throw new AuditHeadMoved();
      }
      throw error;
    }
    return { seq: f.seq, hash };
  }

  /** Two statements when the head is not known: take the head row (locking it until commit), then append. */
  async function appendAfterReading(tx: Tx, event: AuditEvent, stream: number, last: boolean): Promise<Head> {
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
    // The head row is locked by this transaction now, so this cannot miss: it may carry the COMMIT.
    await sql`${sql.raw(last ? THEN_COMMIT : '')}
      WITH appended AS (
        INSERT INTO audit_events (${columns}) VALUES (${row(f, hash)})
        RETURNING stream)
      UPDATE audit_stream_heads SET hash = ${hash} WHERE stream = (SELECT stream FROM appended)`.execute(tx);
    return { seq: f.seq, hash };
  }

  async function record(tx: Tx, event: AuditEvent, recordOptions: { last?: boolean } = {}): Promise<void> {
    // Only catalogue actions, with details of their listed shape, are written (checked at run time too:
    // the action may arrive as a string from a caller's own type).
    checkAuditEvent(event.action, event.details);
    const last = recordOptions.last === true;
    let stream = streamOfTx.get(tx);
    if (stream === undefined) {
      stream = pickStream();
      streamOfTx.set(tx, stream);
    }
    appending.add(stream);
    try {
      // This transaction's own head cannot have moved (it holds the lock); the last one seen usually has not.
      const own = headOfTx.get(tx);
      const guess = own ?? guessFor(stream);
      let head: Head | null;
      if (guess && last) head = await appendLastAt(tx, event, stream, guess);
      else head = guess ? await appendAt(tx, event, stream, guess) : null;
      if (!head && own) throw new Error('The audit log could not be written: its stream head moved under a lock.');
      if (!head && guess) missedAt.set(stream, Date.now());
      head ??= await appendAfterReading(tx, event, stream, last);
      headOfTx.set(tx, head);
      lastSeen.set(stream, head);
    } finally {
      appending.delete(stream);
    }
  }

  return {
    record,
    recordAlone: (db, event) => db.transaction().execute((tx) => record(tx, event)),
    recordRead,
    verify: (db) => verifyAuditLog(sqlReaderOf(db), options.key, { checkpointFile: options.checkpointFile }),
    writeCheckpoint: async (db, reason) =>
      options.checkpointFile ? writeCheckpoint({ db: sqlReaderOf(db), key: options.key, file: options.checkpointFile, reason }) : null,
    latestCheckpoint: async () => {
      if (!options.checkpointFile) return { configured: false, latest: null };
      const latest = await readLatestCheckpoint(options.checkpointFile, options.key);
      return { configured: true, latest: latest && summariseCheckpoint(latest) };
    },
  };
}
