// SQL for visits and appointments (issue 17 §1, §3): the appointments and the times offered, what makes appointments hard,
// the parent's practical barriers from the needs pages (read only), the care team and names, the day-before reminders
// (a SystemScope, across families) and a worker's own calendar (through familyVisible).
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { AppointmentKind, AppointmentStatus, OptionProposer, OptionStatus } from '../../../shared/domain/appointments.ts';
import type { MeetingKind } from '../../../shared/domain/meetings.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { AccessScope, SystemScope } from '../../access/scope.ts';
import { familyVisible } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { factsThatRead, type WorkerFacts } from './appointments.policy.ts';

/** The facts of appointments.policy.ts as SQL on an appointments row (alias `a`), for the worker `staffId` of `organisationId`. */
function factsSql(staffId: string, organisationId: string, a: string): Record<keyof WorkerFacts, RawBuilder<unknown>> {
  const col = (name: string) => sql.ref(`${a}.${name}`);
  return {
    arranger: sql`${col('arranged_by_staff_id')} = ${staffId}::uuid`,
    coming: sql`${staffId}::uuid = ANY(${col('staff_ids')})`,
    keyWorker: sql`EXISTS (SELECT 1 FROM care_team_members akw WHERE akw.family_id = ${col('family_id')}
      AND akw.staff_id = ${staffId}::uuid AND akw.ended_at IS NULL AND akw.started_at <= now() AND akw.key_worker IS NOT NULL)`,
    sameAgency: sql`${col('arranged_by_organisation_id')} = ${organisationId}::uuid`,
  };
}

