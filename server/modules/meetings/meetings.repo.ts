// SQL for meetings (issue 17 §2): the meeting beside its appointment row, and everything recorded on it (the family's views,
// the workers' reports and the family's replies, attendance, decisions, actions as they stand in the plan, the minutes),
// read in one go for a view; the writes of arranging and of "before the meeting" (views, reports, help, withholding,
// replies). The record's writes (attendance, decisions, actions, minutes) are in record/record.repo.ts.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { MeetingHelpKind } from '../../../shared/domain/meetings.ts';
import type { WithholdingReason } from '../../../shared/domain/records.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { appointmentsRepo } from '../appointments/index.ts';

/** workerReadsMeeting() (meetings.policy.ts) on an appointments row `a`: the appointments' rule, or they chair it. */
export function meetingReadableBy(staffId: string, organisationId: string, a = 'a'): Expression<SqlBool> {
  return sql<SqlBool>`(${appointmentsRepo.appointmentReadableBy(staffId, organisationId, a)} OR EXISTS (SELECT 1 FROM meetings mch
    WHERE mch.family_id = ${sql.ref(`${a}.family_id`)} AND mch.appointment_id = ${sql.ref(`${a}.id`)}
      AND mch.chair_staff_id = ${staffId}::uuid))`;
}

const MEETING_COLUMNS = [
  'm.appointment_id',
  'm.chair_staff_id',
  'm.family_invited',
  'm.reports_due_working_days',
  'm.minutes_due_working_days',
  'm.invited_at',
  'm.short_notice_reason',
  'm.help_kind',
  'm.help_text',
  'm.help_written_in',
  'm.help_asked_at',
  'm.withholding_reason',
  'm.withholding_review_on',
  'm.withheld_by_staff_id',
  'm.minutes',
  'm.minutes_shared_at',
  'm.minutes_due_on',
  'm.minutes_reminded_at',
  'm.explanation_prompted_person_ids',
  'm.version',
  'm.updated_at',
] as const;

