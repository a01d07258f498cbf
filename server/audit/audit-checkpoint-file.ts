// The audit checkpoint file: one signed JSON line per checkpoint of every stream head, appended outside the
// database (a file the database's administrators cannot rewrite), read back by the writer and the verifier.
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { canonicalJson } from './audit-chain.ts';

/** A problem the writer found when it compared the database with the checkpoint before (kept, signed, in the line). */
export const CheckpointBreak = z.strictObject({
  stream: z.number().int().nullable(),
  seq: z.number().int().nullable(),
  kind: z.enum(['stream_missing', 'rewound', 'truncated']),
  message: z.string(),
});
export type CheckpointBreak = z.infer<typeof CheckpointBreak>;

const Line = z.strictObject({
  v: z.literal(1),
  at: z.iso.datetime(),
  reason: z.enum(['start', 'interval', 'shutdown', 'manual']),
  /** Which process wrote it: host name and process id. */
  by: z.string(),
  /** Every stream head: [stream, seq, hash], by stream. */
  heads: z.array(z.tuple([z.number().int(), z.number().int(), z.string()])),
  streams: z.number().int(),
  events: z.number().int(),
  /** The signature of the checkpoint this one was compared with (null for the first). */
  after: z.string().nullable(),
  breaks: z.array(CheckpointBreak),
  sig: z.string(),
});
export type Checkpoint = z.infer<typeof Line>;
export type CheckpointReason = Checkpoint['reason'];
export type CheckpointBody = Omit<Checkpoint, 'sig'>;

/** HMAC-SHA256 with the audit key, over the line's fields in a fixed order (and a label: never equal to a row hash). */
export function signCheckpoint(key: Buffer, body: CheckpointBody): string {
  return createHmac('sha256', key)
    .update(`umbrella-audit-checkpoint\n${canonicalJson(body)}`)
    .digest('hex');
}

export function checkpointLine(key: Buffer, body: CheckpointBody): string {
  return JSON.stringify({ ...body, sig: signCheckpoint(key, body) });
}

export type ParsedLine = { ok: true; checkpoint: Checkpoint; line: string } | { ok: false; reason: 'unreadable' | 'tampered' };

export function parseCheckpointLine(key: Buffer, line: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const parsed = Line.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'tampered' };
  const { sig, ...body } = parsed.data;
  const expected = Buffer.from(signCheckpoint(key, body), 'hex');
  const given = Buffer.from(sig, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'tampered' };
  return { ok: true, checkpoint: parsed.data, line };
}

/**
 * Appends one line with a single write to a file opened with O_APPEND, then flushes it to the disk: several
 * instances (or processes) may append to one file at once and each line stays whole.
 */
export async function appendCheckpointLine(file: string, line: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.promises.open(file, 'a', 0o600);
  try {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    const { bytesWritten } = await handle.write(bytes, 0, bytes.length);
    if (bytesWritten !== bytes.length) throw new Error(`Only part of the audit checkpoint could be written to ${file}.`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The last line of the file whose signature holds, read from the end (the writer needs only this). */
export async function readLatestCheckpoint(file: string, key: Buffer): Promise<{ checkpoint: Checkpoint; line: string } | null> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    let end = (await handle.stat()).size;
    let tail = Buffer.alloc(0);
    while (end > 0) {
      const size = Math.min(65_536, end);
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, end - size);
      end -= size;
      tail = Buffer.concat([chunk, tail]);
      // Complete lines only, cut at a newline byte (never inside a character): until the file's start is reached,
      // what comes before the first newline may be the end of a line that begins in an earlier chunk.
      const firstNewline = end === 0 ? -1 : tail.indexOf(0x0a);
      if (end > 0 && firstNewline === -1) continue;
      const complete = tail
        .subarray(firstNewline + 1)
        .toString('utf8')
        .split('\n');
      for (let i = complete.length - 1; i >= 0; i--) {
        const text = complete[i]?.trim();
        if (!text) continue;
        const parsed = parseCheckpointLine(key, text);
        if (parsed.ok) return { checkpoint: parsed.checkpoint, line: parsed.line };
      }
      // None valid: keep only the piece before the first newline and read further back.
      tail = tail.subarray(0, Math.max(firstNewline, 0));
    }
    return null;
  } finally {
    await handle.close();
  }
}

export type CheckpointScan = {
  /** Lines read in all the files, and those that failed their signature or could not be read. */
  lines: number;
  bad: { file: string; line: number; reason: 'unreadable' | 'tampered' }[];
  /** The last valid line of the first file (the checkpoint file itself), as written. */
  latest: { checkpoint: Checkpoint; line: string } | null;
  /** For each stream the highest head any valid checkpoint recorded (heads only move forward), and when. */
  anchor: Map<number, { seq: number; hash: string; at: string }>;
  /** The valid checkpoint that recorded the most events: its totals and time. */
  most: { events: number; streams: number; at: string } | null;
  /** Problems writers found and signed into their lines. */
  recorded: { at: string; problem: CheckpointBreak }[];
};

/**
 * Reads every line of the checkpoint file, then of any copies kept elsewhere (an information governance lead's
 * saved checkpoint), streamed: the file grows by a line every few minutes for years. A missing file is empty.
 */
export async function scanCheckpoints(files: string[], key: Buffer): Promise<CheckpointScan> {
  const scan: CheckpointScan = { lines: 0, bad: [], latest: null, anchor: new Map(), most: null, recorded: [] };
  for (const [index, file] of files.entries()) {
    if (!fs.existsSync(file)) continue;
    const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const raw of lines) {
      n++;
      const text = raw.trim();
      if (!text) continue;
      scan.lines++;
      const parsed = parseCheckpointLine(key, text);
      if (!parsed.ok) {
        scan.bad.push({ file, line: n, reason: parsed.reason });
        continue;
      }
      const c = parsed.checkpoint;
      if (index === 0) scan.latest = { checkpoint: c, line: parsed.line };
      for (const [stream, seq, hash] of c.heads) {
        const known = scan.anchor.get(stream);
        if (!known || seq > known.seq) scan.anchor.set(stream, { seq, hash, at: c.at });
      }
      if (!scan.most || c.events > scan.most.events) scan.most = { events: c.events, streams: c.streams, at: c.at };
      for (const problem of c.breaks) scan.recorded.push({ at: c.at, problem });
    }
  }
  return scan;
}
