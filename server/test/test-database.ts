// A fresh database for one test file: an in-memory embedded database started from the migrated
// template, or a uniquely named database on the server in TEST_DATABASE_URL (dropped afterwards), whose app
// pool signs in as umbrella_app, no superuser, so the tests run with the app's real rights.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { allowLocalAppLogin } from '../db/app-role.ts';
import { APP_ROLE, type Database, type DatabaseTimeouts, DEFAULT_TIMEOUTS, openDatabase } from '../db/database.ts';

export type TestDatabase = Database & {
  /** Runs SQL as the owner (a superuser), for arranging and tampering in tests only. */
  asOwner(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  label: 'embedded' | 'server';
};

/** A fresh server database's name and owner URL (the TEST_DATABASE_URL user), and how to drop it. */
export async function createServerDatabase(serverUrl: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `umbrella_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    // The local test server trusts its connections: the app role signs in without a password.
    await allowLocalAppLogin(admin);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

/**
 * TEST_DATABASE_POOLER_URL: a PgBouncer in transaction mode in front of TEST_DATABASE_URL's server (scripts/test-all.ts
 * starts one). The app's connections go through it to the test's own database; the owner's stay direct.
 */
const poolerUrl = process.env.TEST_DATABASE_POOLER_URL || undefined;
/** TEST_DATABASE_PREPARED_STATEMENTS: named or unnamed; unnamed by default behind a pooler, as it needs. */
const preparedStatements =
  (process.env.TEST_DATABASE_PREPARED_STATEMENTS as 'named' | 'unnamed' | undefined) || (poolerUrl ? 'unnamed' : 'named');
/** Whether the app's connections go through a pooler in transaction mode: a test of session state skips then. */
export const behindPooler = Boolean(poolerUrl);

/** The pooler's URL for one database: behind the pooler, the same name as on the server. */
function pooledUrl(name: string): string | undefined {
  if (!poolerUrl) return undefined;
  const url = new URL(poolerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Behind a pooler the app's timeouts are its role's settings (README, "A connection pooler"): set here for this test
 * database only, as an operator would for the real one.
 */
async function setPooledTimeouts(serverUrl: string, name: string, timeouts: DatabaseTimeouts): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const [setting, ms] of [
      ['statement_timeout', timeouts.statementMs],
      ['lock_timeout', timeouts.lockMs],
      ['idle_in_transaction_session_timeout', timeouts.idleInTransactionMs],
    ] as const)
      await admin.query(`ALTER ROLE ${APP_ROLE} IN DATABASE ${name} SET ${setting} = ${ms}`);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(options: { migrate?: boolean; timeouts?: DatabaseTimeouts } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const created = await createServerDatabase(serverUrl);
    try {
      if (poolerUrl) await setPooledTimeouts(serverUrl, created.name, options.timeouts ?? DEFAULT_TIMEOUTS);
      database = await openDatabase(
        {
          kind: 'server',
          url: created.url,
          poolSize: 5,
          timeouts: options.timeouts,
          poolerUrl: pooledUrl(created.name),
          preparedStatements,
        },
        options.migrate !== false,
      );
    } catch (error) {
      await created.drop();
      throw error;
    }
    dropDatabase = created.drop;
  } else {
    const template = options.migrate === false ? undefined : process.env.UMBRELLA_TEST_TEMPLATE;
    database = await openDatabase({ kind: 'embedded', loadDataDirFrom: template }, options.migrate !== false);
  }
  const owner = new pg.Client(database.ownerConnection);
  await owner.connect();
  return {
    ...database,
    label: serverUrl ? 'server' : 'embedded',
    // In the embedded database every connection shares one session, whose role the app pool has set;
    // a transaction with SET LOCAL ROLE NONE acts as the owner without disturbing anyone else.
    async asOwner(text, values) {
      await owner.query('BEGIN');
      try {
        await owner.query('SET LOCAL ROLE NONE');
        const result = await owner.query(text, values as unknown[]);
        await owner.query('COMMIT');
        return result;
      } catch (error) {
        await owner.query('ROLLBACK');
        throw error;
      }
    },
    async close() {
      await owner.end();
      await database.close();
      await dropDatabase();
    },
  };
}
