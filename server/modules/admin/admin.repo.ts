// SQL for the administrator console: organisations, teams, workers and their accounts, the mail outbox to staff.
// No family data is read here; an organisation filter (null: every organisation) is the caller's reach.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import type { OrganisationKind, StaffRole } from '../../db/schema.ts';

type Conn = Db | Tx;

export async function listOrganisations(db: Conn, only: string | null) {
  let q = db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name', 'o.kind', 'o.phone', 'o.email'])
    .select((eb) =>
      eb.selectFrom('staff as s').whereRef('s.organisation_id', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('staffCount'),
    )
    .orderBy('o.name');
  if (only) q = q.where('o.id', '=', only);
  return q.execute();
}

export async function findOrganisation(db: Conn, id: string) {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name', 'o.kind', 'o.phone', 'o.email'])
    .select((eb) =>
      eb.selectFrom('staff as s').whereRef('s.organisation_id', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('staffCount'),
    )
    .where('o.id', '=', id)
    .executeTakeFirst();
}

export async function findOrganisationByName(db: Conn, name: string) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).where(sql`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
}

/**
 * Locks the organisation's row until the transaction ends: changes that could leave it without an administrator
 * queue here, so two administrators demoting each other at once cannot both succeed.
 */
export async function lockOrganisation(tx: Tx, id: string) {
  await tx.selectFrom('organisations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Serialises changes that could leave the installation without a platform administrator. */
export async function lockPlatformAdministrators(tx: Tx) {
  await sql`SELECT pg_advisory_xact_lock(7305013)`.execute(tx);
}

export async function insertOrganisation(
  tx: Tx,
  o: { id: string; name: string; kind: OrganisationKind; phone: string | null; email: string | null },
) {
  await tx.insertInto('organisations').values(o).execute();
}

export async function listTeams(db: Conn, organisationId: string) {
  return db
    .selectFrom('teams as t')
    .select(['t.id', 't.name', 't.version'])
    .select((eb) =>
      eb.selectFrom('staff as s').whereRef('s.team_id', '=', 't.id').select(eb.fn.countAll<number>().as('n')).as('staffCount'),
    )
    .where('t.organisation_id', '=', organisationId)
    .orderBy('t.name')
    .execute();
}

export async function findTeam(db: Conn, id: string) {
  return db.selectFrom('teams').select(['id', 'organisation_id', 'name', 'version']).where('id', '=', id).executeTakeFirst();
}

export async function insertTeam(tx: Tx, t: { id: string; organisationId: string; name: string }) {
  await tx.insertInto('teams').values({ id: t.id, organisation_id: t.organisationId, name: t.name }).execute();
}

/** One conditional UPDATE: the new version, or undefined when the team changed since `version` was read. */
export async function renameTeam(tx: Tx, id: string, version: number, name: string): Promise<number | undefined> {
  const row = await tx
    .updateTable('teams')
    .set({ name, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Whether a member of staff can sign in now (an account, not deactivated): the "last administrator" rule counts these. */
const activeAccount = (staffColumn: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM accounts a WHERE a.staff_id = ${sql.ref(staffColumn)} AND a.disabled_at IS NULL)`;

const statusOf = sql<'invited' | 'active' | 'deactivated'>`CASE WHEN a.disabled_at IS NOT NULL THEN 'deactivated'
  WHEN a.id IS NULL OR a.password_hash IS NULL THEN 'invited' ELSE 'active' END`;

export async function listWorkers(db: Conn, organisationId: string) {
  return db
    .selectFrom('staff as s')
    .leftJoin('teams as t', 't.id', 's.team_id')
    .leftJoin('accounts as a', 'a.staff_id', 's.id')
    .select(['s.id', 's.full_name', 's.job_title', 's.role', 't.name as team_name', statusOf.as('status')])
    .where('s.organisation_id', '=', organisationId)
    .orderBy('s.full_name')
    .orderBy('s.id')
    .execute();
}

/** One worker with their account, organisation, team, newest open invitation and how many care teams they are on. */
export async function findWorker(db: Conn, staffId: string) {
  return db
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('teams as t', 't.id', 's.team_id')
    .leftJoin('accounts as a', 'a.staff_id', 's.id')
    .select([
      's.id',
      's.organisation_id',
      'o.name as organisation_name',
      's.full_name',
      's.job_title',
      's.discipline',
      's.role',
      's.team_id',
      't.name as team_name',
      's.email',
      's.phone',
      's.version',
      'a.id as account_id',
      'a.username',
      'a.disabled_at',
      statusOf.as('status'),
      sql<boolean>`a.totp_secret IS NOT NULL`.as('has_second_factor'),
    ])
    .select((eb) => [
      eb
        .selectFrom('account_tokens as k')
        .whereRef('k.account_id', '=', 'a.id')
        .where('k.purpose', '=', 'invitation')
        .where('k.used_at', 'is', null)
        .where('k.cancelled_at', 'is', null)
        .select(sql<Date | null>`max(k.expires_at)`.as('e'))
        .as('invitation_expires_at'),
      eb
        .selectFrom('care_team_members as m')
        .whereRef('m.staff_id', '=', 's.id')
        .where('m.ended_at', 'is', null)
        .select(eb.fn.countAll<number>().as('n'))
        .as('care_teams'),
    ])
    .where('s.id', '=', staffId)
    .executeTakeFirst();
}
export type WorkerRow = NonNullable<Awaited<ReturnType<typeof findWorker>>>;

export async function findStaffIdByIdempotencyKey(tx: Conn, createdByStaffId: string, key: string) {
  const row = await tx
    .selectFrom('staff')
    .select('id')
    .where('created_by_staff_id', '=', createdByStaffId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export async function usernameTaken(db: Conn, username: string): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('id').where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

export type StaffFields = {
  fullName: string;
  jobTitle: string;
  discipline: string;
  role: StaffRole;
  teamId: string | null;
  email: string | null;
  phone: string | null;
};

/**
 * The staff row and its account (no password: the invitation sets one). With an idempotency key, a retry that lost
 * the race to the same key inserts nothing (ON CONFLICT on the unique index) and gets undefined.
 */
export async function insertWorker(
  tx: Tx,
  w: StaffFields & {
    staffId: string;
    accountId: string;
    organisationId: string;
    username: string;
    createdByStaffId: string | null;
    idempotencyKey: string | null;
  },
): Promise<boolean> {
  const inserted = await tx
    .insertInto('staff')
    .values({
      id: w.staffId,
      organisation_id: w.organisationId,
      team_id: w.teamId,
      full_name: w.fullName,
      discipline: w.discipline,
      role: w.role,
      job_title: w.jobTitle,
      email: w.email,
      phone: w.phone,
      created_by_staff_id: w.createdByStaffId,
      idempotency_key: w.idempotencyKey,
    })
    .onConflict((c) => c.columns(['created_by_staff_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await tx
    .insertInto('accounts')
    .values({
      id: w.accountId,
      username: w.username,
      password_hash: null,
      email: w.email,
      kind: 'professional',
      staff_id: w.staffId,
    })
    .execute();
  return true;
}

/** One conditional UPDATE of the staff row (and the account's email with it): the new version, or undefined when stale. */
export async function updateWorker(tx: Tx, staffId: string, version: number, f: StaffFields): Promise<number | undefined> {
  const row = await tx
    .updateTable('staff')
    .set({
      full_name: f.fullName,
      job_title: f.jobTitle,
      discipline: f.discipline,
      role: f.role,
      team_id: f.teamId,
      email: f.email,
      phone: f.phone,
      version: sql`version + 1`,
    })
    .where('id', '=', staffId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return undefined;
  await tx.updateTable('accounts').set({ email: f.email }).where('staff_id', '=', staffId).execute();
  return row.version;
}

/** Other members of staff of the organisation who hold an administrator role and can sign in. */
export async function countOtherAdministrators(tx: Tx, organisationId: string, exceptStaffId: string): Promise<number> {
  const row = await tx
    .selectFrom('staff as s')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.organisation_id', '=', organisationId)
    .where('s.role', 'in', ['administrator', 'platform_administrator'])
    .where('s.id', '<>', exceptStaffId)
    .where(activeAccount('s.id'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Other platform administrators, anywhere, who can sign in. */
export async function countOtherPlatformAdministrators(tx: Tx, exceptStaffId: string): Promise<number> {
  const row = await tx
    .selectFrom('staff as s')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.role', '=', 'platform_administrator')
    .where('s.id', '<>', exceptStaffId)
    .where(activeAccount('s.id'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setAccountDisabled(tx: Tx, accountId: string, disabled: boolean) {
  await tx
    .updateTable('accounts')
    .set({ disabled_at: disabled ? sql`now()` : null })
    .where('id', '=', accountId)
    .execute();
}

/** Forgets the authenticator (and one being set up) and cancels every unused recovery code. */
export async function clearSecondFactor(tx: Tx, accountId: string) {
  await tx.updateTable('accounts').set({ totp_secret: null, totp_pending_secret: null }).where('id', '=', accountId).execute();
  await tx
    .updateTable('recovery_codes')
    .set({ cancelled_at: sql`now()` })
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
}

export async function notifyStaff(
  tx: Tx,
  n: { id: string; staffId: string; kind: 'second_factor_reset' | 'account_changed'; message: string },
) {
  await tx
    .insertInto('notifications')
    .values({
      id: n.id,
      recipient_staff_id: n.staffId,
      recipient_account_id: null,
      kind: n.kind,
      family_id: null,
      entry_id: null,
      message: n.message,
    })
    .execute();
}

/**
 * Mail to members of staff, newest first (ids are time-ordered UUIDv7, so `before` is the last id of the previous
 * page), for the organisation given (null: every organisation). Mail to family members never appears here: an
 * administrator holds no permission on families.
 */
export async function listStaffMail(db: Conn, organisationId: string | null, limit: number, before: string | null) {
  let q = db
    .selectFrom('mail_outbox as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      'm.id',
      'm.to_address',
      'm.kind',
      'm.status',
      'm.path',
      'm.created_at',
      'm.sent_at',
      's.id as staff_id',
      's.full_name',
      'o.name as organisation_name',
    ])
    .orderBy('m.id', 'desc')
    .limit(limit);
  if (organisationId) q = q.where('s.organisation_id', '=', organisationId);
  if (before) q = q.where('m.id', '<', before);
  return q.execute();
}
