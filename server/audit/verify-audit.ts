// Walks every audit stream and reports the first broken link: an edited row, a missing (deleted)
// row, a row inserted that the chain does not account for, or rows cut off the end. Then compares the
// database with the checkpoints kept outside it: chains gone, chains cut back, fewer events in all.
import path from 'node:path';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';
import { compareWithCheckpoints, type SqlReader, whenWritten } from './audit-checkpoint.ts';
import { type Checkpoint, type CheckpointScan, scanCheckpoints } from './audit-checkpoint-file.ts';

export type { SqlReader } from './audit-checkpoint.ts';

export type AuditProblem = {
  /** The chain and event, when the problem is at one place (a checkpoint file's problems, or missing totals, are not). */
  stream: number | null;
  seq: number | null;
  kind: 'edited' | 'missing' | 'inserted' | 'tail_cut' | 'stream_missing' | 'rewound' | 'truncated' | 'checkpoint_tampered';
  message: string;
};

/** The latest checkpoint, as the governance console shows it: enough for a person to keep and compare. */
export type CheckpointSummary = {
  at: string;
  reason: Checkpoint['reason'];
  streams: number;
  events: number;
  /** The first 16 characters of its signature. */
  signature: string;
  /** The whole signed line, to keep a copy. */
  line: string;
};

export type AuditVerification = {
  ok: boolean;
  streams: number;
  events: number;
  problems: AuditProblem[];
  /** What the database was compared with outside itself: null when no checkpoint file is configured. */
  checkpoints: { lines: number; latest: CheckpointSummary | null } | null;
};

export function summariseCheckpoint(latest: { checkpoint: Checkpoint; line: string }): CheckpointSummary {
  const c = latest.checkpoint;
  return { at: c.at, reason: c.reason, streams: c.streams, events: c.events, signature: c.sig.slice(0, 16), line: latest.line };
}

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

/**
 * Checks every stream; each stream's first problem is listed (later rows depend on it). With a checkpoint file
 * (and any copies kept elsewhere), also what the checkpoints recorded that the database no longer holds, and
 * any line of the file whose signature fails. Events written after a checkpoint are simply further on.
 */
export async function verifyAuditLog(
  client: SqlReader,
  key: Buffer,
  options: { checkpointFile?: string; keptCopies?: string[] } = {},
): Promise<AuditVerification> {
  // The checkpoints first: the database read afterwards can only be further on than they are.
  const scan = options.checkpointFile ? await scanCheckpoints([options.checkpointFile, ...(options.keptCopies ?? [])], key) : null;
  const chains = await verifyChains(client, key);
  const problems = [...chains.problems];
  if (scan) problems.push(...(await checkpointProblems(client, scan)));
  return {
    ok: problems.length === 0,
    streams: chains.streams,
    events: chains.events,
    problems,
    checkpoints: scan && { lines: scan.lines, latest: scan.latest && summariseCheckpoint(scan.latest) },
  };
}

async function checkpointProblems(client: SqlReader, scan: CheckpointScan): Promise<AuditProblem[]> {
  const problems: AuditProblem[] = (await compareWithCheckpoints(client, scan.anchor, scan.most)).problems;
  for (const { at, problem } of scan.recorded) {
    problems.push({ ...problem, message: `Found when the checkpoint of ${whenWritten(at)} was written: ${problem.message}` });
  }
  for (const bad of scan.bad) {
    problems.push({
      stream: null,
      seq: null,
      kind: 'checkpoint_tampered',
      message:
        bad.reason === 'tampered'
          ? `Line ${bad.line} of the checkpoint file ${path.basename(bad.file)} has been changed since it was written (its signature does not match).`
          : `Line ${bad.line} of the checkpoint file ${path.basename(bad.file)} cannot be read: it is damaged, or was changed.`,
    });
  }
  return problems;
}

type Head = { seq: number; hash: string };

async function verifyChains(client: SqlReader, key: Buffer) {
  const heads = await client.query<{ stream: number; seq: string | number; hash: string }>(
    'SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream',
  );
  // The streams that have events, by skipping through the primary key (one short lookup per stream), not by reading
  // every row in one statement, which on a large log would outlast the statement timeout.
  const streamsWithEvents = await client.query<{ stream: number }>(
    `WITH RECURSIVE s(stream) AS (
       SELECT min(stream) FROM audit_events
       UNION ALL
       SELECT (SELECT min(e.stream) FROM audit_events e WHERE e.stream > s.stream) FROM s WHERE s.stream IS NOT NULL)
     SELECT stream FROM s WHERE stream IS NOT NULL`,
  );
  const streams = new Set<number>([...heads.rows.map((h) => h.stream), ...streamsWithEvents.rows.map((r) => r.stream)]);
  const headOf = new Map<number, Head>(heads.rows.map((h) => [h.stream, { seq: Number(h.seq), hash: h.hash }]));
  /** The stream's head now: on a running system events are appended while the verification reads. */
  const headNow = async (stream: number): Promise<Head | undefined> => {
    const r = await client.query<{ seq: string | number; hash: string }>('SELECT seq, hash FROM audit_stream_heads WHERE stream = $1', [
      stream,
    ]);
    return r.rows[0] && { seq: Number(r.rows[0].seq), hash: r.rows[0].hash };
  };
  const problems: AuditProblem[] = [];
  let events = 0;

  for (const stream of [...streams].sort((a, b) => a - b)) {
    let head = headOf.get(stream);
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
      // A row beyond the head read at the start may just be newer: the head is read again before it is called inserted.
      let headMoved = false;
      for (const r of page.rows) {
        events++;
        const seq = Number(r.seq);
        after = seq;
        if (problem) continue;
        if (!head || seq > head.seq) {
          const now = await headNow(stream);
          if (now && now.seq >= seq) {
            head = now;
            headMoved = true;
          }
        }
        if (head && seq > head.seq) {
          problem = {
            stream,
            seq,
            kind: 'inserted',
            message: `Chain ${stream}: event ${seq} lies beyond the recorded end of the chain (${head.seq}); it was added outside the application.`,
          };
          continue;
        }
        if (!head) {
          problem = { stream, seq, kind: 'inserted', message: `Chain ${stream} has events but no recorded chain head.` };
          continue;
        }
        if (seq !== expectedSeq) {
          problem = {
            stream,
            seq: expectedSeq,
            kind: 'missing',
            message: `Chain ${stream}: event ${expectedSeq}${seq - 1 > expectedSeq ? `–${seq - 1}` : ''} is missing (deleted).`,
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
                ? `Chain ${stream}: event ${seq} has been changed since it was written (its hash does not match).`
                : `Chain ${stream}: event ${seq} does not follow event ${seq - 1} (the chain link is broken).`,
          };
          continue;
        }
        prevHash = r.hash;
        expectedSeq = seq + 1;
      }
      // A head read again may be ahead of this page, which was read before it: read on from here once more.
      if (page.rows.length < 5000 && !headMoved) break;
    }
    if (!problem && head && head.seq >= expectedSeq) {
      problem = {
        stream,
        seq: expectedSeq,
        kind: 'tail_cut',
        message: `Chain ${stream}: events ${expectedSeq}–${head.seq} have been cut off the end of the chain.`,
      };
    }
    if (!problem && head && head.seq === expectedSeq - 1 && head.hash !== prevHash) {
      problem = {
        stream,
        seq: head.seq,
        kind: 'edited',
        message: `Chain ${stream}: the last event does not match the recorded chain head.`,
      };
    }
    if (problem) problems.push(problem);
  }
  return { streams: streams.size, events, problems };
}
