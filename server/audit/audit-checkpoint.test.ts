// The audit log anchored outside the database: signed checkpoints of every stream head in a file, and a verifier
// that catches what the chains alone cannot (a chain cut back with its head, a chain deleted whole, both tables
// emptied), each done as a superuser with the append-only trigger bypassed, as in issue 12.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuditCheckpoints, writeFirstCheckpoint } from '../jobs/scheduler.ts';
import { DEMO_IDS } from '../seeds/demo-family.ts';
import { plainStartError } from '../start-checks.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../test/test-app.ts';
import { CheckpointFileUnwritable } from './audit-checkpoint.ts';
import { parseCheckpointLine } from './audit-checkpoint-file.ts';
import { createAuditLog } from './audit-log.ts';
import { verifyAuditLog } from './verify-audit.ts';

let t: TestApp;
let dir: string;
let file: string;
const event = { action: 'audit.tested', outcome: 'allowed', actor: { kind: 'system', reason: 'audit test' }, details: {} } as const;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-checkpoint-test-'));
  file = path.join(dir, 'data.audit-checkpoints.jsonl');
  t = await createTestApp({ auditCheckpointFile: file });
  await traffic();
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Events on many streams (reads that arrive together share one stream, so they come in rounds). */
async function traffic(rounds = 12) {
  const daniel = await t.signIn('daniel');
  for (let round = 0; round < rounds; round++) {
    await Promise.all([daniel.get(`/api/families/${DEMO_IDS.mariesFamily}`), daniel.get('/api/families')]);
  }
}

const auditLog = (checkpointFile = file) => createAuditLog({ key: TEST_AUDIT_KEY, streams: 8, checkpointFile });
const checkpoint = (checkpointFile = file) => auditLog(checkpointFile).writeCheckpoint(t.database.db, 'manual');

