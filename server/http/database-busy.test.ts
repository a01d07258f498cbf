// A database that does not answer in time (issue 12, item 12): a statement that waits for a lock, or runs, past its
// limit is cancelled, and the request is answered 503 in plain words, with nothing saved and an audit event written.
// Only on a PostgreSQL server: PGlite takes the settings but never fires them, and is one session with no one to wait for.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createAuditLog } from '../audit/audit-log.ts';
import { type DatabaseTimeouts, openDatabase } from '../db/database.ts';
import { DEMO_IDS } from '../seeds/demo-family.ts';
import { COOKIE, createTestApp, TEST_AUDIT_KEY, type TestApp, type TestClient } from '../test/test-app.ts';
import { BUSY_MESSAGE, databaseTimeout } from './error-handler.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';

let t: TestApp;
let daniel: TestClient;
const closing: Array<() => Promise<void>> = [];

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('when the database does not answer in time', () => {
  beforeAll(async () => {
    t = await createTestApp();
    daniel = await t.signIn('daniel');
  });
  afterAll(async () => {
    for (const close of closing) await close();
    await t?.close();
  });

  /** Another instance of the app on the same database, whose connections have these limits. */
  async function instanceWith(timeouts: DatabaseTimeouts) {
    const url = String((t.database.ownerConnection as { connectionString: string }).connectionString);
    const database = await openDatabase({ kind: 'server', url, timeouts, poolSize: 2 }, false);
    const app = await buildApp({
      db: database.db,
      audit: createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }),
      databaseMode: 'server',
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
    });
    closing.push(async () => {
      await app.close();
      await database.close();
    });
    const headers = (): Record<string, string> => ({
      'content-type': 'application/json',
      cookie: `${COOKIE}=${daniel.cookie}`,
      'x-csrf-token': daniel.csrf ?? '',
    });
    return {
      get: (url: string) => app.inject({ method: 'GET', url, headers: headers() }),
      post: (url: string, body: object, extra: Record<string, string> = {}) =>
        app.inject({ method: 'POST', url, payload: body, headers: { ...headers(), ...extra } }),
    };
  }

  /** Runs `request` while another connection holds `table` locked; answers before the lock is let go. */
  async function whileLocked<T>(table: string, request: () => Promise<T>): Promise<T> {
    const holder = new pg.Client(t.database.ownerConnection);
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      // The answer comes while the lock is still held: the request did not wait for it to be let go.
      return await request();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  }

  const entries = async () => (await t.database.asOwner('SELECT count(*)::int AS n FROM record_entries')).rows[0].n as number;
  const timedOut = async () =>
    (
      await t.database.asOwner(
        `SELECT outcome, actor_kind, details FROM audit_events WHERE action = 'request.timed_out' ORDER BY occurred_at, seq`,
      )
    ).rows;

  const visit = {
    kind: 'home_visit',
    occurredAt: new Date().toISOString(),
    category: 'general',
    text: 'Visited Marie at home. We talked about what helps on hard days.',
    presentPersonIds: [MARIE],
    aboutPersonIds: [MARIE],
  };

  it('a save that waits for a lock past lock_timeout is refused with 503, nothing saved, and audited', async () => {
    const instance = await instanceWith({ statementMs: 30_000, lockMs: 1_000, idleInTransactionMs: 60_000 });
    const before = await entries();
    const res = await whileLocked('record_entries', () =>
      instance.post(`/api/families/${F}/entries`, visit, { 'idempotency-key': 'busy-lock-0001' }),
    );
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: 'busy', message: BUSY_MESSAGE });
    expect(res.headers['retry-after']).toBe('60');
    expect(await entries()).toBe(before);
    expect(await timedOut()).toEqual([
      {
        outcome: 'failed',
        actor_kind: 'professional',
        details: { reason: 'lock_timeout', method: 'POST', route: '/api/families/:familyId/entries' },
      },
    ]);
    // Once the lock is gone the same save goes through.
    const again = await instance.post(`/api/families/${F}/entries`, visit, { 'idempotency-key': 'busy-lock-0001' });
    expect(again.statusCode).toBe(201);
    expect(await entries()).toBe(before + 1);
  });

  it('a statement running past statement_timeout is refused the same way, a read as well as a save', async () => {
    const instance = await instanceWith({ statementMs: 1_000, lockMs: 0, idleInTransactionMs: 0 });
    const before = await entries();
    const saved = await whileLocked('record_entries', () =>
      instance.post(`/api/families/${F}/entries`, visit, { 'idempotency-key': 'busy-statement-0001' }),
    );
    expect(saved.statusCode).toBe(503);
    expect(saved.json().message).toBe(BUSY_MESSAGE);
    expect(await entries()).toBe(before);
    const read = await whileLocked('families', () => instance.get(`/api/families/${F}`));
    expect(read.statusCode).toBe(503);
    expect(read.json().message).toBe(BUSY_MESSAGE);
    expect((await timedOut()).slice(1).map((e) => e.details)).toEqual([
      { reason: 'statement_timeout', method: 'POST', route: '/api/families/:familyId/entries' },
      { reason: 'statement_timeout', method: 'GET', route: '/api/families/:familyId' },
    ]);
  });
});

describe('which errors mean the database did not answer in time', () => {
  const pgError = (code: string) => Object.assign(new Error('canceling statement'), { code });
  it('reads the SQLSTATE, also of a wrapped error, and pg’s pool waiting in vain for a connection', () => {
    expect(databaseTimeout(pgError('57014'))).toBe('statement_timeout');
    expect(databaseTimeout(pgError('55P03'))).toBe('lock_timeout');
    expect(databaseTimeout(pgError('25P03'))).toBe('idle_in_transaction_timeout');
    expect(databaseTimeout(new Error('The audit log could not be written', { cause: pgError('55P03') }))).toBe('lock_timeout');
    expect(databaseTimeout(new Error('timeout exceeded when trying to connect'))).toBe('no_connection');
    expect(databaseTimeout(pgError('23505'))).toBeUndefined();
    expect(databaseTimeout(new Error('something else'))).toBeUndefined();
  });
});
