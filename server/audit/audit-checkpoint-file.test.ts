// The checkpoint file read back: the latest valid line found from the end across chunks (long lines, characters of
// several bytes split between chunks), and every line's signature checked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckpointBody, checkpointLine, readLatestCheckpoint, scanCheckpoints } from './audit-checkpoint-file.ts';

const key = Buffer.from('umbrella-test-audit-key-0123456789abcdef');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-checkpoint-file-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A long line (more than one 64 KB chunk) full of "–", three bytes each in UTF-8. */
function longBody(at: string): CheckpointBody {
  const heads = Array.from({ length: 600 }, (_, stream): [number, number, string] => [stream, stream + 1, 'a'.repeat(64)]);
  return {
    v: 1,
    at,
    reason: 'interval',
    by: 'test:1',
    heads,
    streams: heads.length,
    events: heads.reduce((n, [, seq]) => n + seq, 0),
    after: null,
    breaks: [{ stream: 1, seq: 2, kind: 'rewound', message: `Events 2–9 were deleted ${'–'.repeat(30_000)}` }],
  };
}

describe('the checkpoint file', () => {
  it('finds the latest valid line from the end, whatever chunk boundary falls inside it', async () => {
    for (let pad = 0; pad < 3; pad++) {
      const file = path.join(dir, `latest-${pad}.jsonl`);
      const good = checkpointLine(key, longBody('2026-01-01T10:00:00.000Z'));
      // Lines that do not count after it: damaged ones and one whose signature fails, over 100 KB in all.
      const forged = JSON.stringify({ ...JSON.parse(good), events: 1 });
      const junk = Array.from({ length: 2000 }, (_, i) => `{"damaged": ${i}${'x'.repeat(40 + pad)}`).join('\n');
      fs.writeFileSync(file, `${checkpointLine(key, longBody('2026-01-01T09:00:00.000Z'))}\n${good}\n${junk}\n${forged}\n`);
      const latest = await readLatestCheckpoint(file, key);
      expect(latest?.line).toBe(good);
      expect(latest?.checkpoint.at).toBe('2026-01-01T10:00:00.000Z');
    }
  });

  it('reads every line, lists those that fail, and keeps the highest head of each stream', async () => {
    const file = path.join(dir, 'scan.jsonl');
    const first = longBody('2026-01-01T09:00:00.000Z');
    const second = { ...longBody('2026-01-01T10:00:00.000Z'), heads: [[0, 7, 'b'.repeat(64)]] as [number, number, string][] };
    fs.writeFileSync(
      file,
      `${checkpointLine(key, first)}\nnot json\n${checkpointLine(key, second)}\n${JSON.stringify({ ...JSON.parse(checkpointLine(key, second)), by: 'someone else' })}\n`,
    );
    const scan = await scanCheckpoints([file], key);
    expect(scan.lines).toBe(4);
    expect(scan.bad).toEqual([
      { file, line: 2, reason: 'unreadable' },
      { file, line: 4, reason: 'tampered' },
    ]);
    expect(scan.latest?.checkpoint.at).toBe('2026-01-01T10:00:00.000Z');
    expect(scan.anchor.get(0)).toEqual({ seq: 7, hash: 'b'.repeat(64), at: '2026-01-01T10:00:00.000Z' });
    expect(scan.anchor.get(599)).toEqual({ seq: 600, hash: 'a'.repeat(64), at: '2026-01-01T09:00:00.000Z' });
    expect(scan.recorded).toHaveLength(2);
  });
});
