// SQL for the wellness and crisis plan, contingency plans and explanations: documents, their sections
// (each with its own version), suggestions, the carer's answer and the parent's agreement.

import { type ExpressionBuilder, sql } from 'kysely';
import type { CarerResponse, SuggestionStatus } from '../../../../shared/domain/plans.ts';
import type { InformationCategory } from '../../../../shared/domain/records.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { NO_PLAN_FACTS, type PlanFacts } from '../../../access/plan-access.ts';
import { type AccessScope, familyVisible } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import type { DB, PlanDocumentKind } from '../../../db/schema.ts';

const documentColumns = [
  'd.family_id',
  'd.id',
  'd.kind',
  'd.person_id',
  'd.carer_person_id',
  'd.carer_asked_on',
  'd.carer_response',
  'd.carer_responded_at',
  'd.carer_response_note',
  'd.carer_note_written_in',
  'd.parent_agreed_at',
  'd.crisis_service_keys',
  'd.version',
  'd.created_at',
] as const;

export async function documents(tx: Tx, scope: AccessScope, family: VisibleFamily) {
  return tx
    .selectFrom('plan_documents as d')
    .select(documentColumns)
    .where('d.family_id', '=', family.id)
    .where(familyVisible(scope, 'd.family_id'))
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
}
export type DocumentRow = Awaited<ReturnType<typeof documents>>[number];

export async function findDocument(tx: Tx, scope: AccessScope, family: VisibleFamily, documentId: string) {
  return tx
    .selectFrom('plan_documents as d')
    .select(documentColumns)
    .where('d.family_id', '=', family.id)
    .where('d.id', '=', documentId)
    .where(familyVisible(scope, 'd.family_id'))
    .executeTakeFirst();
}

export async function findByKindAndPerson(tx: Tx, family: VisibleFamily, kind: PlanDocumentKind, personId: string) {
  return tx
    .selectFrom('plan_documents as d')
    .select(documentColumns)
    .where('d.family_id', '=', family.id)
    .where('d.kind', '=', kind)
    .where('d.person_id', '=', personId)
    .executeTakeFirst();
}

