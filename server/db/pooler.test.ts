// The app behind PgBouncer in transaction mode (TEST_DATABASE_POOLER_URL, started by scripts/test-all.ts): its sessions
// are in UTC with the timeouts in force, no statement is prepared by name, and pipelined transactions stay whole; and
// the local PgBouncer ends with the process that started it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
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

  it('the local PgBouncer does not outlive the process that started it, however that process ends', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-pooler-test-'));
    let port = 0;
    try {
      const script = path.join(dir, 'bouncer.mts');
      const module = path.join(import.meta.dirname, '..', '..', 'scripts', 'local-pgbouncer.ts');
      fs.writeFileSync(
        script,
        `import { startPgBouncer } from ${JSON.stringify(module)};\n` +
          `console.log((await startPgBouncer(${JSON.stringify(process.env.TEST_DATABASE_URL)})).port);\nsetInterval(() => {}, 1000);\n`,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
        child.once('exit', (code) => reject(new Error(`the child exited (${code}) before its PgBouncer started`)));
      });
      const listening = () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1');
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
      expect(await listening()).toBe(true);
      // As a CI time limit or an out-of-memory kill would end it: no hook of its own runs. Without the guard, PgBouncer
      // went on listening, as the postgres user, until someone noticed.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const until = Date.now() + 5_000;
      while ((await listening()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await listening()).toBe(false);
    } finally {
      // The killed process could not remove its PgBouncer's folder: the one whose ini names this port.
      for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('umbrella-pgbouncer-'))) {
        const ini = path.join(os.tmpdir(), name, 'pgbouncer.ini');
        if (port && fs.existsSync(ini) && fs.readFileSync(ini, 'utf8').includes(`listen_port = ${port}\n`))
          fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
