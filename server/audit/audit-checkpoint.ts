// Anchors the audit log outside the database: a signed checkpoint of every stream head, appended to a file at start,
// every few minutes and at a clean stop, and the comparison of the database with what checkpoints recorded.
import os from 'node:os';
import { ConfigError } from '../config-messages.ts';
import type { CheckpointBreak, CheckpointReason, CheckpointScan } from './audit-checkpoint-file.ts';
import { appendCheckpointLine, type Checkpoint, checkpointLine, readLatestCheckpoint } from './audit-checkpoint-file.ts';

/** Anything that runs SQL text with parameters: a `pg` client, or the app's database through Kysely. */
export type SqlReader = { query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };

type Anchor = CheckpointScan['anchor'];
type Most = CheckpointScan['most'];

/** "2026-05-01 14:05 UTC": when a checkpoint was written, in words an information governance lead reads. */
export const whenWritten = (at: string) => `${at.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The heads now, and the hash of the row at each anchored place, in one statement (one snapshot of the
 * database). Heads are read after the checkpoints were, so events since are simply further on.
 */
async function readHeads(client: SqlReader, anchor: Anchor) {
  const anchored = [...anchor.entries()];
  const result = await client.query<{ kind: 'head' | 'row'; stream: number; seq: string | number; hash: string | null }>(
    `SELECT 'head' AS kind, stream, seq, hash FROM audit_stream_heads
     UNION ALL
     SELECT 'row', a.stream, a.seq, e.hash
     FROM unnest($1::int[], $2::bigint[]) AS a(stream, seq)
     LEFT JOIN audit_events e ON e.stream = a.stream AND e.seq = a.seq`,
    [anchored.map(([stream]) => stream), anchored.map(([, a]) => a.seq)],
  );
  const heads = new Map<number, { seq: number; hash: string }>();
  const rows = new Map<number, string | null>();
  for (const r of result.rows) {
    if (r.kind === 'head') heads.set(r.stream, { seq: Number(r.seq), hash: r.hash ?? '' });
    else rows.set(r.stream, r.hash);
  }
  return { heads, rows };
}

/** What is no longer in the database that checkpoints recorded: gone chains, chains cut back, fewer events in all. */
export async function compareWithCheckpoints(client: SqlReader, anchor: Anchor, most: Most) {
  const { heads, rows } = await readHeads(client, anchor);
  const problems: CheckpointBreak[] = [];
  for (const [stream, a] of [...anchor.entries()].sort(([x], [y]) => x - y)) {
    const head = heads.get(stream);
    const row = rows.get(stream) ?? null;
    const when = whenWritten(a.at);
    if (!head && row === a.hash) continue; // the chain is there without its head: the chain check reports that
    if (!head) {
      problems.push({
        stream,
        seq: null,
        kind: 'stream_missing',
        message: `Chain ${stream} is gone: the checkpoint of ${when} recorded ${a.seq} events in it, and the database no longer has the chain.`,
      });
    } else if (head.seq < a.seq) {
      problems.push({
        stream,
        seq: head.seq + 1,
        kind: 'rewound',
        message: `Chain ${stream} has been cut back: the checkpoint of ${when} recorded ${a.seq} events in it, and the database now ends at event ${head.seq}. Events ${head.seq + 1}–${a.seq} were deleted.`,
      });
    } else if (row === null) {
      problems.push({
        stream,
        seq: a.seq,
        kind: 'rewound',
        message: `Chain ${stream}: event ${a.seq}, which the checkpoint of ${when} recorded, is missing.`,
      });
    } else if (row !== a.hash) {
      problems.push({
        stream,
        seq: a.seq,
        kind: 'rewound',
        message: `Chain ${stream}: event ${a.seq} is not the event the checkpoint of ${when} recorded; the chain was cut back and written again from an earlier point.`,
      });
    }
  }
  let events = 0;
  for (const head of heads.values()) events += head.seq;
  if (most && (events < most.events || heads.size < most.streams)) {
    const then = `the checkpoint of ${whenWritten(most.at)} recorded ${most.events} events in ${most.streams} chains`;
    problems.push({
      stream: null,
      seq: null,
      kind: 'truncated',
      message:
        events === 0
          ? `The audit log has been emptied: ${then}, and the database now records none.`
          : `The audit log is shorter than it was: ${then}, and the database now records ${events} events in ${heads.size} chains.`,
    });
  }
  return { problems, heads, events };
}

/** The checkpoint file cannot be created or appended to: start-up stops, saying which setting to change. */
export class CheckpointFileUnwritable extends ConfigError {
  constructor(file: string, code: string) {
    super(
      `Umbrella cannot start: it cannot write the audit checkpoint file ${file} (${code}). Set AUDIT_CHECKPOINT_FILE to a file this process may create and append to.`,
    );
  }
}

const UNCHANGED_RESEND_MS = 60 * 60_000;

/**
 * Writes a checkpoint: every stream head now, compared with the file's last valid checkpoint (whatever is
 * missing since is signed into the line, so a later checkpoint of a cut-back log cannot hide the cut). A periodic
 * checkpoint whose heads have not moved is skipped unless the last one is an hour old. Returns what was written.
 */
export async function writeCheckpoint(options: {
  db: SqlReader;
  key: Buffer;
  file: string;
  reason: CheckpointReason;
  now?: () => Date;
}): Promise<Checkpoint | null> {
  const previous = (await readLatestCheckpoint(options.file, options.key))?.checkpoint ?? null;
  const anchor: Anchor = new Map(previous?.heads.map(([stream, seq, hash]) => [stream, { seq, hash, at: previous.at }]) ?? []);
  const most = previous && { events: previous.events, streams: previous.streams, at: previous.at };
  const { problems, heads, events } = await compareWithCheckpoints(options.db, anchor, most);
  const now = options.now?.() ?? new Date();
  const list = [...heads.entries()].sort(([a], [b]) => a - b).map(([stream, h]): [number, number, string] => [stream, h.seq, h.hash]);
  const unchanged = previous !== null && JSON.stringify(previous.heads) === JSON.stringify(list);
  if (
    options.reason === 'interval' &&
    unchanged &&
    problems.length === 0 &&
    now.getTime() - Date.parse(previous.at) < UNCHANGED_RESEND_MS
  ) {
    return null;
  }
  const body = {
    v: 1 as const,
    at: now.toISOString(),
    reason: options.reason,
    by: `${os.hostname()}:${process.pid}`,
    heads: list,
    streams: list.length,
    events,
    after: previous?.sig ?? null,
    breaks: problems,
  };
  const line = checkpointLine(options.key, body);
  await appendCheckpointLine(options.file, line);
  return JSON.parse(line) as Checkpoint;
}