/** workerReads() (appointments.policy.ts) as a condition on an appointments row: an OR of the facts that alone let a worker read. */
export function appointmentReadableBy(staffId: string, organisationId: string, a = 'a'): Expression<SqlBool> {
  const facts = factsSql(staffId, organisationId, a);
  const parts = factsThatRead().map((fact) => facts[fact]);
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` OR `)})` : sql<SqlBool>`false`;
}

/** The family's care team now, key workers first, with each member's role and agency. */
export async function careTeam(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['m.staff_id', 'm.team_role', 'm.key_worker', 's.full_name', 's.organisation_id', 'o.name as organisation_name'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .where('m.started_at', '<=', sql<Date>`now()`)
    .orderBy(sql`m.key_worker IS NULL`)
    .orderBy('m.started_at')
    .execute();
}
export type TeamMember = Awaited<ReturnType<typeof careTeam>>[number];

/** Workers' names and agencies (not family data: the staff directory), for those no longer on the care team. */
export async function staffNames(tx: Tx, staffIds: readonly string[]) {
  if (staffIds.length === 0) return [];
  return tx
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.full_name', 'o.name as organisation_name'])
    .where('s.id', 'in', [...new Set(staffIds)])
    .execute();
}

/** The family's people, with the kind of account each signs in with (if any), to name them and find the parent. */
export async function people(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('people as p')
    .select([
      'p.id',
      'p.kind',
      'p.full_name',
      'p.preferred_name',
      sql<string | null>`(SELECT a.kind FROM accounts a WHERE a.family_id = p.family_id AND a.person_id = p.id
        ORDER BY a.disabled_at IS NULL DESC, a.created_at LIMIT 1)`.as('account_kind'),
    ])
    .where('p.family_id', '=', family.id)
    .orderBy('p.created_at')
    .execute();
}
export type PersonRow = Awaited<ReturnType<typeof people>>[number];

/** The parent the record is about: the one with the parent's account, else the first parent not signing in as the other parent. */
export const theParent = (all: readonly PersonRow[]) =>
  all.find((p) => p.account_kind === 'parent') ?? all.find((p) => p.kind === 'parent' && p.account_kind !== 'other_parent');

/** The family's accounts by id, with the name of the person each signs in as (who suggested a time, who cancelled). */
export async function accountNames(tx: Tx, family: VisibleFamily, accountIds: readonly string[]) {
  if (accountIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .selectFrom('accounts as a')
    .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
    .select(['a.id', sql<string>`coalesce(p.preferred_name, p.full_name, 'Someone in the family')`.as('name')])
    .where('a.family_id', '=', family.id)
    .where('a.id', 'in', [...new Set(accountIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

const APPOINTMENT_COLUMNS = [
  'a.id',
  'a.kind',
  'a.meeting_kind',
  'a.purpose',
  'a.place',
  'a.what_to_bring',
  'a.status',
  'a.unannounced',
  'a.unannounced_reason',
  'a.arranged_by_staff_id',
  'a.arranged_by_organisation_id',
  'a.staff_ids',
  'a.person_ids',
  'a.starts_at',
  'a.ends_at',
  'a.agreed_at',
  'a.cancelled_by_staff_id',
  'a.cancelled_by_account_id',
  'a.cancel_reason',
  'a.cancel_reason_written_in',
  'a.cancelled_at',
  'a.sequence',
  'a.version',
  'a.idempotency_fingerprint',
  'a.created_at',
  'a.updated_at',
] as const;

/** Which of the family's appointments a query reads: all (a use case that decides itself), or a worker's or the family's. */
export type Reader = 'all' | { readable: Expression<SqlBool> };

/**
 * What the family reads (issue 17 §2): every appointment but a meeting kept from them: a professionals' meeting (the family
 * is not invited) until its time has come, and one withheld from the parent (P1) at all. Once it has happened she reads it
 * as a fact only (appointment-views.ts#familyView). `now` is the service's clock.
 */
export function familyReader(now: Date, a = 'a'): Reader {
  const col = (name: string) => sql.ref(`${a}.${name}`);
  return {
    readable: sql<SqlBool>`NOT EXISTS (SELECT 1 FROM meetings mf WHERE mf.family_id = ${col('family_id')} AND mf.appointment_id = ${col('id')}
      AND (mf.withholding_reason IS NOT NULL OR (NOT mf.family_invited AND NOT (${col('status')} = 'happened'
        OR (${col('status')} = 'agreed' AND ${col('starts_at')} <= ${now})))))`,
  };
}

export async function appointments(tx: Tx, family: VisibleFamily, reader: Reader, appointmentId?: string) {
  let q = tx.selectFrom('appointments as a').select(APPOINTMENT_COLUMNS).where('a.family_id', '=', family.id);
  if (reader !== 'all') q = q.where(reader.readable);
  if (appointmentId !== undefined) q = q.where('a.id', '=', appointmentId);
  // The latest 500 (by time, or when made while still being arranged): the views sort them for reading.
  return q.orderBy(sql`coalesce(a.starts_at, a.created_at) DESC`).orderBy('a.id', 'desc').limit(500).execute();
}
export type AppointmentRow = Awaited<ReturnType<typeof appointments>>[number];

/** How many of the family's appointments there are in all (a worker is told how many are not shared with them). */
export async function countAppointments(tx: Tx, family: VisibleFamily) {
  const row = await tx
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('family_id', '=', family.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function byIdempotencyKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('appointments as a')
    .select(APPOINTMENT_COLUMNS)
    .where('a.family_id', '=', family.id)
    .where('a.created_by_account_id', '=', accountId)
    .where('a.idempotency_key', '=', key)
    .executeTakeFirst();
}

export type NewAppointment = {
  id: string;
  kind: AppointmentKind;
  /** A meeting's kind (issue 17 §2: arranged by modules/meetings); left out for visits and appointments. */
  meeting_kind?: MeetingKind | null;
  purpose: string | null;
  place: string | null;
  what_to_bring: string | null;
  status: AppointmentStatus;
  unannounced: boolean;
  unannounced_reason: string | null;
  arranged_by_staff_id: string;
  arranged_by_organisation_id: string;
  staff_ids: string[];
  person_ids: string[];
  starts_at: Date | null;
  ends_at: Date | null;
  created_by_account_id: string;
  idempotency_key: string | null;
  idempotency_fingerprint: string | null;
};

/** One appointment; a retry with the same idempotency key makes nothing (the unique index decides between retries). */
export async function insertAppointment(tx: Tx, family: VisibleFamily, v: NewAppointment) {
  const r = await tx
    .insertInto('appointments')
    .values({ ...v, family_id: family.id, meeting_kind: v.meeting_kind ?? null })
    .onConflict((c) =>
      c.columns(['family_id', 'created_by_account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export type AppointmentChange = {
  status?: AppointmentStatus;
  starts_at?: Date | null;
  ends_at?: Date | null;
  agreed_at?: Date | null;
  cancelled_by_staff_id?: string | null;
  cancelled_by_account_id?: string | null;
  cancel_reason?: string | null;
  cancel_reason_written_in?: Locale;
  cancelled_at?: Date | null;
};

/**
 * Changes an appointment if it is still at the version read: the version and the calendar's SEQUENCE go up together.
 * False when stale (someone else changed it first).
 */
export async function updateAppointment(tx: Tx, family: VisibleFamily, id: string, readVersion: number, change: AppointmentChange) {
  const r = await tx
    .updateTable('appointments')
    .set({ ...change, version: sql<number>`version + 1`, sequence: sql<number>`sequence + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function options(tx: Tx, family: VisibleFamily, appointmentIds: readonly string[]) {
  if (appointmentIds.length === 0) return [];
  return tx
    .selectFrom('appointment_options')
    .select([
      'id',
      'appointment_id',
      'round',
      'starts_at',
      'ends_at',
      'proposed_by',
      'proposed_by_staff_id',
      'proposed_by_account_id',
      'note',
      'written_in',
      'status',
      'created_at',
    ])
    .where('family_id', '=', family.id)
    .where('appointment_id', 'in', [...new Set(appointmentIds)])
    .orderBy('round')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}
