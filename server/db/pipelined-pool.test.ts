// BEGIN sent with the next statement: it answers at once, the next statement reports BEGIN's failure,
// nothing is left unhandled; and on a real server a transaction opened this way is still all or nothing.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { deferringBegin, THEN_COMMIT } from './pipelined-pool.ts';

type Sent = { text: string; name?: string; settle: (error?: Error) => void };

/** A pg client stand-in that records what was written and lets the test answer each query. */
function fakePool() {
  const sent: Sent[] = [];
  const client = {
    query(query: string | { name: string; text: string }) {
      const { text, name } = typeof query === 'string' ? { text: query, name: undefined } : query;
      return new Promise((resolve, reject) => {
        sent.push({
          text,
          name,
          settle: (error) => (error ? reject(error) : resolve({ command: text.split(' ')[0]?.toUpperCase(), rows: [] })),
        });
      });
    },
    release() {},
  };
  const pool = { options: {}, connect: async () => client, end: async () => {} } as unknown as pg.Pool;
  return { pool: deferringBegin(pool), sent };
}

describe('BEGIN travels with the next statement', () => {
  it('answers BEGIN at once and writes it together with the next statement', async () => {
    const { pool, sent } = fakePool();
    const c = await pool.connect();
    await c.query('begin', []);
    // Nothing is written until the transaction's first statement, then both at once.
    expect(sent).toEqual([]);
    const next = c.query('select 1', []);
    expect(sent.map((s) => s.text)).toEqual(['begin', 'select 1']);
    let done = false;
    void next.then(() => {
      done = true;
    });
    sent[1]?.settle();
    await new Promise((r) => setImmediate(r));
    // The statement's answer waits for BEGIN's.
    expect(done).toBe(false);
    sent[0]?.settle();
    await expect(next).resolves.toMatchObject({ command: 'SELECT' });
  });

  it('fails the next statement when BEGIN failed, with BEGIN’s error and no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { pool, sent } = fakePool();
      const c = await pool.connect();
      await c.query('BEGIN', []);
      const next = c.query('select 1', []);
      sent[0]?.settle(new Error('connection lost'));
      sent[1]?.settle(new Error('connection lost too'));
      await expect(next).rejects.toThrow('connection lost');
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('names each distinct statement once, so every connection prepares it once; never BEGIN or COMMIT', async () => {
    const { pool, sent } = fakePool();
    const c = await pool.connect();
    for (const text of ['select 1', 'select 2', 'select 1', 'begin', 'commit']) {
      void c.query(text, []);
      for (const s of sent) s.settle();
    }
    expect(sent.map((s) => [s.text, s.name])).toEqual([
      ['select 1', 'umbrella_1'],
      ['select 2', 'umbrella_2'],
      ['select 1', 'umbrella_1'],
      ['begin', undefined],
      ['commit', undefined],
    ]);
  });

  it('writes COMMIT behind the statement marked last, answers the transaction’s COMMIT with it, and refuses anything else after', async () => {
    const { pool, sent } = fakePool();
    const c = await pool.connect();
    await c.query('begin', []);
    const read = c.query('select 1', []);
    for (const s of sent) s.settle();
    await read;
    const last = c.query(`${THEN_COMMIT} insert into t values ($1)`, [1]);
    expect(sent.map((s) => s.text).slice(2)).toEqual([`${THEN_COMMIT} insert into t values ($1)`, 'COMMIT']);
    for (const s of sent) s.settle();
    await last;
    await expect(c.query('commit', [])).resolves.toMatchObject({ command: 'COMMIT' });
    // Kysely's COMMIT was answered from the one already sent.
    expect(sent).toHaveLength(4);

    await c.query('begin', []);
    void c.query(`${THEN_COMMIT} insert into t values ($1)`, [2]);
    for (const s of sent) s.settle();
    await expect(c.query('select 3', [])).rejects.toThrow(/not sent/);
    expect(sent.map((s) => s.text)).not.toContain('select 3');
  });

  it('ends a read-only transaction without waiting for its COMMIT, and sends nothing for one that read nothing', async () => {
    const { pool, sent } = fakePool();
    const c = await pool.connect();
    await c.query('start transaction read only', []);
    const read = c.query('select 1', []);
    for (const s of sent) s.settle();
    await read;
    // Answered at once although the server has not answered: the COMMIT is on its way, ahead of anything next.
    await expect(c.query('commit', [])).resolves.toMatchObject({ command: 'COMMIT' });
    expect(sent.map((s) => s.text)).toEqual(['start transaction read only', 'select 1', 'commit']);
    sent[2]?.settle(new Error('lost'));
    await c.query('start transaction read only', []);
    await c.query('commit', []);
    expect(sent).toHaveLength(3);
    // A transaction that may write still waits for its COMMIT.
    await c.query('begin', []);
    void c.query('select 2', []);
    let committed = false;
    const commit = c.query('commit', []).then(() => {
      committed = true;
    });
    for (const s of sent.slice(3, 5)) s.settle();
    await new Promise((r) => setImmediate(r));
    expect(committed).toBe(false);
    sent[5]?.settle();
    await commit;
  });

  it('passes other statements through with their answers', async () => {
    const { pool, sent } = fakePool();
    const c = await pool.connect();
    const q = c.query('select 2', []);
    sent[0]?.settle();
    await expect(q).resolves.toMatchObject({ command: 'SELECT' });
  });
});

// Only with a real server (TEST_DATABASE_URL): pipeline mode and the deferred BEGIN through Kysely.
const serverUrl = process.env.TEST_DATABASE_URL;
describe.runIf(Boolean(serverUrl))('on a real server', () => {
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    for (const p of pools) await p.end();
  });

  it('opens the transaction before the first statement and rolls it all back when a later one fails', async () => {
    const { Kysely, PostgresDialect, sql } = await import('kysely');
    // One connection, so the temporary table is there for every statement.
    const pool = new pg.Pool({ connectionString: serverUrl, max: 1, pipeline: true });
    pools.push(pool);
    const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool: deferringBegin(pool) }) });
    await sql`CREATE TEMP TABLE pipelined (n int PRIMARY KEY)`.execute(db);
    // Two statements, one transaction id: BEGIN really went first.
    const ids = await db.transaction().execute(async (tx) => {
      const a = await sql<{ x: string }>`SELECT pg_current_xact_id()::text AS x`.execute(tx);
      const b = await sql<{ x: string }>`SELECT pg_current_xact_id()::text AS x`.execute(tx);
      return [a.rows[0]?.x, b.rows[0]?.x];
    });
    expect(ids[0]).toBeDefined();
    expect(ids[0]).toBe(ids[1]);
    const attempt = db.transaction().execute(async (tx) => {
      await sql`INSERT INTO pipelined VALUES (1)`.execute(tx);
      await sql`INSERT INTO pipelined VALUES (1)`.execute(tx);
    });
    await expect(attempt).rejects.toThrow(/duplicate key/);
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pipelined`.execute(db);
    expect(rows.rows[0]?.n).toBe(0);
    // A READ ONLY transaction refuses a write (to anything but a temporary table), and the connection serves
    // the next transaction normally.
    const write = db
      .transaction()
      .setAccessMode('read only')
      .execute((tx) => sql`CREATE TABLE pipelined_never (n int)`.execute(tx));
    await expect(write).rejects.toThrow(/read-only transaction/);
    const read = await db
      .transaction()
      .setAccessMode('read only')
      .execute(async (tx) => (await sql<{ ro: string }>`SELECT current_setting('transaction_read_only') AS ro`.execute(tx)).rows[0]?.ro);
    expect(read).toBe('on');
    const after = await db.transaction().execute(async (tx) => {
      await sql`INSERT INTO pipelined VALUES (3)`.execute(tx);
      return (await sql<{ ro: string }>`SELECT current_setting('transaction_read_only') AS ro`.execute(tx)).rows[0]?.ro;
    });
    expect(after).toBe('off');
  });

  it('prepares statements by name, or never with unnamed (for a pooler in transaction mode)', async () => {
    const { Kysely, PostgresDialect, sql } = await import('kysely');
    const prepared = async (preparedStatements: 'named' | 'unnamed') => {
      // One connection, so the statements prepared are all on the session asked.
      const pool = new pg.Pool({ connectionString: serverUrl, max: 1, pipeline: true });
      pools.push(pool);
      const db = new Kysely<Record<string, never>>({
        dialect: new PostgresDialect({ pool: deferringBegin(pool, { preparedStatements }) }),
      });
      await db.transaction().execute((tx) => sql`SELECT ${1}::int AS n`.execute(tx));
      await sql`SELECT ${2}::int AS n`.execute(db);
      const rows = await sql<{ name: string }>`SELECT name FROM pg_prepared_statements ORDER BY name`.execute(db);
      return rows.rows.map((r) => r.name);
    };
    expect(await prepared('named')).toContain('umbrella_1');
    expect(await prepared('unnamed')).toEqual([]);
  });
});