async function asOwnerClient<T>(run: (client: pg.Client) => Promise<T>, options: { bypassTriggers?: boolean } = {}): Promise<T> {
  const client = new pg.Client(t.database.ownerConnection);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL ROLE NONE');
    // The attacker of issue 12: a superuser for whom no trigger fires (the append-only guard included).
    if (options.bypassTriggers) await client.query('SET LOCAL session_replication_role = replica');
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/** What `npm run verify-audit` and the console report: the chains and the checkpoint file. */
const verify = (options: { checkpointFile?: string; keptCopies?: string[] } = {}) =>
  asOwnerClient((client) => verifyAuditLog(client, TEST_AUDIT_KEY, { checkpointFile: file, ...options }));
/** The chains alone, as main verified before issue 12: the tamperings below all pass it. */
const chainsOnly = () => asOwnerClient((client) => verifyAuditLog(client, TEST_AUDIT_KEY));

const tamper = (statements: [string, unknown[]?][]) =>
  asOwnerClient(
    async (client) => {
      for (const [text, values] of statements) await client.query(text, values);
    },
    { bypassTriggers: true },
  );

/** The longest stream nobody has tampered with yet. */
async function untouchedStream(exclude: number[]) {
  const r = await t.database.asOwner(
    'SELECT stream, seq::int AS last FROM audit_stream_heads WHERE NOT (stream = ANY($1::int[])) AND seq >= 4 ORDER BY seq DESC LIMIT 1',
    [exclude],
  );
  if (!r.rows[0]) throw new Error('No stream long enough to tamper with.');
  return r.rows[0] as { stream: number; last: number };
}

const tampered: number[] = [];

describe('audit checkpoints', () => {
  it('record every stream head with totals, signed; events after a checkpoint verify as intact', async () => {
    const written = await checkpoint();
    const heads = await t.database.asOwner('SELECT stream, seq::int AS seq, hash FROM audit_stream_heads ORDER BY stream');
    expect(written?.heads).toEqual(heads.rows.map((h) => [h.stream, h.seq, h.hash]));
    expect(written?.streams).toBe(heads.rows.length);
    expect(written?.events).toBe(heads.rows.reduce((n, h) => n + h.seq, 0));
    expect(written?.breaks).toEqual([]);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(parseCheckpointLine(TEST_AUDIT_KEY, lines.at(-1) ?? '').ok).toBe(true);

    await traffic(4);
    const result = await verify();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checkpoints?.latest).toMatchObject({ at: written?.at, events: written?.events, streams: written?.streams });
    expect(result.checkpoints?.latest?.signature).toBe(written?.sig.slice(0, 16));
  });

  it('(a) catches the tail of a stream deleted and its head rewound', async () => {
    await checkpoint();
    const { stream, last } = await untouchedStream(tampered);
    tampered.push(stream);
    const keep = last - 2;
    await tamper([
      ['DELETE FROM audit_events WHERE stream = $1 AND seq > $2', [stream, keep]],
      [
        'UPDATE audit_stream_heads SET seq = $2, hash = (SELECT hash FROM audit_events WHERE stream = $1 AND seq = $2) WHERE stream = $1',
        [stream, keep],
      ],
    ]);
    // Today's chains-only verification calls this intact.
    expect((await chainsOnly()).problems).toEqual([]);

    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          stream,
          seq: keep + 1,
          kind: 'rewound',
          message: expect.stringMatching(/cut back.*Events \d+–\d+ were deleted/),
        }),
        expect.objectContaining({ stream: null, kind: 'truncated' }),
      ]),
    );

    // The next checkpoint sees the cut too and signs it into its line, so a later one cannot hide it.
    const next = await checkpoint();
    expect(next?.breaks).toEqual(expect.arrayContaining([expect.objectContaining({ stream, kind: 'rewound' })]));

    // The application writes on, past the old end of the stream: the event at the checkpointed place is another one.
    const log = auditLog();
    for (let i = 0; i < 400; i++) {
      const head = await t.database.asOwner('SELECT seq::int AS seq FROM audit_stream_heads WHERE stream = $1', [stream]);
      if (head.rows[0].seq > last) break;
      await log.recordAlone(t.database.db, event);
    }
    expect((await chainsOnly()).problems).toEqual([]);
    expect((await verify()).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stream, seq: last, kind: 'rewound', message: expect.stringMatching(/not the event the checkpoint/) }),
        expect.objectContaining({
          stream,
          kind: 'rewound',
          message: expect.stringMatching(/^Found when the checkpoint of .* was written/),
        }),
      ]),
    );
  });

  it('(b) catches a whole stream deleted with its head', async () => {
    await checkpoint();
    const { stream, last } = await untouchedStream(tampered);
    tampered.push(stream);
    await tamper([
      ['DELETE FROM audit_events WHERE stream = $1', [stream]],
      ['DELETE FROM audit_stream_heads WHERE stream = $1', [stream]],
    ]);
    expect((await chainsOnly()).problems).toEqual([]);
    const result = await verify();
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          stream,
          kind: 'stream_missing',
          message: expect.stringMatching(new RegExp(`Chain ${stream} is gone.*${last} events`)),
        }),
      ]),
    );
  });

  it('the governance console shows the latest checkpoint and reports the tampering in its check', async () => {
    const ruth = await t.signIn('ruth');
    const status = await ruth.get('/api/governance/audit-checkpoint');
    expect(status.statusCode).toBe(200);
    const body = status.json();
    expect(body.configured).toBe(true);
    expect(body.latest.signature).toHaveLength(16);
    expect(parseCheckpointLine(TEST_AUDIT_KEY, body.latest.line)).toMatchObject({ ok: true, checkpoint: { at: body.latest.at } });
    const chain = await ruth.get('/api/governance/audit-chain');
    expect(chain.json()).toMatchObject({ ok: false, checkpoints: { latest: { at: body.latest.at } } });
    // Both streams tampered with above (the one deleted whole may have been started afresh by these requests: it is then cut back).
    expect(chain.json().problems.map((p: { stream: number | null }) => p.stream)).toEqual(expect.arrayContaining(tampered));
    const daniel = await t.signIn('daniel');
    expect((await daniel.get('/api/governance/audit-checkpoint')).statusCode).toBe(403);
  });

  it('reports a checkpoint line that was changed, in the file or in a kept copy, as tampered', async () => {
    const other = path.join(dir, 'other.jsonl');
    await checkpoint(other);
    const line = fs.readFileSync(other, 'utf8').trim();
    // A forged line that claims the log was emptier: its signature no longer holds, so it is reported and not used.
    const forged = JSON.stringify({ ...JSON.parse(line), heads: [], streams: 0, events: 0 });
    fs.appendFileSync(other, `${forged}\nnot json at all\n`);
    const copy = path.join(dir, 'kept-copy.json');
    fs.writeFileSync(copy, `${JSON.stringify({ ...JSON.parse(line), events: 1 })}\n`);
    const result = await verify({ checkpointFile: other, keptCopies: [copy] });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'checkpoint_tampered',
          message: expect.stringMatching(/Line 2 of the checkpoint file other.jsonl has been changed/),
        }),
        expect.objectContaining({
          kind: 'checkpoint_tampered',
          message: expect.stringMatching(/Line 3 of the checkpoint file other.jsonl cannot be read/),
        }),
        expect.objectContaining({
          kind: 'checkpoint_tampered',
          message: expect.stringMatching(/Line 1 of the checkpoint file kept-copy.json has been changed/),
        }),
      ]),
    );
    expect(result.checkpoints?.latest?.line).toBe(line);
  });

  it('keeps every line whole when several instances append at once, and skips a periodic one with nothing new', async () => {
    const shared = path.join(dir, 'shared.jsonl');
    const a = auditLog(shared);
    const b = auditLog(shared);
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).writeCheckpoint(t.database.db, 'manual')));
    const lines = fs.readFileSync(shared, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(12);
    for (const line of lines) expect(parseCheckpointLine(TEST_AUDIT_KEY, line).ok).toBe(true);
    expect(await a.writeCheckpoint(t.database.db, 'interval')).toBeNull();
    await a.recordAlone(t.database.db, event);
    expect(await a.writeCheckpoint(t.database.db, 'interval')).not.toBeNull();
  });

  it('writes one every few minutes while running, and stops start-up in one plain line when the file cannot be written', async () => {
    const timed = path.join(dir, 'timed.jsonl');
    const stop = startAuditCheckpoints(t.database.db, auditLog(timed), () => {}, 20);
    for (let i = 0; i < 200 && !fs.existsSync(timed); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await stop();
    expect(JSON.parse(fs.readFileSync(timed, 'utf8').split('\n')[0] ?? '').reason).toBe('interval');

    // A folder that is a file: nobody, root included, can make the checkpoint file there.
    const impossible = path.join(file, 'checkpoints.jsonl');
    const refused = await writeFirstCheckpoint(t.database.db, auditLog(impossible), impossible, () => {}).then(
      () => null,
      (error: Error) => error,
    );
    expect(refused).toBeInstanceOf(CheckpointFileUnwritable);
    expect(plainStartError(refused)).toMatch(
      /^Umbrella cannot start: it cannot write the audit checkpoint file .* \(ENOTDIR\)\. Set AUDIT_CHECKPOINT_FILE/,
    );
  });

  // Last: it empties the log.
  it('(c) catches both tables truncated', async () => {
    const before = await checkpoint();
    await tamper([['TRUNCATE audit_events'], ['TRUNCATE audit_stream_heads']]);
    expect(await chainsOnly()).toMatchObject({ ok: true, events: 0 });
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'truncated', message: expect.stringMatching(/^The audit log has been emptied/) }),
        ...(before?.heads ?? []).map(([stream]) => expect.objectContaining({ stream, kind: 'stream_missing' })),
      ]),
    );
  });
});
