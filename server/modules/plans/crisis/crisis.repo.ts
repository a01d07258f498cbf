// SQL for the crisis plan in action: what to tell whom, the parts marked for crisis services, each use of the plan
// (who was told, each carer's answer, the review after it), and what the reminder jobs find due.
import { sql } from 'kysely';
import type { CrisisCarerAnswer } from '../../../../shared/domain/crisis.ts';
import type { WellnessSectionKey } from '../../../../shared/domain/plans.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { familyVisible, type SystemScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';

export async function messages(tx: Tx, family: VisibleFamily, documentIds: readonly string[]) {
  if (documentIds.length === 0) return [];
  return tx
    .selectFrom('crisis_messages')
    .select(['id', 'document_id', 'recipient_person_id', 'recipient_staff_id', 'text', 'version', 'updated_at', 'written_in'])
    .where('family_id', '=', family.id)
    .where('document_id', 'in', [...documentIds])
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
}
export type MessageRow = Awaited<ReturnType<typeof messages>>[number];

/**
 * Saves one person's message only if it is still at the version the parent read (0: none yet). False means someone
 * (she, on another device) saved first.
 */
export async function writeMessage(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    document_id: string;
    recipient_person_id: string | null;
    recipient_staff_id: string | null;
    text: string;
    readVersion: number;
    account_id: string;
    /** The language she wrote it in. */
    written_in: Locale;
  },
) {
  if (v.readVersion === 0) {
    const column = v.recipient_person_id ? 'recipient_person_id' : 'recipient_staff_id';
    const r = await tx
      .insertInto('crisis_messages')
      .values({
        family_id: family.id,
        id: v.id,
        document_id: v.document_id,
        recipient_person_id: v.recipient_person_id,
        recipient_staff_id: v.recipient_staff_id,
        text: v.text,
        updated_by_account_id: v.account_id,
        written_in: v.written_in,
      })
      .onConflict((c) => c.columns(['family_id', 'document_id', column]).where(column, 'is not', null).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  let q = tx
    .updateTable('crisis_messages')
    .set((eb) => ({
      text: v.text,
      written_in: v.written_in,
      version: eb('version', '+', 1),
      updated_at: new Date(),
      updated_by_account_id: v.account_id,
    }))
    .where('family_id', '=', family.id)
    .where('document_id', '=', v.document_id)
    .where('version', '=', v.readVersion);
  q = v.recipient_person_id
    ? q.where('recipient_person_id', '=', v.recipient_person_id)
    : q.where('recipient_staff_id', '=', v.recipient_staff_id);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The wellness plan's sections for crisis services, at the version the parent read. */
export async function setCrisisServiceKeys(
  tx: Tx,
  family: VisibleFamily,
  documentId: string,
  readVersion: number,
  keys: WellnessSectionKey[],
) {
  const r = await tx
    .updateTable('plan_documents')
    .set((eb) => ({ crisis_service_keys: keys, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', documentId)
    .where('kind', '=', 'wellness')
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const useColumns = [
  'id',
  'document_id',
  'started_at',
  'started_by_name',
  'started_by_staff_id',
  'start_reason',
  'ended_at',
  'ended_by_name',
  'reflection',
  'changes',
  'reflection_shared',
  'reviewed_at',
  'version',
  'start_reason_written_in',
  'review_written_in',
] as const;

/** The latest use of each of these plans: the one in use now, or the last one. */
export async function latestUses(tx: Tx, family: VisibleFamily, documentIds: readonly string[]) {
  if (documentIds.length === 0) return [];
  return tx
    .selectFrom('crisis_activations')
    .select(useColumns)
    .distinctOn('document_id')
    .where('family_id', '=', family.id)
    .where('document_id', 'in', [...documentIds])
    .orderBy('document_id')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
export type UseRow = Awaited<ReturnType<typeof latestUses>>[number];

/** Starts a use unless one is in use already (the partial unique index decides between two at once). */
export async function insertUse(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    document_id: string;
    started_by_account_id: string;
    started_by_name: string;
    started_by_staff_id: string | null;
    start_reason: string | null;
    start_reason_written_in: Locale;
  },
) {
  const r = await tx
    .insertInto('crisis_activations')
    .values({ ...v, family_id: family.id })
    .onConflict((c) => c.columns(['family_id', 'document_id']).where('ended_at', 'is', null).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function inUse(tx: Tx, family: VisibleFamily, documentId: string) {
  return tx
    .selectFrom('crisis_activations')
    .select(useColumns)
    .where('family_id', '=', family.id)
    .where('document_id', '=', documentId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export async function endUse(tx: Tx, family: VisibleFamily, id: string, by: { account_id: string; name: string }) {
  const r = await tx
    .updateTable('crisis_activations')
    .set((eb) => ({ ended_at: new Date(), ended_by_account_id: by.account_id, ended_by_name: by.name, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function saveReview(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  readVersion: number,
  v: { reflection: string; changes: string | null; reflection_shared: boolean; done: boolean; written_in: Locale },
) {
  const r = await tx
    .updateTable('crisis_activations')
    .set((eb) => ({
      reflection: v.reflection,
      changes: v.changes,
      reflection_shared: v.reflection_shared,
      review_written_in: v.written_in,
      // The first "done" is when it was reviewed; saving again later keeps that day.
      ...(v.done ? { reviewed_at: sql<Date>`coalesce(reviewed_at, now())` } : {}),
      version: eb('version', '+', 1),
    }))
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('ended_at', 'is not', null)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type NewUsePerson = {
  id: string;
  person_id: string | null;
  staff_id: string | null;
  message: string | null;
  /** The language of her message (its crisis_messages row's). */
  message_written_in: Locale;
  told_account_id: string | null;
  carer_for_person_ids: string[];
};

export async function insertPeopleOfUse(tx: Tx, family: VisibleFamily, activationId: string, rows: NewUsePerson[]) {
  if (rows.length === 0) return;
  await tx
    .insertInto('crisis_activation_people')
    .values(rows.map((r) => ({ ...r, activation_id: activationId, family_id: family.id })))
    .execute();
}

export async function peopleOfUses(tx: Tx, family: VisibleFamily, activationIds: readonly string[]) {
  if (activationIds.length === 0) return [];
  return tx
    .selectFrom('crisis_activation_people')
    .select([
      'id',
      'activation_id',
      'person_id',
      'staff_id',
      'message',
      'told_account_id',
      'carer_for_person_ids',
      'carer_answer',
      'carer_note',
      'answered_at',
      'alerted_at',
      'message_written_in',
      'carer_note_written_in',
    ])
    .where('family_id', '=', family.id)
    .where('activation_id', 'in', [...activationIds])
    .orderBy('id')
    .execute();
}
export type UsePersonRow = Awaited<ReturnType<typeof peopleOfUses>>[number];

/** A carer's answer; `alert` marks the key worker told of it (a "cannot"), so the no-answer job passes it by. */
export async function answerAsCarer(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  v: { answer: CrisisCarerAnswer; note: string | null; note_written_in: Locale; alert: boolean },
) {
  await tx
    .updateTable('crisis_activation_people')
    .set({
      carer_answer: v.answer,
      carer_note: v.note,
      carer_note_written_in: v.note_written_in,
      answered_at: new Date(),
      ...(v.alert ? { alerted_at: sql<Date>`coalesce(alerted_at, now())` } : {}),
    })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .execute();
}

// ---- The reminder jobs (system scope) ------------------------------------------------------------------------------

/**
 * Carers who have not answered although the plan has been in use since `startedBefore`, and whose key worker has not
 * been told yet. Claimed with SKIP LOCKED, so instances running the job at once tell each key worker once.
 */
export async function carersNotAnswered(tx: Tx, system: SystemScope, startedBefore: Date) {
  return tx
    .selectFrom('crisis_activation_people as p')
    .innerJoin('crisis_activations as a', (j) => j.onRef('a.family_id', '=', 'p.family_id').onRef('a.id', '=', 'p.activation_id'))
    .select(['p.family_id', 'p.id', 'p.person_id', 'p.carer_for_person_ids', 'a.document_id', 'a.started_at'])
    .where(familyVisible(system, 'p.family_id'))
    .where('a.ended_at', 'is', null)
    .where('a.started_at', '<=', startedBefore)
    .where('p.carer_answer', 'is', null)
    .where('p.alerted_at', 'is', null)
    .where(sql<boolean>`cardinality(p.carer_for_person_ids) > 0`)
    .forUpdate('p')
    .skipLocked()
    .execute();
}

export async function markAlerted(tx: Tx, family: VisibleFamily, id: string, now: Date) {
  await tx
    .updateTable('crisis_activation_people')
    .set({ alerted_at: now })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('alerted_at', 'is', null)
    .execute();
}

/** Uses that ended before `endedBefore` with no review and no reminder yet: claimed as above. */
export async function reviewsDue(tx: Tx, system: SystemScope, endedBefore: Date) {
  return tx
    .selectFrom('crisis_activations')
    .select(['family_id', 'id', 'document_id'])
    .where(familyVisible(system, 'family_id'))
    .where('ended_at', 'is not', null)
    .where('ended_at', '<=', endedBefore)
    .where('reviewed_at', 'is', null)
    .where('review_reminded_at', 'is', null)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markReviewReminded(tx: Tx, family: VisibleFamily, id: string, now: Date) {
  await tx
    .updateTable('crisis_activations')
    .set({ review_reminded_at: now })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .execute();
}
