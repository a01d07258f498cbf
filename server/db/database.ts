// Opens the database, embedded (PGlite in a worker behind a socket) or a real PostgreSQL server,
// runs migrations as the owner, and hands out a Kysely instance that works as the app role.
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { APP_ROLE, appRoleSignInProblem, checkAppRole, DatabaseRoleError } from './app-role.ts';
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
  /**
   * Server only: where the app listens for changes to sessions (modules/auth/session-cache.ts), as the app role and
   * straight to the server, never through a pooler (LISTEN needs a connection of its own for as long as it listens).
   */
  sessionChanges?: pg.ClientConfig;
  close(): Promise<void>;
};

/**
 * Limits on the app's connections to a server, sent as startup parameters (no round trip of their own). When one
 * fires the request answers 503 (http/error-handler.ts). 0 leaves PostgreSQL's own setting (normally none).
 */
export type DatabaseTimeouts = {
  /** A statement running longer is cancelled (SQLSTATE 57014). */
  statementMs: number;
  /** A statement waiting longer for a lock is cancelled (55P03). */
  lockMs: number;
  /** A connection left this long inside a transaction doing nothing is closed by the server (25P03). */
  idleInTransactionMs: number;
};
export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { statementMs: 15_000, lockMs: 5_000, idleInTransactionMs: 60_000 };

export type OpenOptions =
  | {
      kind: 'server';
      /** The owner's connection: migrations and operational scripts. */
      url: string;
      /** The role the app's connections sign in as (same server and database as `url`); umbrella_app by default. */
      appUser?: string;
      appPassword?: string;
      timeouts?: DatabaseTimeouts;
      poolSize?: number;
      /** Issue 20: the app's connections go here (a PgBouncer in front of `url`'s server); migrations still use `url`. */
      poolerUrl?: string;
      /** Issue 20: 'unnamed' parses every statement each time, as a pooler in transaction mode needs; 'named' by default. */
      preparedStatements?: 'named' | 'unnamed';
    }
  | { kind: 'embedded'; dataDir?: string; loadDataDirFrom?: string; lock?: boolean; poolSize?: number };

export { APP_ROLE, DatabaseRoleError };

/** The owner's URL with the app's user and password instead (query parameters win over the URL's own in pg). */
export function appUrl(url: string, user: string, password: string | undefined): string {
  const u = new URL(url);
  u.password = '';
  u.searchParams.set('user', user);
  if (password) u.searchParams.set('password', password);
  else u.searchParams.delete('password');
  return u.toString();
}

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

  // On a server the app signs in as its own role, which is no superuser and cannot become one (checked below), so
  // no statement it is tricked into running can change the audit log's history or switch off its protection.
  // PGlite is one session of one user: there the pool keeps the owner's session and SET ROLE umbrella_app.
  const appUser = options.kind === 'server' ? (options.appUser ?? APP_ROLE) : APP_ROLE;
  const timeouts = options.kind === 'server' ? (options.timeouts ?? DEFAULT_TIMEOUTS) : undefined;
  const pooler = options.kind === 'server' ? options.poolerUrl : undefined;
  const pool = new pg.Pool({
    ...(options.kind === 'server' ? { connectionString: appUrl(pooler ?? options.url, appUser, options.appPassword) } : ownerConnection),
    // Startup parameters: every connection has them from its first statement, at no extra round trip. PGlite takes
    // these settings but never fires them (no timers in its WebAssembly build), and being one session it has no
    // other session's lock to wait for, so the embedded pool sets none. PgBouncer refuses them (a pooled server
    // connection serves many clients): behind it they are the app role's own settings, checked in checkPool.
    ...(timeouts &&
      !pooler && {
        statement_timeout: timeouts.statementMs,
        lock_timeout: timeouts.lockMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      }),
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
    // Behind PgBouncer the time zone travels as a startup parameter of its own, which PgBouncer keeps per client and
    // sets on whichever server connection serves it; it refuses `options`.
    ...(pooler ? { Client: UtcClient } : { options: '-c TimeZone=UTC' }),
  });
  // An idle connection the server closes (a restart, a dropped database) must not crash the process:
  // the pool discards it and opens a new one when next needed.
  pool.on('error', () => {});
  if (options.kind === 'embedded') {
    // Queued before anything else on the connection. Should it fail, the connection is closed rather than left
    // serving requests as the owner (PGlite's socket ignores startup options, hence a statement).
    pool.on('connect', (client) => {
      client.query(`SET ROLE ${APP_ROLE}; SET TIME ZONE 'UTC'`).catch(() => client.end().catch(() => {}));
    });
  }
  try {
    // An embedded database opened without migrations (a backup, a test of the migrations themselves) may not have
    // the role yet: it is not checked here, and a connection whose SET ROLE fails is closed when first used.
    if (options.kind === 'server' || runMigrations)
      await checkPool(pool, options.kind, appUser, ownerConnection, pooler ? timeouts : undefined);
  } catch (error) {
    await pool.end().catch(() => {});
    await embedded?.stop();
    releaseLock();
    throw error;
  }
  const served = options.kind === 'server' ? deferringBegin(pool, { preparedStatements: options.preparedStatements }) : pool;
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: served }) });

  let closed = false;
  return {
    mode: options.kind,
    db,
    ownerConnection,
    embedded,
    pool,
    ...(options.kind === 'server' && {
      sessionChanges: { connectionString: appUrl(options.url, appUser, options.appPassword), options: '-c TimeZone=UTC' },
    }),
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await embedded?.stop();
      releaseLock();
    },
  };
}