export type OptionRow = Awaited<ReturnType<typeof options>>[number];

export type NewOption = {
  id: string;
  round: number;
  starts_at: Date;
  ends_at: Date;
  proposed_by: OptionProposer;
  proposed_by_staff_id: string | null;
  proposed_by_account_id: string;
  note: string | null;
  written_in: Locale;
};

export async function insertOptions(tx: Tx, family: VisibleFamily, appointmentId: string, rows: readonly NewOption[]) {
  if (rows.length === 0) return;
  await tx
    .insertInto('appointment_options')
    .values(rows.map((o) => ({ ...o, family_id: family.id, appointment_id: appointmentId, status: 'open' as const })))
    .execute();
}

/** Sets the status of an appointment's open times: `chosen` for one, `set_aside` for the rest (or all). */
export async function settleOptions(tx: Tx, family: VisibleFamily, appointmentId: string, chosenId: string | null) {
  await tx
    .updateTable('appointment_options')
    .set({ status: sql<OptionStatus>`CASE WHEN id = ${chosenId}::uuid THEN 'chosen' ELSE 'set_aside' END` })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('status', '=', 'open')
    .execute();
}

/** What makes appointments hard, kept here (one row per family), or undefined before the first save. */
export async function barriers(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('appointment_barriers')
    .select(['childcare', 'travel', 'times', 'other', 'written_in', 'version', 'updated_at'])
    .where('family_id', '=', family.id)
    .executeTakeFirst();
}
export type BarriersRow = NonNullable<Awaited<ReturnType<typeof barriers>>>;

export type BarrierValues = {
  childcare: string | null;
  travel: string | null;
  times: string | null;
  other: string | null;
  written_in: Locale;
};