export async function meeting(tx: Tx, family: VisibleFamily, appointmentId: string) {
  return tx
    .selectFrom('meetings as m')
    .select(MEETING_COLUMNS)
    .where('m.family_id', '=', family.id)
    .where('m.appointment_id', '=', appointmentId)
    .executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof meeting>>>;

export async function meetings(tx: Tx, family: VisibleFamily, appointmentIds: readonly string[]) {
  if (appointmentIds.length === 0) return [];
  return tx
    .selectFrom('meetings as m')
    .select(MEETING_COLUMNS)
    .where('m.family_id', '=', family.id)
    .where('m.appointment_id', 'in', [...new Set(appointmentIds)])
    .execute();
}

/** Everything recorded on one meeting, in the order the views show it. */
export async function parts(tx: Tx, family: VisibleFamily, appointmentId: string) {
  const [views, reports, attendance, decisions, actions, replies] = await Promise.all([
    tx
      .selectFrom('meeting_views')
      .select(['id', 'person_id', 'text', 'written_in', 'author_account_id', 'author_name', 'written_for_person', 'agreed_at'])
      .select(['version', 'created_at', 'updated_at'])
      .where('family_id', '=', family.id)
      .where('appointment_id', '=', appointmentId)
      .orderBy('created_at')
      .execute(),
    tx
      .selectFrom('meeting_reports as r')
      .innerJoin('staff as s', 's.id', 'r.author_staff_id')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['r.id', 'r.author_staff_id', 'r.organisation_id', 'r.text', 'r.shared_at', 'r.version', 'r.created_at', 'r.updated_at'])
      .select(['s.full_name as author_name', 'o.name as organisation_name'])
      .where('r.family_id', '=', family.id)
      .where('r.appointment_id', '=', appointmentId)
      .orderBy(sql`r.shared_at IS NULL`)
      .orderBy('r.shared_at')
      .orderBy('r.created_at')
      .execute(),
    tx
      .selectFrom('meeting_attendance')
      .select(['id', 'person_id', 'staff_id', 'name', 'role', 'attendance', 'position'])
      .where('family_id', '=', family.id)
      .where('appointment_id', '=', appointmentId)
      .orderBy('position')
      .execute(),
    tx
      .selectFrom('meeting_decisions')
      .select([
        'id',
        'position',
        'text',
        'decided_by',
        'parent_view',
        'parent_view_written_in',
        'parent_agrees',
        'involvement_level_to',
        'about_person_ids',
        'version',
        'created_at',
      ])
      .where('family_id', '=', family.id)
      .where('appointment_id', '=', appointmentId)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
    // Each action as it stands in the plan now (the plan's own item; removed_at when taken out since).
    tx
      .selectFrom('meeting_actions as ma')
      .leftJoin('recovery_plan_items as i', (j) => j.onRef('i.family_id', '=', 'ma.family_id').onRef('i.id', '=', 'ma.plan_item_id'))
      .select(['ma.plan_item_id', 'ma.decision_id', 'ma.created_at', 'i.content', 'i.removed_at'])
      .where('ma.family_id', '=', family.id)
      .where('ma.appointment_id', '=', appointmentId)
      .orderBy('ma.created_at')
      .execute(),
    tx
      .selectFrom('meeting_replies')
      .select(['id', 'report_id', 'author_account_id', 'author_name', 'text', 'written_in', 'created_at'])
      .where('family_id', '=', family.id)
      .where('appointment_id', '=', appointmentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return { views, reports, attendance, decisions, actions, replies };
}
export type MeetingParts = Awaited<ReturnType<typeof parts>>;

export type NewMeeting = {
  appointment_id: string;
  chair_staff_id: string;
  family_invited: boolean;
  reports_due_working_days: number;
  minutes_due_working_days: number;
  invited_at: Date | null;
  short_notice_reason: string | null;
};

export async function insertMeeting(tx: Tx, family: VisibleFamily, v: NewMeeting) {
  await tx
    .insertInto('meetings')
    .values({ ...v, family_id: family.id, updated_at: sql<Date>`now()` })
    .execute();
}

export type MeetingChange = {
  help_kind?: MeetingHelpKind | null;
  help_text?: string | null;
  help_written_in?: Locale;
  help_asked_at?: Date | null;
  withholding_reason?: WithholdingReason | null;
  withholding_review_on?: string | null;
  withheld_by_staff_id?: string | null;
};

/** Changes the meeting if it is still at the version read; false when stale. */
export async function updateMeeting(tx: Tx, family: VisibleFamily, appointmentId: string, readVersion: number, change: MeetingChange) {
  const r = await tx
    .updateTable('meetings')
    .set({ ...change, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type ViewValues = {
  person_id: string;
  text: string;
  written_in: Locale;
  author_account_id: string;
  author_name: string;
  written_for_person: boolean;
  agreed_at: Date | null;
};

/**
 * A person's view: the first one (readVersion 0; a concurrent first save finds the row taken), or a change of the version
 * read. False when stale.
 */
export async function saveView(tx: Tx, family: VisibleFamily, appointmentId: string, id: string, readVersion: number, v: ViewValues) {
  if (readVersion === 0) {
    const r = await tx
      .insertInto('meeting_views')
      .values({ ...v, id, family_id: family.id, appointment_id: appointmentId, created_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .onConflict((c) => c.columns(['family_id', 'appointment_id', 'person_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('meeting_views')
    .set({ ...v, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('person_id', '=', v.person_id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A worker's own report: the first save (readVersion 0) or a change of the version read. False when stale. */
export async function saveReport(
  tx: Tx,
  family: VisibleFamily,
  appointmentId: string,
  v: { id: string; author_staff_id: string; organisation_id: string; text: string },
  readVersion: number,
) {
  if (readVersion === 0) {
    const r = await tx
      .insertInto('meeting_reports')
      .values({ ...v, family_id: family.id, appointment_id: appointmentId, created_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .onConflict((c) => c.columns(['family_id', 'appointment_id', 'author_staff_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('meeting_reports')
    .set({ text: v.text, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('author_staff_id', '=', v.author_staff_id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Shares the worker's own report at the version read (once). False when stale or already shared. */
export async function shareReport(tx: Tx, family: VisibleFamily, appointmentId: string, staffId: string, readVersion: number, at: Date) {
  const r = await tx
    .updateTable('meeting_reports')
    .set({ shared_at: at, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('family_id', '=', family.id)
    .where('appointment_id', '=', appointmentId)
    .where('author_staff_id', '=', staffId)
    .where('version', '=', readVersion)
    .where('shared_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type NewReply = {
  id: string;
  report_id: string | null;
  author_account_id: string;
  author_name: string;
  text: string;
  written_in: Locale;
  idempotency_key: string | null;
};

/** A family member's reply; a retry with the same idempotency key makes nothing (false). */
export async function insertReply(tx: Tx, family: VisibleFamily, appointmentId: string, v: NewReply) {
  const r = await tx
    .insertInto('meeting_replies')
    .values({ ...v, family_id: family.id, appointment_id: appointmentId, created_at: sql<Date>`now()` })
    .onConflict((c) =>
      c.columns(['family_id', 'author_account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The reply a key made before (a retried save answers with it). */
export async function replyByKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('meeting_replies')
    .select(['id', 'appointment_id', 'report_id', 'text'])
    .where('family_id', '=', family.id)
    .where('author_account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}
