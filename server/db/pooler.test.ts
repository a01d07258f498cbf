// The app behind PgBouncer in transaction mode (TEST_DATABASE_POOLER_URL, started by scripts/test-all.ts): its sessions
// are in UTC with the timeouts in force, no statement is prepared by name, and pipelined transactions stay whole.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { DatabaseRoleError, openDatabase } from './database.ts';

const poolerUrl = process.env.TEST_DATABASE_POOLER_URL;

// Only through a pooler: without one these are the direct connections other tests already cover.
describe.runIf(Boolean(poolerUrl))('behind PgBouncer in transaction mode', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keeps every session in UTC, even when the role’s own setting says otherwise', async () => {
    const name = (await database.asOwner('SELECT current_database() AS name')).rows[0].name as string;
    await database.asOwner(`ALTER ROLE umbrella_app IN DATABASE ${name} SET TimeZone = 'Asia/Tokyo'`);
    try {
      // More at once than the pool has connections, so new server sessions (with the role's setting) serve some.
      const zones = await Promise.all(
        Array.from({ length: 12 }, () =>
          database.db.transaction().execute(async (tx) => {
            await sql`SELECT pg_sleep(0.05)`.execute(tx);
            return (await sql<{ tz: string }>`SELECT current_setting('TimeZone') AS tz`.execute(tx)).rows[0]?.tz;
          }),
        ),
      );
      expect(new Set(zones)).toEqual(new Set(['UTC']));
    } finally {
      await database.asOwner(`ALTER ROLE umbrella_app IN DATABASE ${name} RESET TimeZone`);
    }
  });

  it('has the timeouts in force, as the role’s own settings', async () => {
    const rows = await sql<{ s: string; l: string; i: string }>`
      SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l,
        current_setting('idle_in_transaction_session_timeout') AS i`.execute(database.db);
    expect(rows.rows[0]).toEqual({ s: '15s', l: '5s', i: '1min' });
  });

  it('refuses to start when the role’s timeouts are not the configured ones, saying what to run', async () => {
    const url = new URL(database.ownerConnection.connectionString as string);
    const pooled = new URL(poolerUrl as string);
    pooled.pathname = url.pathname;
    const attempt = openDatabase(
      {
        kind: 'server',
        url: url.toString(),
        poolerUrl: pooled.toString(),
        preparedStatements: 'unnamed',
        timeouts: { statementMs: 7_000, lockMs: 5_000, idleInTransactionMs: 60_000 },
      },
      false,
    );
    await expect(attempt).rejects.toThrow(DatabaseRoleError);
    await expect(attempt).rejects.toThrow(/ALTER ROLE "umbrella_app" IN DATABASE "umbrella_test_\w+" SET statement_timeout = 7000;/);
  });

  it('runs many pipelined transactions at once, each whole on one server session, none prepared by name', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        database.db.transaction().execute(async (tx) => {
          const a = await sql<{ x: string; n: number }>`SELECT pg_current_xact_id()::text AS x, ${n}::int AS n`.execute(tx);
          const b = await sql<{ x: string; n: number }>`SELECT pg_current_xact_id()::text AS x, ${n}::int AS n`.execute(tx);
          const named = await sql<{ c: number }>`SELECT count(*)::int AS c FROM pg_prepared_statements`.execute(tx);
          return { n, a: a.rows[0], b: b.rows[0], named: named.rows[0]?.c };
        }),
      ),
    );
    for (const r of results) {
      expect(r.a?.n).toBe(r.n);
      expect(r.b?.n).toBe(r.n);
      expect(r.a?.x).toBe(r.b?.x);
      expect(r.named).toBe(0);
    }
  });
});