/** The first save; a concurrent first save finds the row taken (false) and is answered as stale. */
export async function insertBarriers(tx: Tx, family: VisibleFamily, accountId: string, v: BarrierValues) {
  const r = await tx
    .insertInto('appointment_barriers')
    .values({ ...v, family_id: family.id, updated_by_account_id: accountId })
    .onConflict((c) => c.column('family_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateBarriers(tx: Tx, family: VisibleFamily, accountId: string, readVersion: number, v: BarrierValues) {
  const r = await tx
    .updateTable('appointment_barriers')
    .set({ ...v, updated_by_account_id: accountId, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The parent's practical barriers from the needs pages (issue 15, `person_barriers`), read only: the needs module writes
 * them. Shown while arranging so she is not asked twice.
 */
export async function needsBarriers(tx: Tx, family: VisibleFamily, personId: string) {
  return tx
    .selectFrom('person_barriers')
    .select(['childcare', 'travel_cost', 'times', 'language', 'access', 'caring'])
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** An agreed appointment whose day-before reminder is due (its family is a separate column of the job's row). */
export type ReminderDue = {
  family: string;
  id: string;
  kind: AppointmentKind;
  meeting_kind: MeetingKind | null;
  starts_at: Date;
  arranged_by_staff_id: string;
  staff_ids: string[];
  arranger_name: string;
  family_name: string;
};

/**
 * Agreed appointments starting between `from` and `until` whose reminder was not sent for this start; locked, so two
 * instances never remind twice (SKIP LOCKED), at most `limit`.
 */
export async function dueReminders(tx: Tx, _system: SystemScope, from: Date, until: Date, limit: number) {
  const { rows } = await sql<ReminderDue>`
    SELECT a.family_id AS family, a.id, a.kind, a.meeting_kind, a.starts_at, a.arranged_by_staff_id, a.staff_ids,
      s.full_name AS arranger_name, f.display_name AS family_name
    FROM appointments a
    JOIN staff s ON s.id = a.arranged_by_staff_id
    JOIN families f ON f.id = a.family_id
    WHERE a.status = 'agreed' AND a.starts_at > ${from} AND a.starts_at <= ${until}
      AND a.reminded_for IS DISTINCT FROM a.starts_at
      -- Not a closed family's: the work has ended, so nobody is reminded of a visit (reopening brings it back).
      AND f.closed_at IS NULL
    ORDER BY a.starts_at
    LIMIT ${limit}
    FOR UPDATE OF a SKIP LOCKED`.execute(tx);
  return rows;
}

/** Marks the start reminded for (a time agreed again is reminded again). */
export async function markReminded(tx: Tx, family: VisibleFamily, id: string, startsAt: Date) {
  await tx.updateTable('appointments').set({ reminded_for: startsAt }).where('family_id', '=', family.id).where('id', '=', id).execute();
}

/**
 * A worker's own calendar across families: what they arranged or are coming to, in families they reach now (familyVisible),
 * agreed, happened or cancelled after a time was agreed, from `since` on.
 */
export async function workerCalendar(tx: Tx, scope: AccessScope, staffId: string, since: Date) {
  return tx
    .selectFrom('appointments as a')
    .innerJoin('families as f', 'f.id', 'a.family_id')
    .select([...APPOINTMENT_COLUMNS, 'a.family_id', 'f.display_name'])
    .where(familyVisible(scope, 'a.family_id'))
    .where((eb) => eb.or([eb('a.arranged_by_staff_id', '=', staffId), sql<SqlBool>`${staffId}::uuid = ANY(a.staff_ids)`]))
    .where('a.starts_at', 'is not', null)
    .where('a.starts_at', '>=', since)
    .orderBy('a.starts_at')
    .limit(1000)
    .execute();
}

/**
 * For the team manager's count of unannounced visits: per worker of the team (staff.team_id), the visits they arranged or
 * recorded that took place between `since` and `now` (happened, or agreed and past), and how many were unannounced.
 */
export async function teamVisitCounts(tx: Tx, teamId: string, since: string, now: Date) {
  const { rows } = await sql<{ staff_id: string; name: string; unannounced: number; visits: number }>`
    SELECT a.arranged_by_staff_id AS staff_id, s.full_name AS name,
      count(*) FILTER (WHERE a.unannounced)::int AS unannounced, count(*)::int AS visits
    FROM appointments a
    JOIN staff s ON s.id = a.arranged_by_staff_id
    WHERE s.team_id = ${teamId} AND a.kind <> 'meeting' AND a.starts_at >= ${since}::date AND a.starts_at <= ${now}
      AND a.status IN ('happened', 'agreed')
    GROUP BY a.arranged_by_staff_id, s.full_name`.execute(tx);
  return rows;
}