/** One document per kind and person: starting twice (or two people at once) makes one. */
export async function insertDocument(
  tx: Tx,
  family: VisibleFamily,
  v: { id: string; kind: PlanDocumentKind; person_id: string; created_by_account_id: string },
) {
  const r = await tx
    .insertInto('plan_documents')
    .values({ ...v, family_id: family.id })
    .onConflict((c) => c.columns(['family_id', 'kind', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function sections(tx: Tx, family: VisibleFamily, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  return tx
    .selectFrom('plan_document_sections')
    .select([
      'document_id',
      'section_key',
      'text',
      'version',
      'updated_at',
      'updated_by_name',
      'category',
      'author_organisation_id',
      'written_in',
    ])
    .where('family_id', '=', family.id)
    .where('document_id', 'in', documentIds)
    .execute();
}
export type SectionRow = Awaited<ReturnType<typeof sections>>[number];

/**
 * Writes a section only if it is still at the version the writer read (0: not written yet). False means
 * someone saved first.
 */
export async function writeSection(
  tx: Tx,
  family: VisibleFamily,
  v: {
    document_id: string;
    section_key: string;
    readVersion: number;
    text: string;
    account_id: string;
    name: string;
    /** The writer's agency: kept from the first write (null: the family wrote it). */
    author_organisation_id: string | null;
    category?: InformationCategory;
    /** The language of the words as saved (plans/written-in.ts). */
    written_in: Locale;
  },
) {
  if (v.readVersion === 0) {
    const r = await tx
      .insertInto('plan_document_sections')
      .values({
        family_id: family.id,
        document_id: v.document_id,
        section_key: v.section_key,
        text: v.text,
        updated_by_account_id: v.account_id,
        updated_by_name: v.name,
        author_organisation_id: v.author_organisation_id,
        written_in: v.written_in,
        ...(v.category ? { category: v.category } : {}),
      })
      .onConflict((c) => c.columns(['family_id', 'document_id', 'section_key']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('plan_document_sections')
    .set((eb) => ({
      text: v.text,
      written_in: v.written_in,
      ...(v.category ? { category: v.category } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
      updated_by_account_id: v.account_id,
      updated_by_name: v.name,
    }))
    .where('family_id', '=', family.id)
    .where('document_id', '=', v.document_id)
    .where('section_key', '=', v.section_key)
    .where('version', '=', v.readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function suggestions(tx: Tx, family: VisibleFamily, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  return tx
    .selectFrom('plan_suggestions')
    .select(['id', 'document_id', 'section_key', 'text', 'suggested_by_account_id', 'suggested_by_name', 'created_at', 'status'])
    .where('family_id', '=', family.id)
    .where('document_id', 'in', documentIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type SuggestionRow = Awaited<ReturnType<typeof suggestions>>[number];

export async function insertSuggestion(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    document_id: string;
    section_key: string;
    text: string;
    suggested_by_account_id: string;
    suggested_by_name: string;
  },
) {
  await tx
    .insertInto('plan_suggestions')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function decideSuggestion(tx: Tx, family: VisibleFamily, id: string, status: Exclude<SuggestionStatus, 'open'>) {
  const r = await tx
    .updateTable('plan_suggestions')
    .set({ status, decided_at: new Date() })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateDocument(
  tx: Tx,
  family: VisibleFamily,
  documentId: string,
  readVersion: number | null,
  set: Partial<{
    carer_person_id: string | null;
    carer_asked_on: string | null;
    carer_response: CarerResponse | null;
    carer_responded_at: Date | null;
    carer_response_note: string | null;
    carer_note_written_in: Locale;
    parent_agreed_at: Date | null;
    parent_agreed_by_account_id: string | null;
  }>,
) {
  let q = tx
    .updateTable('plan_documents')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', documentId);
  if (readVersion !== null) q = q.where('version', '=', readVersion);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The facts access/plan-access.ts reads besides shares (PlanFacts), in one statement: whether the caller is a key
 * worker of the family now; whether they read it under an active emergency access without being on its care team
 * (only a read reaches a family that way: familyVisible() admits emergency access for the 'read' intent alone); and,
 * for a young person, whether a parent's crisis plan is in use. Nothing is asked that no rule will read.
 */
export async function planFacts(tx: Tx, scope: AccessScope, family: VisibleFamily): Promise<PlanFacts> {
  const actor = scope.actor;
  if (actor.kind === 'young_person') {
    const row = await tx
      .selectFrom('crisis_activations')
      .select('id')
      .where('family_id', '=', family.id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return { ...NO_PLAN_FACTS, crisisActive: !!row };
  }
  if (actor.kind !== 'professional') return NO_PLAN_FACTS;
  const member = (eb: ExpressionBuilder<DB, never>) =>
    eb
      .selectFrom('care_team_members as m')
      .select('m.key_worker')
      .where('m.family_id', '=', family.id)
      .where('m.staff_id', '=', actor.staffId)
      .where('m.ended_at', 'is', null)
      .where('m.started_at', '<=', sql<Date>`now()`)
      .limit(1);
  const row = await tx
    .selectNoFrom((eb) => [
      eb.exists(member(eb).where('m.key_worker', 'is not', null)).as('key_worker'),
      eb.exists(member(eb)).as('on_team'),
      eb
        .exists(
          eb
            .selectFrom('emergency_accesses as ea')
            .select('ea.id')
            .where('ea.family_id', '=', family.id)
            .where('ea.staff_id', '=', actor.staffId)
            .where('ea.ended_at', 'is', null)
            .where('ea.started_at', '<=', sql<Date>`now()`)
            .where('ea.ends_at', '>', sql<Date>`now()`),
        )
        .as('emergency'),
    ])
    .executeTakeFirstOrThrow();
  return {
    isKeyWorker: Boolean(row.key_worker),
    underEmergencyAccess: scope.intent === 'read' && !row.on_team && Boolean(row.emergency),
    crisisActive: false,
  };
}

export async function recoveryPlanId(tx: Tx, family: VisibleFamily) {
  const row = await tx.selectFrom('recovery_plans').select('id').where('family_id', '=', family.id).executeTakeFirst();
  return row?.id ?? null;
}
