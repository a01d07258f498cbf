// SQL of a meeting's record (issue 17 §2): who came, decisions, the actions that land in the plan, the minutes and their due
// date, the overdue-minutes job's reads (a SystemScope) and the team manager's count (numbers by chair, never a family).
import { sql } from 'kysely';
import type { InvolvementLevel } from '../../../../shared/domain/involvement-levels.ts';
import type { Attendance, DecidedBy, ParentAgrees } from '../../../../shared/domain/meetings.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import type { SystemScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';

export type AttendanceValues = {
  id: string;
  person_id: string | null;
  staff_id: string | null;
  name: string;
  role: string | null;
  attendance: Attendance;
};

/** Who came: the whole list replaces the last one. */
export async function replaceAttendance(tx: Tx, family: VisibleFamily, appointmentId: string, rows: readonly AttendanceValues[]) {
  await tx.deleteFrom('meeting_attendance').where('family_id', '=', family.id).where('appointment_id', '=', appointmentId).execute();
  if (rows.length === 0) return;
  await tx
    .insertInto('meeting_attendance')
    .values(rows.map((r, position) => ({ ...r, position, family_id: family.id, appointment_id: appointmentId })))
    .execute();
}

export type RecordChange = {
  minutes?: string;
  minutes_shared_at?: Date;
  minutes_due_on?: string;
};

/**
 * Changes the meeting's record at the version read (its version moves on); false when stale. `unshared`: only while the
 * minutes are not shared yet (they are shared once, and not changed after the family read them).
 */
