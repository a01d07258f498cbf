// SQL for the parent's check-ins: her settings, her check-ins, the workers she may show them to, and the reminders.
import { sql } from 'kysely';
import type { CheckInRhythm } from '../../../shared/domain/check-ins.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyFamily } from '../../../shared/i18n/notify-family.messages.ts';
import type { SystemScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { notificationIdFor } from '../../db/ids.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';

/** The workers on the family's care team now: the only people a check-in can be shown to. */
export function careTeam(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select(['s.id as staff_id', 's.full_name', 's.job_title', 'm.team_role'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .orderBy('s.full_name')
    .execute();
}

export function findSettings(tx: Tx, family: VisibleFamily, personId: string) {
  return tx
    .selectFrom('check_in_settings')
    .selectAll()
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export type SettingsValues = {
  rhythm: CheckInRhythm;
  low_words: string;
  high_words: string;
  share_with_staff_ids: string[];
  written_in: Locale;
};

/** The first save: one row per person; a concurrent first save finds the row taken and is answered as stale. */
export async function insertSettings(tx: Tx, family: VisibleFamily, personId: string, values: SettingsValues) {
  const row = await tx
    .insertInto('check_in_settings')
    .values({ family_id: family.id, person_id: personId, ...values, updated_at: new Date() })
    .onConflict((oc) => oc.columns(['family_id', 'person_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row;
}

/** A later save, only if nobody saved since the version read. */
export function updateSettings(tx: Tx, family: VisibleFamily, personId: string, version: number, values: SettingsValues) {
  return tx
    .updateTable('check_in_settings')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Her check-ins of the last year, oldest first. */
export function ownCheckIns(tx: Tx, family: VisibleFamily, personId: string, since: Date) {
  return tx
    .selectFrom('check_ins')
    .select(['id', 'score', 'words', 'written_in', 'created_at', 'shared_with_staff_ids'])
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .where('created_at', '>=', since)
    .orderBy('created_at')
    .limit(400)
    .execute();
}

/** The check-ins she chose to show this worker, oldest first. */
export function checkInsSharedWith(tx: Tx, family: VisibleFamily, personId: string, staffId: string, since: Date) {
  return tx
    .selectFrom('check_ins')
    .select(['id', 'score', 'words', 'written_in', 'created_at'])
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .where('created_at', '>=', since)
    .where(sql<boolean>`${staffId}::uuid = ANY(shared_with_staff_ids)`)
    .orderBy('created_at')
    .limit(400)
    .execute();
}

export type NewCheckIn = {
  id: string;
  person_id: string;
  account_id: string;
  score: number;
  words: string | null;
  shared_with_staff_ids: string[];
  idempotency_key: string | null;
  written_in: Locale;
};

/** One check-in; a retry with the same key makes none and returns the first one's row. */
export async function insertCheckIn(tx: Tx, family: VisibleFamily, row: NewCheckIn) {
  const made = await tx
    .insertInto('check_ins')
    .values({ ...row, family_id: family.id, created_at: new Date() })
    .onConflict((oc) => oc.columns(['family_id', 'account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .returning(['id', 'score', 'words', 'written_in', 'created_at', 'shared_with_staff_ids'])
    .executeTakeFirst();
  if (made) return { row: made, created: true };
  const first = await tx
    .selectFrom('check_ins')
    .select(['id', 'score', 'words', 'written_in', 'created_at', 'shared_with_staff_ids'])
    .where('family_id', '=', family.id)
    .where('account_id', '=', row.account_id)
    .where('idempotency_key', '=', row.idempotency_key)
    .executeTakeFirstOrThrow();
  return { row: first, created: false };
}

/**
 * Parents whose rhythm says a check-in is due by `today` and who were not reminded for that due day: due when the days
 * of their rhythm have passed since their last check-in (or since they last chose their settings). Each due day once.
 */
export async function dueReminders(tx: Tx, _system: SystemScope, today: string) {
  const { rows } = await sql<{ family_id: string; person_id: string; account_id: string; due_on: string }>`
    SELECT d.family_id, d.person_id, d.account_id, d.due_on::text AS due_on FROM (
      SELECT s.family_id, s.person_id, a.id AS account_id, s.reminded_for,
        (greatest(s.updated_at, coalesce((SELECT max(c.created_at) FROM check_ins c
           WHERE c.family_id = s.family_id AND c.person_id = s.person_id), s.updated_at)) AT TIME ZONE 'UTC')::date
          + CASE s.rhythm WHEN 'weekly' THEN 7 ELSE 14 END AS due_on
      FROM check_in_settings s
      JOIN accounts a ON a.family_id = s.family_id AND a.person_id = s.person_id AND a.kind = 'parent' AND a.disabled_at IS NULL
      WHERE s.rhythm <> 'off'
    ) d
    WHERE d.due_on <= ${today}::date AND (d.reminded_for IS NULL OR d.reminded_for < d.due_on)
    LIMIT 500`.execute(tx);
  return rows;
}

/** Marks the due day reminded for, and tells her; in the job's transaction. */
export async function markReminded(tx: Tx, family: VisibleFamily, due: { person_id: string; account_id: string; due_on: string }) {
  const dedupeKey = `check_in_due:${due.person_id}:${due.due_on}`;
  await tx
    .updateTable('check_in_settings')
    .set({ reminded_for: due.due_on })
    .where('family_id', '=', family.id)
    .where('person_id', '=', due.person_id)
    .execute();
  await tx
    .insertInto('notifications')
    .values({
      // Made from the dedupe key, so the primary key makes the reminder once.
      id: notificationIdFor(dedupeKey),
      kind: 'check_in_due',
      family_id: family.id,
      recipient_account_id: due.account_id,
      recipient_staff_id: null,
      entry_id: null,
      // Her own language when she reads it (issue 16 §3).
      ...phraseColumns(phrase(notifyFamily.checkInDue)),
      dedupe_key: dedupeKey,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The family's people who have check-ins or settings, with their scale's words. */
export function parentsWithSettingsOrCheckIns(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('people as p')
    .leftJoin('check_in_settings as s', (j) => j.onRef('s.family_id', '=', 'p.family_id').onRef('s.person_id', '=', 'p.id'))
    .select(['p.id as person_id', 'p.full_name as name', 's.low_words', 's.high_words', 's.written_in'])
    .where('p.family_id', '=', family.id)
    .where((eb) =>
      eb.or([
        eb('s.person_id', 'is not', null),
        eb.exists(
          eb.selectFrom('check_ins as c').select('c.id').whereRef('c.family_id', '=', 'p.family_id').whereRef('c.person_id', '=', 'p.id'),
        ),
      ]),
    )
    .execute();
}

/** Every check-in of one person, oldest first: what her subject access export holds. */
export function allCheckIns(tx: Tx, family: VisibleFamily, personId: string) {
  return tx
    .selectFrom('check_ins')
    .select(['id', 'score', 'words', 'written_in', 'created_at', 'shared_with_staff_ids'])
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}
