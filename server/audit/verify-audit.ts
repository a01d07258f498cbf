// Walks every audit stream and reports the first broken link: an edited row, a missing (deleted)
// row, a row inserted that the chain does not account for, or rows cut off the end.
import { chainHash, GENESIS_HASH } from './audit-chain.ts';

export type AuditProblem = {
  stream: number;
  seq: number;
  kind: 'edited' | 'missing' | 'inserted' | 'tail_cut';
  message: string;
};

export type AuditVerification = { ok: boolean; streams: number; events: number; problems: AuditProblem[] };

type Row = {
  stream: number;
  seq: string | number;
  id: string;
  occurred_at: Date;
  action: string;
  outcome: string;
  actor_kind: string;
  actor_account_id: string | null;
  actor_staff_id: string | null;
  family_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
};

/** Anything that runs SQL text with parameters: a `pg` client, or the app's database through Kysely. */
export type SqlReader = { query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };

/** Checks every stream; each stream's first problem is listed (later rows depend on it). */
export async function verifyAuditLog(client: SqlReader, key: Buffer): Promise<AuditVerification> {
  const heads = await client.query<{ stream: number; seq: string | number; hash: string }>(
    'SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream',
  );
  const streamsWithEvents = await client.query<{ stream: number }>('SELECT DISTINCT stream FROM audit_events');
  const streams = new Set<number>([...heads.rows.map((h) => h.stream), ...streamsWithEvents.rows.map((r) => r.stream)]);
  const headOf = new Map(heads.rows.map((h) => [h.stream, { seq: Number(h.seq), hash: h.hash }]));
  const problems: AuditProblem[] = [];
  let events = 0;

  for (const stream of [...streams].sort((a, b) => a - b)) {
    const head = headOf.get(stream);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let problem: AuditProblem | undefined;
    // Read in pages so a verification of tens of millions of rows runs in bounded memory.
    let after = 0;
    for (;;) {
      const page = await client.query<Row>('SELECT * FROM audit_events WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT 5000', [
        stream,
        after,
      ]);
      for (const r of page.rows) {
        events++;
        const seq = Number(r.seq);
        after = seq;
        if (problem) continue;
        if (head && seq > head.seq) {
          problem = {
            stream,
            seq,
            kind: 'inserted',
            message: `Stream ${stream}: event ${seq} lies beyond the recorded end of the chain (${head.seq}); it was added outside the application.`,
          };
          continue;
        }
        if (!head) {
          problem = { stream, seq, kind: 'inserted', message: `Stream ${stream} has events but no recorded chain head.` };
          continue;
        }
        if (seq !== expectedSeq) {
          problem = {
            stream,
            seq: expectedSeq,
            kind: 'missing',
            message: `Stream ${stream}: event ${expectedSeq}${seq - 1 > expectedSeq ? `–${seq - 1}` : ''} is missing (deleted).`,
          };
          continue;
        }
        const recomputed = chainHash(key, {
          stream,
          seq,
          id: r.id,
          occurredAt: r.occurred_at,
          action: r.action,
          outcome: r.outcome,
          actorKind: r.actor_kind,
          actorAccountId: r.actor_account_id,
          actorStaffId: r.actor_staff_id,
          familyId: r.family_id,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          requestId: r.request_id,
          ip: r.ip,
          details: r.details,
          prevHash: r.prev_hash,
        });
        if (r.prev_hash !== prevHash || recomputed !== r.hash) {
          problem = {
            stream,
            seq,
            kind: recomputed !== r.hash ? 'edited' : 'inserted',
            message:
              recomputed !== r.hash
                ? `Stream ${stream}: event ${seq} has been changed since it was written (its hash does not match).`
                : `Stream ${stream}: event ${seq} does not follow event ${seq - 1} (the chain link is broken).`,
          };
          continue;
        }
        prevHash = r.hash;
        expectedSeq = seq + 1;
      }
      if (page.rows.length < 5000) break;
    }
    if (!problem && head && head.seq >= expectedSeq) {
      problem = {
        stream,
        seq: expectedSeq,
        kind: 'tail_cut',
        message: `Stream ${stream}: events ${expectedSeq}–${head.seq} have been cut off the end of the chain.`,
      };
    }
    if (!problem && head && head.seq === expectedSeq - 1 && head.hash !== prevHash) {
      problem = {
        stream,
        seq: head.seq,
        kind: 'edited',
        message: `Stream ${stream}: the last event does not match the recorded chain head.`,
      };
    }
    if (problem) problems.push(problem);
  }
  return { ok: problems.length === 0, streams: streams.size, events, problems };
}
