// Least privilege (issue 12, item 11): on a server the app's connections sign in as a role that is no superuser and
// cannot become one, and a start with a role that is missing, a superuser or could become one stops with one plain line.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { DatabaseRoleError, openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const onServer = Boolean(process.env.TEST_DATABASE_URL);

/** What the app's own connection is, and what it can and cannot do. */
async function asApp<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await t.pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (error: { code?: string; message: string }) => error.code ?? error.message,
  );

describe('the app’s database role', () => {
  it('is umbrella_app, no superuser, on every connection', async () => {
    const row = await asApp(
      async (c) =>
        (
          await c.query<{ role: string; superuser: boolean }>(
            'SELECT current_user AS role, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser',
          )
        ).rows[0],
    );
    expect(row).toEqual({ role: 'umbrella_app', superuser: false });
  });

  it.runIf(onServer)('signs in as that role, so SET ROLE and RESET ROLE cannot reach a superuser', async () => {
    await asApp(async (c) => {
      const session = await c.query<{ session: string; current: string }>('SELECT session_user AS session, current_user AS current');
      expect(session.rows[0]).toEqual({ session: 'umbrella_app', current: 'umbrella_app' });
      expect(await failure(c.query('SET ROLE postgres'))).toBe('42501');
      expect(await failure(c.query('SET SESSION AUTHORIZATION postgres'))).toBe('42501');
      await c.query('RESET ROLE');
      const after = await c.query<{ current: string; superuser: boolean }>(
        `SELECT current_user AS current, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
      );
      expect(after.rows[0]).toEqual({ current: 'umbrella_app', superuser: false });
      // The audit log stays append-only for it: no right to change a row, nor to switch off the trigger.
      expect(await failure(c.query('UPDATE audit_events SET action = action'))).toBe('42501');
      expect(await failure(c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only'))).toBe('42501');
    });
  });

  it.runIf(onServer)('carries the statement, lock and idle-in-transaction timeouts from its first statement', async () => {
    const settings = await asApp(
      async (c) =>
        (
          await c.query(
            `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
          )
        ).rows[0],
    );
    expect(settings).toEqual({ statement: '15s', lock: '5s', idle: '1min' });
  });
});

describe('the schema', () => {
  it('lets only the owner create objects, even in a database that once let everyone (migration 0018)', { timeout: 180_000 }, async () => {
    // As a database upgraded from PostgreSQL 14 or earlier is: everyone may create in the public schema.
    const fresh = await createTestDatabase({ migrate: false });
    try {
      await fresh.asOwner('GRANT CREATE ON SCHEMA public TO PUBLIC');
      const owner = new pg.Client(fresh.ownerConnection);
      await owner.connect();
      try {
        await migrate(owner);
      } finally {
        await owner.end();
      }
      const client = await fresh.pool.connect();
      try {
        expect(await failure(client.query('CREATE TABLE app_made (n int)'))).toBe('42501');
        expect(await failure(client.query('CREATE FUNCTION app_made() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'))).toBe('42501');
      } finally {
        client.release();
      }
    } finally {
      await fresh.close();
    }
  });
});

describe.runIf(onServer)('a start with an unfit role', () => {
  const made: string[] = [];
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client(t.ownerConnection);
    await admin.connect();
  });
  afterAll(async () => {
    for (const role of made) await admin.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
    await admin?.end();
  });

  /** A role of its own for each case: roles belong to the whole server, and other test files use umbrella_app. */
  async function role(attributes: string, ...then: string[]) {
    const name = `umbrella_test_role_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE ROLE ${name} ${attributes}`);
    made.push(name);
    for (const statement of then) await admin.query(statement.replaceAll('$role', name));
    return name;
  }

  /** Opening the already-migrated database with this app role: the error's message, or 'started'. */
  async function start(appUser: string) {
    const url = String((t.ownerConnection as { connectionString: string }).connectionString);
    try {
      const database = await openDatabase({ kind: 'server', url, appUser });
      await database.close();
      return 'started';
    } catch (error) {
      expect(error).toBeInstanceOf(DatabaseRoleError);
      const message = (error as Error).message;
      // One plain line that says what to do and where to read more.
      expect(message).not.toContain('\n');
      expect(message).toContain('README.md');
      return message;
    }
  }

  it('stops when the role does not exist', async () => {
    expect(await start(`umbrella_test_missing_${randomBytes(4).toString('hex')}`)).toMatch(/does not exist.*CREATE ROLE/);
  });

  it('stops when the role may not sign in', async () => {
    expect(await start(await role('NOLOGIN', 'GRANT umbrella_app TO $role'))).toMatch(/not allowed to sign in.*ALTER ROLE .* LOGIN/);
  });

  it('stops when the role is a superuser, the owner’s own (postgres) included', async () => {
    expect(await start(await role('LOGIN SUPERUSER'))).toMatch(/is a superuser/);
    expect(await start('postgres')).toMatch(/postgres is a superuser/);
  });

  it('stops when the role could become a superuser', async () => {
    expect(await start(await role('LOGIN', 'GRANT umbrella_app TO $role', 'GRANT postgres TO $role'))).toMatch(
      /can become a more powerful role \(postgres\)/,
    );
    expect(await start(await role('LOGIN CREATEROLE', 'GRANT umbrella_app TO $role'))).toMatch(/has CREATEROLE/);
    expect(await start(await role('LOGIN', 'GRANT umbrella_app TO $role', 'GRANT pg_execute_server_program TO $role'))).toMatch(
      /pg_execute_server_program/,
    );
  });

  it('stops when the role may change audit events or lacks the app’s rights', async () => {
    expect(await start(await role('LOGIN', 'GRANT umbrella_app TO $role', 'GRANT DELETE ON audit_events TO $role'))).toMatch(
      /may change or delete audit events/,
    );
    expect(await start(await role('LOGIN'))).toMatch(/has not been given the app’s rights: GRANT umbrella_app TO/);
  });

  it('starts with a role of its own that has umbrella_app’s rights', async () => {
    expect(await start(await role('LOGIN', 'GRANT umbrella_app TO $role'))).toBe('started');
  });
});