export async function updateRecord(
  tx: Tx,
  family: VisibleFamily,
  appointmentId: string,
  readVersion: number,
  change: RecordChange,
  unshared = false,
) {
  let q = tx
    .updateTable('meetings')
    .set({ ...change, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('version', '=', readVersion);
  if (unshared) q = q.where('minutes_shared_at', 'is', null);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The minutes' due date as the meeting's time now gives it (set on the record's first write; not a change anyone made). */
export async function setMinutesDue(tx: Tx, family: VisibleFamily, appointmentId: string, dueOn: string) {
  await tx
    .updateTable('meetings')
    .set({ minutes_due_on: dueOn })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('minutes_shared_at', 'is', null)
    .where((eb) => eb.or([eb('minutes_due_on', 'is', null), eb('minutes_due_on', '<>', dueOn)]))
    .execute();
}

/** Children whose explanation is to be looked at again after this meeting (added to, never taken from). */
export async function addExplanationPrompts(tx: Tx, family: VisibleFamily, appointmentId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return;
  await tx
    .updateTable('meetings')
    .set({
      explanation_prompted_person_ids: sql<
        string[]
      >`ARRAY(SELECT DISTINCT unnest(explanation_prompted_person_ids || ${sql.val([...personIds])}::uuid[]))`,
    })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .execute();
}

export type DecisionValues = {
  id: string;
  text: string;
  decided_by: DecidedBy;
  parent_view: string | null;
  parent_view_written_in: Locale;
  parent_agrees: ParentAgrees;
  involvement_level_to: InvolvementLevel | null;
  about_person_ids: string[];
  created_by_account_id: string;
  idempotency_key: string | null;
};

/** A decision, last in the meeting's order; a retry with the same idempotency key makes nothing (false). */
export async function insertDecision(tx: Tx, family: VisibleFamily, appointmentId: string, v: DecisionValues) {
  const r = await tx
    .insertInto('meeting_decisions')
    .values({
      ...v,
      family_id: family.id,
      appointment_id: appointmentId,
      position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM meeting_decisions
        WHERE family_id = ${family.id} AND appointment_id = ${appointmentId})`,
    })
    .onConflict((c) =>
      c.columns(['family_id', 'created_by_account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function decisionByKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('meeting_decisions')
    .select(['id', 'appointment_id', 'text', 'decided_by'])
    .where('family_id', '=', family.id)
    .where('created_by_account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function decisionOf(tx: Tx, family: VisibleFamily, appointmentId: string, decisionId: string) {
  return tx
    .selectFrom('meeting_decisions')
    .select(['id'])
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('id', '=', decisionId)
    .executeTakeFirst();
}

/**
 * Reserves a meeting's action (its plan item's id) under its idempotency key before the item is written: a retry, or two at
 * once, finds the row taken (false) and makes no second action.
 */
export async function insertAction(
  tx: Tx,
  family: VisibleFamily,
  appointmentId: string,
  v: { plan_item_id: string; decision_id: string | null; created_by_account_id: string; idempotency_key: string | null },
) {
  const r = await tx
    .insertInto('meeting_actions')
    .values({ ...v, family_id: family.id, appointment_id: appointmentId })
    .onConflict((c) =>
      c.columns(['family_id', 'created_by_account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function actionByKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('meeting_actions')
    .select(['plan_item_id', 'appointment_id'])
    .where('family_id', '=', family.id)
    .where('created_by_account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

// ---- The overdue-minutes job (a SystemScope: every family) --------------------------------------------------------------

/** Meetings whose time has come, minutes not shared and no due date yet: the job gives them one. Locked, at most `limit`. */
export async function minutesWithoutDueDate(tx: Tx, _system: SystemScope, now: Date, limit: number) {
  const { rows } = await sql<{ family: string; id: string; starts_at: Date; minutes_due_working_days: number }>`
    SELECT m.family_id AS family, m.appointment_id AS id, a.starts_at, m.minutes_due_working_days
    FROM meetings m JOIN appointments a ON a.family_id = m.family_id AND a.id = m.appointment_id
    WHERE m.minutes_due_on IS NULL AND m.minutes_shared_at IS NULL AND a.starts_at IS NOT NULL
      AND (a.status = 'happened' OR (a.status = 'agreed' AND a.starts_at <= ${now}))
    ORDER BY a.starts_at
    LIMIT ${limit}
    FOR UPDATE OF m SKIP LOCKED`.execute(tx);
  return rows;
}

export type OverdueDue = {
  family: string;
  id: string;
  meeting_kind: string;
  starts_at: Date;
  minutes_due_on: string;
  chair_staff_id: string;
  arranged_by_staff_id: string;
  family_name: string;
};

/** Meetings whose minutes are late (not shared, due before `today`) and whose chair was not reminded: locked, at most `limit`. */
export async function overdueToRemind(tx: Tx, _system: SystemScope, today: string, limit: number) {
  const { rows } = await sql<OverdueDue>`
    SELECT m.family_id AS family, m.appointment_id AS id, a.meeting_kind, a.starts_at, to_char(m.minutes_due_on, 'YYYY-MM-DD') AS minutes_due_on,
      m.chair_staff_id, a.arranged_by_staff_id, f.display_name AS family_name
    FROM meetings m
    JOIN appointments a ON a.family_id = m.family_id AND a.id = m.appointment_id
    JOIN families f ON f.id = m.family_id
    WHERE m.minutes_shared_at IS NULL AND m.minutes_reminded_at IS NULL AND m.minutes_due_on < ${today}::date
      AND a.status <> 'cancelled'
      -- A closed family's minutes cannot be written until it is reopened (closed-family.ts): nobody is asked for them.
      AND f.closed_at IS NULL
    ORDER BY m.minutes_due_on
    LIMIT ${limit}
    FOR UPDATE OF m SKIP LOCKED`.execute(tx);
  return rows;
}

export async function markMinutesReminded(tx: Tx, family: VisibleFamily, appointmentId: string, at: Date) {
  await tx
    .updateTable('meetings')
    .set({ minutes_reminded_at: at })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .execute();
}

/** The care team members now (who is told when the chair has left it). */
export async function teamStaffIds(tx: Tx, family: VisibleFamily) {
  const rows = await tx
    .selectFrom('care_team_members')
    .select(['staff_id'])
    .where('family_id', '=', family.id)
    .where('ended_at', 'is', null)
    .where('started_at', '<=', sql<Date>`now()`)
    .execute();
  return new Set(rows.map((r) => r.staff_id));
}

// ---- The team manager's count -------------------------------------------------------------------------------------------

/**
 * Meetings chaired by someone in the team whose minutes are not shared, not cancelled, and whose time has come: the chair,
 * the due date (null until the record or the job gave one), the meeting's start and its minutes target. No family.
 */
export async function unsharedForTeam(tx: Tx, teamId: string, now: Date) {
  const { rows } = await sql<{
    chair_staff_id: string;
    chair_name: string;
    minutes_due_on: string | null;
    starts_at: Date;
    minutes_due_working_days: number;
  }>`
    SELECT m.chair_staff_id, s.full_name AS chair_name, to_char(m.minutes_due_on, 'YYYY-MM-DD') AS minutes_due_on, a.starts_at,
      m.minutes_due_working_days
    FROM meetings m
    JOIN staff s ON s.id = m.chair_staff_id
    JOIN appointments a ON a.family_id = m.family_id AND a.id = m.appointment_id
    JOIN families f ON f.id = m.family_id
    -- Not a closed family's: its minutes cannot be written until it is reopened, so they are not late work of the chair.
    WHERE s.team_id = ${teamId} AND m.minutes_shared_at IS NULL AND a.starts_at IS NOT NULL AND f.closed_at IS NULL
      AND (a.status = 'happened' OR (a.status = 'agreed' AND a.starts_at <= ${now}))`.execute(tx);
  return rows;
}
