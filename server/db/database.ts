// Opens the database, embedded (PGlite in a worker behind a socket) or a real PostgreSQL server,
// runs migrations as the owner, and hands out a Kysely instance that works as the app role.
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './embedded/data-dir-lock.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded/embedded-postgres.ts';
import { migrate } from './migrate.ts';
import { deferringBegin } from './pipelined-pool.ts';
import type { DB } from './schema.ts';

// pg returns int8 and count(*) as strings and dates as local-time Date objects: map them once here.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v;
});
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export type Database = {
  mode: 'embedded' | 'server';
  db: Db;
  /** Connection settings for the owner (migrations, admin scripts); never used to serve requests. */
  ownerConnection: pg.ClientConfig;
  embedded?: EmbeddedDatabase;
  /** The pool behind `db`, for diagnostics and benchmarks that compare against bare queries. */
  pool: pg.Pool;
  close(): Promise<void>;
};

export type OpenOptions =
  | { kind: 'server'; url: string; poolSize?: number }
  | { kind: 'embedded'; dataDir?: string; loadDataDirFrom?: string; lock?: boolean; poolSize?: number };

export async function openDatabase(options: OpenOptions, runMigrations = true): Promise<Database> {
  let ownerConnection: pg.ClientConfig;
  let embedded: EmbeddedDatabase | undefined;
  let releaseLock = () => {};
  if (options.kind === 'server') {
    ownerConnection = { connectionString: options.url };
  } else {
    if (options.dataDir && options.lock !== false) releaseLock = acquireDataDirLock(options.dataDir);
    try {
      embedded = await startEmbeddedDatabase({ dataDir: options.dataDir, loadDataDirFrom: options.loadDataDirFrom });
    } catch (error) {
      releaseLock();
      throw error;
    }
    ownerConnection = { host: embedded.socketDir, user: 'postgres', database: 'postgres' };
  }

  try {
    if (runMigrations) {
      const owner = new pg.Client(ownerConnection);
      await owner.connect();
      try {
        await migrate(owner);
      } finally {
        await owner.end();
      }
    }
  } catch (error) {
    await embedded?.stop();
    releaseLock();
    throw error;
  }

  const pool = new pg.Pool({
    ...ownerConnection,
    // The embedded database is one PostgreSQL session behind a socket that interleaves the
    // extended-protocol messages of different connections (seen here: responses lost under load),
    // so the app uses exactly one connection to it. PGlite runs one query at a time anyway.
    max: options.kind === 'embedded' ? 1 : (options.poolSize ?? 10),
    // On a server, each query is written at once rather than after the previous answer (pg's pipeline mode),
    // so BEGIN can travel with the transaction's first statement (pipelined-pool.ts). Not embedded: its
    // socket server handles one message exchange at a time.
    pipeline: options.kind === 'server',
    // A request that waits this long for a connection fails with a clear error instead of hanging.
    connectionTimeoutMillis: 30_000,
    // Every connection serves requests as the app role, which cannot change or remove audit rows.
    options: '-c TimeZone=UTC',
  });
  // An idle connection the server closes (a restart, a dropped database) must not crash the process:
  // the pool discards it and opens a new one when next needed.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.query("SET ROLE umbrella_app; SET TIME ZONE 'UTC'").catch(() => {});
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: options.kind === 'server' ? deferringBegin(pool) : pool }) });

  let closed = false;
  return {
    mode: options.kind,
    db,
    ownerConnection,
    embedded,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await embedded?.stop();
      releaseLock();
    },
  };
}
