// The role the app's connections sign in as on a PostgreSQL server: not a superuser, unable to become one, not the
// owner of the tables, with the rights migrations grant to umbrella_app. Checked once at start; a wrong role stops it.
import pg from 'pg';

/** The role migrations grant the app's rights to; by default the app's connections also sign in as it. */
export const APP_ROLE = 'umbrella_app';

/** Why the app's database role cannot be used, in one plain line that says what to do. */
export class DatabaseRoleError extends Error {
  override name = 'DatabaseRoleError';
}

const README = 'See "Database roles" in README.md.';

/** The app's role as the running connection sees it, in one statement (run once at start, never per request). */
const ROLE_CHECK = `
  SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole,
    (SELECT string_agg(s.rolname, ', ' ORDER BY s.rolname) FROM pg_roles s
      WHERE s.oid <> r.oid AND pg_has_role(r.oid, s.oid, 'MEMBER')
        AND (s.rolsuper OR s.rolcreaterole OR s.rolname IN ('pg_execute_server_program', 'pg_write_server_files'))) AS becomes,
    (SELECT pg_has_role(r.oid, a.oid, 'USAGE') FROM pg_roles a WHERE a.rolname = '${APP_ROLE}') AS app_rights,
    (SELECT pg_has_role(r.oid, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = to_regclass('public.audit_events')) AS owns_tables,
    (SELECT has_table_privilege(r.oid, c.oid, 'UPDATE, DELETE, TRUNCATE') FROM pg_class c
      WHERE c.oid = to_regclass('public.audit_events')) AS changes_audit
  FROM pg_roles r WHERE r.rolname = current_user`;

type RoleRow = {
  name: string;
  superuser: boolean;
  createrole: boolean;
  becomes: string | null;
  app_rights: boolean | null;
  owns_tables: boolean | null;
  changes_audit: boolean | null;
};

/**
 * Refuses a role that is a superuser or could become one (a member of a superuser or CREATEROLE role, or of the
 * roles that run programs or write files on the server), that owns the tables (it could switch off the audit
 * log's protection), that may change audit rows, or that lacks umbrella_app's rights.
 */
export async function checkAppRole(client: Pick<pg.ClientBase, 'query'>): Promise<string> {
  const row = (await client.query<RoleRow>(ROLE_CHECK)).rows[0];
  if (!row) throw new DatabaseRoleError(`Umbrella cannot start: it cannot read its own database role. ${README}`);
  const name = row.name;
  const id = pg.escapeIdentifier(name);
  const refuse = (why: string) => {
    throw new DatabaseRoleError(`Umbrella cannot start: the database role ${name} ${why} ${README}`);
  };
  if (row.superuser) refuse('is a superuser, and the app must not run as one: give DATABASE_APP_USER a role without SUPERUSER.');
  if (row.createrole) refuse(`has CREATEROLE, so it could make itself more powerful: ALTER ROLE ${id} NOCREATEROLE.`);
  if (row.becomes) refuse(`can become a more powerful role (${row.becomes}): REVOKE that membership.`);
  if (row.owns_tables)
    refuse('owns Umbrella’s tables, so it could switch off the audit log’s protection: use a separate role for the app.');
  if (row.changes_audit) refuse(`may change or delete audit events: REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${id}.`);
  if (row.app_rights === false || (row.app_rights === null && name !== APP_ROLE)) {
    refuse(`has not been given the app’s rights: GRANT ${APP_ROLE} TO ${id}.`);
  }
  return name;
}

/**
 * A connection as the app's role failed: says why in one line (missing, not allowed to sign in, wrong password),
 * asking the owner's connection what it knows of the role. Undefined when it was not about the role.
 */
export async function appRoleSignInProblem(error: unknown, user: string, owner: pg.ClientConfig): Promise<DatabaseRoleError | undefined> {
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('28')) return undefined;
  let role: { rolcanlogin: boolean } | undefined;
  const client = new pg.Client(owner);
  try {
    await client.connect();
    role = (await client.query<{ rolcanlogin: boolean }>('SELECT rolcanlogin FROM pg_roles WHERE rolname = $1', [user])).rows[0];
  } catch {
    // The owner's own connection failed too: the pg error says more than we could.
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
  const id = pg.escapeIdentifier(user);
  if (!role) {
    return new DatabaseRoleError(
      `Umbrella cannot start: the database role ${user} (DATABASE_APP_USER) does not exist. Ask your database administrator to create it (CREATE ROLE ${id} LOGIN PASSWORD '…'). ${README}`,
    );
  }
  if (!role.rolcanlogin) {
    return new DatabaseRoleError(
      `Umbrella cannot start: the database role ${user} (DATABASE_APP_USER) is not allowed to sign in. Ask your database administrator to let it (ALTER ROLE ${id} LOGIN PASSWORD '…'). ${README}`,
    );
  }
  return new DatabaseRoleError(
    `Umbrella cannot start: the database refused the app’s sign-in as ${user} (${(error as Error).message}). Check DATABASE_APP_PASSWORD. ${README}`,
  );
}

/**
 * For a local test or benchmark server whose connections are trusted (no password): lets umbrella_app sign in,
 * making it when it is missing. Roles belong to the whole server and several test files make databases at
 * once, so this is idempotent and serialised by an advisory lock in the connected database. Never used by the
 * app itself: an operator creates the role (README.md).
 */
export async function allowLocalAppLogin(superuser: pg.ClientBase): Promise<void> {
  await superuser.query('SELECT pg_advisory_lock(7305003)');
  try {
    // Migration 0001 may make the role (NOLOGIN) in another database at this very moment: then ALTER it.
    await superuser.query(`DO $$
      BEGIN
        BEGIN
          CREATE ROLE ${APP_ROLE} LOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL;
        END;
        IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          ALTER ROLE ${APP_ROLE} LOGIN;
        END IF;
      END $$`);
  } finally {
    await superuser.query('SELECT pg_advisory_unlock(7305003)');
  }
}
