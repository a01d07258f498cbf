// The audit log: written in the same transaction as the action, append-only for the app's role,
// and a verifier that finds each of the four kinds of tampering at the right place.
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seeds/demo-family.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../test/test-app.ts';
import { createAuditLog } from './audit-log.ts';
import { verifyAuditLog } from './verify-audit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Some traffic so every stream has several events.
  const daniel = await t.signIn('daniel');
  const marie = await t.signIn('marie');
  // Reads that arrive together share a batch on one stream, so they come in rounds to reach many streams.
  for (let round = 0; round < 20; round++) {
    await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        i % 2 ? daniel.get(`/api/families/${DEMO_IDS.mariesFamily}`) : marie.get('/api/portal/my-family'),
      ),
    );
  }
});
afterAll(() => t?.close());

async function verify() {
  const client = new pg.Client(t.database.ownerConnection);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL ROLE NONE');
    return await verifyAuditLog(client, TEST_AUDIT_KEY);
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

/** Tampering needs the owner with the append-only trigger switched off, as an attacker with full access would. */
async function tamper(statement: string, values: unknown[] = []) {
  await t.database.asOwner('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
  try {
    await t.database.asOwner(statement, values);
  } finally {
    await t.database.asOwner('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
  }
}

/** The longest stream the verifier has no complaint about yet, so each case tampers with a clean chain. */
async function cleanStream() {
  const broken = (await verify()).problems.map((p) => p.stream);
  const r = await t.database.asOwner(
    'SELECT stream, max(seq)::int AS last FROM audit_events WHERE NOT (stream = ANY($1::int[])) GROUP BY stream HAVING max(seq) >= 3 ORDER BY 2 DESC LIMIT 1',
    [broken],
  );
  return r.rows[0] as { stream: number; last: number };
}

describe('the audit chain', () => {
  it('verifies cleanly after concurrent requests spread over several streams', async () => {
    const result = await verify();
    expect(result.ok).toBe(true);
    expect(result.events).toBeGreaterThan(40);
    const streams = await t.database.asOwner('SELECT count(DISTINCT stream)::int AS n FROM audit_events');
    expect(streams.rows[0].n).toBeGreaterThan(1);
  });

  it('keeps every chain whole when two app instances, rollbacks and concurrent requests share streams', async () => {
    // Each instance remembers the heads it wrote; the other instance and the rollbacks make those guesses stale.
    const a = createAuditLog({ key: TEST_AUDIT_KEY, streams: 2 });
    const b = createAuditLog({ key: TEST_AUDIT_KEY, streams: 2 });
    const event = {
      action: 'audit.tested',
      outcome: 'allowed',
      actor: { kind: 'system', reason: 'audit test' },
      details: { probe: 'appended' },
    } as const;
    const db = t.database.db;
    for (let i = 0; i < 16; i++) {
      const log = i % 3 === 0 ? b : a;
      if (i % 4 === 1) {
        const attempt = db.transaction().execute(async (tx) => {
          await log.record(tx, event);
          await log.record(tx, event);
          throw new Error('rolled back on purpose');
        });
        await expect(attempt).rejects.toThrow('rolled back on purpose');
      } else {
        await log.recordAlone(db, event);
      }
    }
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).recordAlone(db, event)));
    const result = await verify();
    expect(result.problems).toEqual([]);
    const written = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'audit.tested' AND details->>'probe' = 'appended'",
    );
    expect(written.rows[0].n).toBe(16 - 4 + 12);
  });

  it('appends with one statement once it knows a stream’s head', async () => {
    const log = createAuditLog({ key: TEST_AUDIT_KEY, streams: 1 });
    const event = {
      action: 'audit.tested',
      outcome: 'allowed',
      actor: { kind: 'system', reason: 'audit test' },
      details: { probe: 'appended' },
    } as const;
    let statements = 0;
    const counted = t.database.db.withPlugin({
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    await log.recordAlone(counted, event);
    statements = 0;
    await log.recordAlone(counted, event);
    expect(statements).toBe(1);
    expect((await verify()).problems).toEqual([]);
  });

  it('cannot be changed or removed by the application’s role, nor by the owner while the guard is on', async () => {
    await expect(t.database.db.deleteFrom('audit_events').execute()).rejects.toThrow(/permission denied/);
    await expect(t.database.db.updateTable('audit_events').set({ action: 'x' }).execute()).rejects.toThrow(/permission denied/);
    await expect(t.database.asOwner('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('rolls the action back when its audit event cannot be written', async () => {
    await t.database.asOwner('REVOKE INSERT ON audit_events FROM umbrella_app');
    try {
      const before = await t.database.asOwner('SELECT count(*)::int AS n FROM sessions');
      const res = await t.client({ ip: '10.9.9.9' }).post('/api/session/login', { username: 'jamie', password: 'Umbrella-demo-2026' });
      expect(res.statusCode).toBe(500);
      expect(res.json().message).toMatch(/Nothing you had saved has been lost/);
      const after = await t.database.asOwner('SELECT count(*)::int AS n FROM sessions');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    } finally {
      await t.database.asOwner('GRANT INSERT ON audit_events TO umbrella_app');
    }
  });

  it('shows nothing of a read whose audit event cannot be written', async () => {
    const daniel = await t.signIn('daniel');
    const marie = await t.signIn('marie');
    await t.database.asOwner('REVOKE INSERT ON audit_events FROM umbrella_app');
    try {
      const res = await daniel.get(`/api/families/${DEMO_IDS.mariesFamily}`);
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('Marie');
      const record = await marie.get('/api/portal/record');
      expect(record.statusCode).toBe(500);
    } finally {
      await t.database.asOwner('GRANT INSERT ON audit_events TO umbrella_app');
    }
    expect((await daniel.get(`/api/families/${DEMO_IDS.mariesFamily}`)).statusCode).toBe(200);
  });

  it('writes many reads’ events together (group commit), one per read, chains whole across two instances', async () => {
    const a = createAuditLog({ key: TEST_AUDIT_KEY, streams: 2 });
    const b = createAuditLog({ key: TEST_AUDIT_KEY, streams: 2 });
    const db = t.database.db;
    const read = (n: number) =>
      ({ action: 'audit.tested', outcome: 'allowed', actor: { kind: 'system', reason: 'audit test' }, details: { n } }) as const;
    let statements = 0;
    const counted = db.withPlugin({
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    // Both instances at once on two shared streams: each one's guess of a head goes stale under the other.
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).recordRead(i % 2 ? counted : db, read(round * 30 + i))));
    }
    const result = await verify();
    expect(result.problems).toEqual([]);
    const written = await t.database.asOwner(
      "SELECT array_agg((details->>'n')::int ORDER BY (details->>'n')::int) AS ns FROM audit_events WHERE action = 'audit.tested' AND details ? 'n'",
    );
    expect(written.rows[0].ns).toEqual(Array.from({ length: 90 }, (_, i) => i));
    // 45 reads through `counted` took far fewer statements than 45: they were written in batches.
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThan(20);
  });

  it('does not call events written while it verifies inserted (a running system keeps appending)', async () => {
    const log = createAuditLog({ key: TEST_AUDIT_KEY, streams: 1 });
    const event = { action: 'audit.tested', outcome: 'allowed', actor: { kind: 'system', reason: 'audit test' }, details: {} } as const;
    await log.recordAlone(t.database.db, event);
    let appended = false;
    // The app's own role may read the log. After the heads were read, three events join stream 0 before its rows are read.
    const reader = {
      query: async <R>(text: string, values: unknown[] = []) => {
        if (!appended && text.includes('FROM audit_events WHERE stream = $1') && values[0] === 0) {
          appended = true;
          for (let i = 0; i < 3; i++) await log.recordAlone(t.database.db, event);
        }
        return { rows: (await t.database.db.executeQuery(CompiledQuery.raw(text, values))).rows as R[] };
      },
    };
    const result = await verifyAuditLog(reader, TEST_AUDIT_KEY);
    expect(appended).toBe(true);
    expect(result.problems).toEqual([]);
  });

  // Each tampering is undone afterwards by restoring the exact row, so the next case starts clean.
  it('reports an edited row at its place', async () => {
    const { stream } = await cleanStream();
    await tamper(`UPDATE audit_events SET details = '{"edited": true}' WHERE stream = $1 AND seq = 3`, [stream]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ stream, seq: 3, kind: 'edited' })]);
  });

  it('reports a deleted row at its place', async () => {
    const { stream: other } = await cleanStream();
    await tamper('DELETE FROM audit_events WHERE stream = $1 AND seq = 2', [other]);
    const result = await verify();
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ stream: other, seq: 2, kind: 'missing' })]));
  });

  it('reports a row inserted outside the application', async () => {
    const streams = (await t.database.asOwner('SELECT DISTINCT stream FROM audit_events')).rows.map((r) => r.stream as number);
    const quiet = [0, 1, 2, 3, 4, 5, 6, 7].find((s) => !streams.includes(s)) ?? 99;
    const { stream, last } = await cleanStream();
    // A forged row at the end of a stream, with a plausible-looking hash.
    await tamper(
      `INSERT INTO audit_events (stream, seq, id, occurred_at, action, outcome, actor_kind, details, prev_hash, hash)
       SELECT stream, seq + 1, '01234567-89ab-7def-8123-456789abcdef', now(), 'family.viewed', 'allowed', 'system', '{}', hash, md5('x') || md5('y')
       FROM audit_events WHERE stream = $1 AND seq = $2`,
      [stream, last],
    );
    const result = await verify();
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ stream, seq: last + 1, kind: 'inserted' })]));
    // Also a whole invented stream.
    await tamper(
      `INSERT INTO audit_events (stream, seq, id, occurred_at, action, outcome, actor_kind, details, prev_hash, hash)
       VALUES ($1, 1, '01234567-89ab-7def-8123-456789abcde0', now(), 'x', 'allowed', 'system', '{}', repeat('0', 64), repeat('a', 64))`,
      [quiet],
    );
    expect((await verify()).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ stream: quiet, seq: 1, kind: 'inserted' })]),
    );
  });

  it('reports rows cut off the end of a stream', async () => {
    const { stream, last } = await cleanStream();
    await tamper('DELETE FROM audit_events WHERE stream = $1 AND seq >= $2', [stream, last - 1]);
    const result = await verify();
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ stream, seq: last - 1, kind: 'tail_cut' })]));
  });
});
