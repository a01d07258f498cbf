// SQL for the family recovery plan: the plan, its items (each with its own version), ratings, agreements,
// frozen versions, and the review reminders the job sends.

import { sql } from 'kysely';
import type { InformationCategory } from '../../../../shared/domain/records.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { type AccessScope, familyVisible, type SystemScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import type { AgreementPosition, RecoveryPlanItemKind } from '../../../db/schema.ts';

export async function findPlan(tx: Tx, scope: AccessScope, family: VisibleFamily, options: { lock?: boolean } = {}) {
  let q = tx.selectFrom('recovery_plans').selectAll().where('family_id', '=', family.id).where(familyVisible(scope, 'family_id'));
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** Starts the plan unless it exists (two key workers starting at once make one plan). */
export async function insertPlan(tx: Tx, family: VisibleFamily, v: { id: string; review_on: string; created_by_account_id: string }) {
  await tx
    .insertInto('recovery_plans')
    .values({ ...v, family_id: family.id })
    .onConflict((c) => c.column('family_id').doNothing())
    .execute();
}

export async function updatePlan(
  tx: Tx,
  family: VisibleFamily,
  planId: string,
  readVersion: number,
  set: { review_on?: string; rating_invitee_person_ids?: string[]; working_version?: number },
) {
  const r = await tx
    .updateTable('recovery_plans')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', planId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const itemColumns = [
  'id',
  'kind',
  'worry_id',
  'position',
  'content',
  'version',
  'updated_at',
  'updated_by_name',
  'updated_by_account_id',
  'removed_at',
  'category',
  'author_organisation_id',
  'written_in',
] as const;

/** Every item of the plan, taken-out ones too (frozen versions still hold them, and their category decides who reads them). */
export async function items(tx: Tx, family: VisibleFamily, planId: string) {
  return tx
    .selectFrom('recovery_plan_items')
    .select(itemColumns)
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof items>>[number];

export async function findItem(tx: Tx, family: VisibleFamily, planId: string, itemId: string) {
  return tx
    .selectFrom('recovery_plan_items')
    .select(itemColumns)
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function nextPosition(tx: Tx, family: VisibleFamily, planId: string) {
  const r = await tx
    .selectFrom('recovery_plan_items')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return Number(r.next);
}

export async function insertItem(
  tx: Tx,
  family: VisibleFamily,
  v: {
    plan_id: string;
    id: string;
    kind: RecoveryPlanItemKind;
    worry_id: string | null;
    position: number;
    content: Record<string, unknown>;
    category: InformationCategory;
    author_organisation_id: string | null;
    account_id: string;
    name: string;
    written_in: Locale;
  },
) {
  await tx
    .insertInto('recovery_plan_items')
    .values({
      family_id: family.id,
      plan_id: v.plan_id,
      id: v.id,
      kind: v.kind,
      worry_id: v.worry_id,
      position: v.position,
      content: JSON.stringify(v.content),
      category: v.category,
      author_organisation_id: v.author_organisation_id,
      created_by_account_id: v.account_id,
      updated_by_account_id: v.account_id,
      updated_by_name: v.name,
      written_in: v.written_in,
    })
    .execute();
}

/** Changes an item only if it is still at the version the editor read; false means someone saved first. */
export async function updateItem(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    readVersion: number;
    content?: Record<string, unknown>;
    category?: InformationCategory;
    remove?: boolean;
    account_id: string;
    name: string;
    /** The language of the words as this save leaves them (with new content). */
    written_in?: Locale;
  },
) {
  const r = await tx
    .updateTable('recovery_plan_items')
    .set((eb) => ({
      ...(v.content ? { content: JSON.stringify(v.content) } : {}),
      ...(v.category ? { category: v.category } : {}),
      ...(v.written_in ? { written_in: v.written_in } : {}),
      ...(v.remove ? { removed_at: new Date() } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
      updated_by_account_id: v.account_id,
      updated_by_name: v.name,
    }))
    .where('family_id', '=', family.id)
    .where('id', '=', v.id)
    .where('version', '=', v.readVersion)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A worry's family views take its new category (their words and who wrote them stay as they were). */
export async function setFamilyViewsCategory(tx: Tx, family: VisibleFamily, worryId: string, category: InformationCategory) {
  await tx
    .updateTable('recovery_plan_items')
    .set((eb) => ({ category, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('worry_id', '=', worryId)
    .where('kind', '=', 'family_view')
    .execute();
}

export async function ratings(tx: Tx, family: VisibleFamily, planId: string) {
  return tx
    .selectFrom('recovery_plan_ratings')
    .select(['item_id', 'plan_version', 'account_id', 'rater_name', 'rater_role', 'score', 'note', 'rated_at', 'written_in', 'version'])
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .orderBy('plan_version')
    .orderBy('rated_at')
    .execute();
}
export type RatingRow = Awaited<ReturnType<typeof ratings>>[number];

export async function upsertRating(
  tx: Tx,
  family: VisibleFamily,
  v: {
    plan_id: string;
    item_id: string;
    plan_version: number;
    account_id: string;
    rater_name: string;
    rater_role: string;
    score: number;
    note: string | null;
    written_in: Locale;
  },
) {
  // Saving again makes the next version of this person's rating (kept-as-written confirmations are stored beside it).
  return tx
    .insertInto('recovery_plan_ratings')
    .values({ ...v, family_id: family.id })
    .onConflict((c) =>
      c.columns(['family_id', 'plan_id', 'item_id', 'plan_version', 'account_id']).doUpdateSet((eb) => ({
        score: v.score,
        note: v.note,
        written_in: v.written_in,
        rated_at: new Date(),
        rater_name: v.rater_name,
        version: eb('recovery_plan_ratings.version', '+', 1),
      })),
    )
    .returning(['item_id', 'plan_version', 'account_id', 'rater_name', 'rater_role', 'score', 'note', 'rated_at', 'written_in', 'version'])
    .executeTakeFirstOrThrow();
}

export async function agreements(tx: Tx, family: VisibleFamily, planId: string) {
  return tx
    .selectFrom('recovery_plan_agreements')
    .select(['plan_version', 'account_id', 'name', 'role', 'position', 'reasons', 'recorded_at', 'written_in', 'version'])
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .orderBy('plan_version')
    .orderBy('recorded_at')
    .execute();
}
export type AgreementRow = Awaited<ReturnType<typeof agreements>>[number];

export async function upsertAgreement(
  tx: Tx,
  family: VisibleFamily,
  v: {
    plan_id: string;
    plan_version: number;
    account_id: string;
    name: string;
    role: string;
    position: AgreementPosition;
    reasons: string | null;
    written_in: Locale;
  },
) {
  return tx
    .insertInto('recovery_plan_agreements')
    .values({ ...v, family_id: family.id })
    .onConflict((c) =>
      c.columns(['family_id', 'plan_id', 'plan_version', 'account_id']).doUpdateSet((eb) => ({
        position: v.position,
        reasons: v.reasons,
        written_in: v.written_in,
        recorded_at: new Date(),
        name: v.name,
        version: eb('recovery_plan_agreements.version', '+', 1),
      })),
    )
    .returning(['plan_version', 'account_id', 'name', 'role', 'position', 'reasons', 'recorded_at', 'written_in', 'version'])
    .executeTakeFirstOrThrow();
}

export async function versions(tx: Tx, family: VisibleFamily, planId: string) {
  return tx
    .selectFrom('recovery_plan_versions')
    .select(['number', 'frozen_at', 'frozen_by_name', 'review_note'])
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .orderBy('number')
    .execute();
}

export async function findVersion(tx: Tx, family: VisibleFamily, planId: string, number: number) {
  return tx
    .selectFrom('recovery_plan_versions')
    .select(['number', 'frozen_at', 'frozen_by_name', 'snapshot'])
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function insertVersion(
  tx: Tx,
  family: VisibleFamily,
  v: {
    plan_id: string;
    number: number;
    frozen_by_account_id: string;
    frozen_by_name: string;
    review_note: string | null;
    snapshot: unknown;
  },
) {
  await tx
    .insertInto('recovery_plan_versions')
    .values({ ...v, family_id: family.id, snapshot: JSON.stringify(v.snapshot) })
    .execute();
}

/** Plans whose review is due within a week and not yet reminded for this date, with whom to remind. */
export async function plansDueForReview(tx: Tx, system: SystemScope, until: string) {
  return tx
    .selectFrom('recovery_plans as rp')
    .select(['rp.family_id', 'rp.id', 'rp.review_on'])
    .where(familyVisible(system, 'rp.family_id'))
    .where('rp.review_on', '<=', until)
    .where((eb) => eb.or([eb('rp.review_reminded_for', 'is', null), eb('rp.review_reminded_for', '!=', eb.ref('rp.review_on'))]))
    .limit(5000)
    .execute();
}

export async function parentAccounts(tx: Tx, families: readonly VisibleFamily[]) {
  if (families.length === 0) return [];
  return tx
    .selectFrom('accounts')
    .select(['id', 'family_id'])
    .where(
      'family_id',
      'in',
      families.map((f) => f.id),
    )
    .where('kind', '=', 'parent')
    .where('disabled_at', 'is', null)
    .execute();
}

export async function keyWorkers(tx: Tx, families: readonly VisibleFamily[]) {
  if (families.length === 0) return [];
  return tx
    .selectFrom('care_team_members')
    .select(['staff_id', 'family_id'])
    .where(
      'family_id',
      'in',
      families.map((f) => f.id),
    )
    .where('ended_at', 'is', null)
    .where('key_worker', 'is not', null)
    .execute();
}

/** Each plan with the family the job reached it through (systemFamily, the job's named reason). */
export async function markReviewReminded(tx: Tx, plans: { family: VisibleFamily; id: string; review_on: string }[]) {
  for (const p of plans) {
    await tx
      .updateTable('recovery_plans')
      .set({ review_reminded_for: p.review_on })
      .where('family_id', '=', p.family.id)
      .where('id', '=', p.id)
      .execute();
  }
}

/** A removed item's last change (who took it out, when), for comparisons. */
export async function removedItem(tx: Tx, family: VisibleFamily, planId: string, itemId: string) {
  return tx
    .selectFrom('recovery_plan_items')
    .select(['updated_by_name', 'updated_at'])
    .where('family_id', '=', family.id)
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}