/** A client that asks for UTC as a startup parameter of its own, which PgBouncer passes on (it refuses `options`). */
class UtcClient extends pg.Client {
  getStartupConf(): Record<string, string> {
    const base = (pg.Client.prototype as unknown as { getStartupConf(this: pg.Client): Record<string, string> }).getStartupConf;
    return { ...base.call(this), TimeZone: 'UTC' };
  }
}

/**
 * Behind a pooler the app cannot send its timeouts: they must be the app role's settings on the server. Refuses to
 * start, with the statements to run, when a pooled connection has other values or is not in UTC.
 */
async function checkPooledSettings(client: pg.PoolClient, user: string, timeouts: DatabaseTimeouts): Promise<void> {
  const rows = (
    await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings
        WHERE name IN ('TimeZone', 'statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout')
       UNION ALL SELECT 'database', current_database()`,
    )
  ).rows;
  const got = new Map(rows.map((r) => [r.name, r.setting]));
  if (got.get('TimeZone') !== 'UTC')
    throw new DatabaseRoleError(
      `Umbrella cannot start: its connections through DATABASE_POOLER_URL are in time zone ${got.get('TimeZone')}, not UTC; ` +
        'the pooler must pass the TimeZone startup parameter on (PgBouncer does). See "A connection pooler" in README.md.',
    );
  const wanted: [string, number][] = [
    ['statement_timeout', timeouts.statementMs],
    ['lock_timeout', timeouts.lockMs],
    ['idle_in_transaction_session_timeout', timeouts.idleInTransactionMs],
  ];
  const fixes = wanted
    .filter(([name, ms]) => ms > 0 && got.get(name) !== String(ms))
    .map(
      ([name, ms]) =>
        `ALTER ROLE ${pg.escapeIdentifier(user)} IN DATABASE ${pg.escapeIdentifier(got.get('database') ?? '')} SET ${name} = ${ms};`,
    );
  if (fixes.length)
    throw new DatabaseRoleError(
      'Umbrella cannot start: behind DATABASE_POOLER_URL its timeouts must be the app role’s own settings. ' +
        `As a database administrator run: ${fixes.join(' ')} See "A connection pooler" in README.md.`,
    );
}

/** Once at start: the pool's connections sign in and work as a role fit to serve requests (app-role.ts). */
async function checkPool(
  pool: pg.Pool,
  kind: 'server' | 'embedded',
  appUser: string,
  owner: pg.ClientConfig,
  pooledTimeouts?: DatabaseTimeouts,
): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw (await appRoleSignInProblem(error, appUser, owner)) ?? error;
  }
  try {
    if (kind === 'server') {
      await checkAppRole(client);
      if (pooledTimeouts) await checkPooledSettings(client, appUser, pooledTimeouts);
    } else {
      const role = (await client.query<{ role: string }>('SELECT current_user AS role')).rows[0]?.role;
      if (role !== APP_ROLE)
        throw new DatabaseRoleError(`Umbrella cannot start: the embedded database did not switch to the ${APP_ROLE} role.`);
    }
  } finally {
    // Closed rather than kept: every connection that serves requests is then made after open() returned, so a
    // 'connect' listener added by the caller (the benchmarks count statements that way) sees all of them.
    client.release(true);
  }
}
