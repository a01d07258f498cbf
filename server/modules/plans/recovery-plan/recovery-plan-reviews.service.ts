// Ratings, agreement and reviews of the family recovery plan (P3, P7): each person's 0–10 rating and agreement
// for the version being written, a review that freezes it, any version read back, two versions compared, and
// the review-date reminders.
import type { z } from 'zod';
import type {
  AgreeRequest,
  PlanItem,
  RateRequest,
  RecoveryPlanView,
  ReviewRequest,
  VersionComparison,
  VersionSnapshot,
} from '../../../../shared/contracts/plans.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifyPlans } from '../../../../shared/i18n/notify-plans.messages.ts';
import { type FamilyDeps, readFamily, withFamily } from '../../../access/family-access.ts';
import { mayRateAndAgree, mayReadItem } from '../../../access/plan-access.ts';
import { systemScope } from '../../../access/scope.ts';
import { systemFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { checkWords, recordKeptAsWritten } from '../../words/index.ts';
import * as shared from '../plans.repo.ts';
import { agreementSubjectId, languageOfSave, ratingSubjectId } from '../written-in.ts';
import { compareItems, partOf, toItem } from './plan-items.ts';
import {
  categorised,
  dayValue,
  inWords,
  type Loaded,
  load,
  needPlan,
  participantOf,
  roleKindOf,
  tellOthers,
  toAgreement,
  toRating,
  view,
} from './recovery-plan.model.ts';
import * as repo from './recovery-plan.repo.ts';

export function rate(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof RateRequest>) {
  return withFamily(deps, ctx, familyId, 'recovery_plan.rated', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family);
    const plan = needPlan(loaded);
    if (!plan) return null;
    if (!mayRateAndAgree(ctx.actor, loaded.parts, plan.rating_invitee_person_ids))
      throw forbidden('Ratings are given by the family, the team and the people the family invites.');
    const item = loaded.items.find((i) => i.id === input.itemId);
    if (!item || (item.kind !== 'worry' && item.kind !== 'parent_goal'))
      throw badRequest('Choose a worry or a goal from this plan to rate.', { itemId: 'Choose a worry or goal' });
    // The family reads a worker's note beside the rating: checked as any worker's words are (issue 16 §1).
    const worker = ctx.actor.kind === 'professional' ? ctx.actor : null;
    const words = worker ? checkWords({ note: input.note }, input.keepAsWritten) : null;
    const me = participantOf(ctx.actor, loaded.people.team);
    const row = await repo.upsertRating(tx, family, {
      plan_id: plan.id,
      item_id: item.id,
      plan_version: plan.working_version,
      account_id: me.accountId,
      rater_name: me.name,
      rater_role: me.role,
      score: input.score,
      note: input.note || null,
      written_in: languageOfSave(ctx.actor),
    });
    if (worker && words)
      await recordKeptAsWritten(
        tx,
        family,
        worker,
        { kind: 'plan_item', id: ratingSubjectId(item.id, plan.working_version, me.accountId), version: row.version },
        words,
      );
    return {
      result: toRating(row),
      audit: { subjectType: 'recovery_plan_item', subjectId: item.id, details: { score: input.score, version: plan.working_version } },
    };
  });
}

export function agree(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof AgreeRequest>) {
  return withFamily(deps, ctx, familyId, 'recovery_plan.agreement_recorded', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family);
    const plan = needPlan(loaded);
    if (!plan) return null;
    if (!mayRateAndAgree(ctx.actor, loaded.parts, plan.rating_invitee_person_ids))
      throw forbidden('Agreement is recorded by the family, the team and the people the family invites.');
    // The family reads a worker's reasons beside the agreement: checked (issue 16 §1).
    const worker = ctx.actor.kind === 'professional' ? ctx.actor : null;
    const words = worker ? checkWords({ reasons: input.reasons }, input.keepAsWritten) : null;
    const me = participantOf(ctx.actor, loaded.people.team);
    const row = await repo.upsertAgreement(tx, family, {
      plan_id: plan.id,
      plan_version: plan.working_version,
      account_id: me.accountId,
      name: me.name,
      role: me.role,
      position: input.position,
      reasons: input.reasons || null,
      written_in: languageOfSave(ctx.actor),
    });
    if (worker && words)
      await recordKeptAsWritten(
        tx,
        family,
        worker,
        { kind: 'plan_item', id: agreementSubjectId(plan.id, plan.working_version, me.accountId), version: row.version },
        words,
      );
    if (ctx.actor.kind !== 'professional') await tellOthers(tx, ctx.actor, family, plan.id, 'agreed');
    return {
      result: toAgreement(row),
      audit: { subjectType: 'recovery_plan', subjectId: plan.id, details: { position: input.position, version: plan.working_version } },
    };
  });
}

export function review(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof ReviewRequest>,
): Promise<RecoveryPlanView> {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  const actor = ctx.actor;
  return withFamily(deps, ctx, familyId, 'recovery_plan.reviewed', async (tx, family) => {
    // The lock keeps two reviews (or a review and a rating) from crossing: one version number each.
    const loaded = await load(tx, ctx.scope, family, true);
    const plan = needPlan(loaded);
    if (!plan) return null;
    const number = plan.working_version;
    // The note goes out with the plan to the family: checked as any worker's words are (issue 16 §1).
    const words = checkWords({ note: input.note }, input.keepAsWritten);
    const ratings = (await repo.ratings(tx, family, plan.id)).filter((r) => r.plan_version === number).map(toRating);
    const agreements = (await repo.agreements(tx, family, plan.id)).filter((a) => a.plan_version === number).map(toAgreement);
    // The whole plan is frozen, with each item's category, whatever the reviewer may read of it.
    const items = loaded.rows.filter((r) => !r.removed_at).map(toItem);
    await repo.insertVersion(tx, family, {
      plan_id: plan.id,
      number,
      frozen_by_account_id: actor.accountId,
      frozen_by_name: actor.name,
      review_note: input.note || null,
      snapshot: { items, ratings, agreements },
    });
    await repo.updatePlan(tx, family, plan.id, plan.version, { working_version: number + 1, review_on: input.nextReviewOn });
    // Kept with the plan and the version this review froze. 0036 has no kind of its own for a review: 'plan_item' with the
    // plan's id (never an item's) keeps it beside the plan's other words.
    await recordKeptAsWritten(tx, family, actor, { kind: 'plan_item', id: plan.id, version: number }, words);
    const parents = await repo.parentAccounts(tx, [family]);
    await shared.notify(
      tx,
      family,
      parents.map((p) => ({
        id: newId(),
        kind: 'plan_changed' as const,
        recipient_account_id: p.id,
        message: phrase(notifyPlans.planReviewed, { version: number, date: dayValue(input.nextReviewOn) }),
        dedupe_key: `plan-reviewed:${plan.id}:${number}:${p.id}`,
      })),
    );
    return {
      result: await view(tx, ctx.scope, await load(tx, ctx.scope, family)),
      audit: { subjectType: 'recovery_plan', subjectId: plan.id, details: { version: number } },
    };
  });
}

type Snapshot = {
  items: PlanItem[];
  ratings: z.infer<typeof VersionSnapshot>['ratings'];
  agreements: z.infer<typeof VersionSnapshot>['agreements'];
};

/**
 * Items frozen before plan items had a category (migration 0014) carry none: the item's row says. Words frozen before
 * their language was kept (0043) are English, as the rows were.
 */
type FrozenItem = Omit<PlanItem, 'category' | 'writtenIn'> & { category?: PlanItem['category']; writtenIn?: PlanItem['writtenIn'] };
type Frozen<T extends { role: string; writtenIn: unknown }> = Omit<T, 'roleKind' | 'writtenIn'> & { writtenIn?: T['writtenIn'] };
type Rating = Snapshot['ratings'][number];
type Agreement = Snapshot['agreements'][number];

/**
 * A frozen version, or the one being written; only the parts and categories the caller may read. A frozen item is
 * read only if both the category it was frozen with and its category now allow it, so narrowing an item later
 * also hides its earlier words. `hidden` names the items kept from the caller by their category.
 */
async function snapshotOf(tx: Tx, loaded: Loaded, number: number): Promise<(Snapshot & { label: string; hidden: string[] }) | null> {
  const plan = loaded.plan;
  if (!plan) return null;
  if (number === plan.working_version) {
    const seen = new Set(loaded.items.map((i) => i.id));
    const ratings = (await repo.ratings(tx, loaded.family, plan.id))
      .filter((r) => r.plan_version === number && seen.has(r.item_id))
      .map(toRating);
    const agreements = (await repo.agreements(tx, loaded.family, plan.id)).filter((a) => a.plan_version === number).map(toAgreement);
    const hidden = loaded.rows.filter((r) => !r.removed_at && loaded.parts.includes(partOf(r.kind)) && !seen.has(r.id)).map((r) => r.id);
    return { label: `Version ${number} (being written now)`, items: loaded.items, ratings, agreements, hidden };
  }
  const frozen = await repo.findVersion(tx, loaded.family, plan.id, number);
  if (!frozen) return null;
  const snap = (typeof frozen.snapshot === 'string' ? JSON.parse(frozen.snapshot) : frozen.snapshot) as {
    items: FrozenItem[];
    ratings: Frozen<Rating>[];
    agreements: Frozen<Agreement>[];
  };
  const rows = new Map(loaded.rows.map((r) => [r.id, r]));
  const items: PlanItem[] = [];
  const hidden: string[] = [];
  for (const item of snap.items) {
    if (!loaded.parts.includes(partOf(item.kind))) continue;
    const row = rows.get(item.id);
    const now = { kind: item.kind, category: row?.category ?? 'general', author_organisation_id: row?.author_organisation_id ?? null };
    const then = { ...now, category: item.category ?? now.category };
    if (row && mayReadItem(loaded.parts, loaded.lens, categorised(now)) && mayReadItem(loaded.parts, loaded.lens, categorised(then)))
      items.push({ ...item, category: then.category, writtenIn: item.writtenIn ?? 'en' } as PlanItem);
    else hidden.push(item.id);
  }
  const seen = new Set(items.map((i) => i.id));
  return {
    label: `Version ${number}, reviewed on ${inWords(frozen.frozen_at)} by ${frozen.frozen_by_name}`,
    items,
    ratings: snap.ratings
      .filter((r) => seen.has(r.itemId))
      .map((r): Rating => ({ ...r, roleKind: roleKindOf(r.role), writtenIn: r.writtenIn ?? 'en' })),
    agreements: snap.agreements.map((a): Agreement => ({ ...a, roleKind: roleKindOf(a.role), writtenIn: a.writtenIn ?? 'en' })),
    hidden,
  };
}

export function getVersion(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  number: number,
): Promise<z.infer<typeof VersionSnapshot>> {
  return readFamily(deps, ctx, familyId, 'recovery_plan.version_viewed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family);
    if (!needPlan(loaded)) return null;
    const found = await snapshotOf(tx, loaded, number);
    if (!found) return null;
    const { hidden, ...snap } = found;
    return {
      result: { number, ...snap, hiddenItems: hidden.length },
      audit: { subjectType: 'recovery_plan', subjectId: loaded.plan?.id, details: { version: number } },
    };
  });
}

export function compare(deps: FamilyDeps, ctx: RequestContext, familyId: string, from: number, to: number): Promise<VersionComparison> {
  if (from === to) throw badRequest('Choose two different versions to compare.', { to: 'Choose a different version' });
  return readFamily(deps, ctx, familyId, 'recovery_plan.versions_compared', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family);
    if (!needPlan(loaded)) return null;
    const [older, newer] = from < to ? [from, to] : [to, from];
    const a = await snapshotOf(tx, loaded, older);
    const b = await snapshotOf(tx, loaded, newer);
    if (!a || !b) return null;
    const removed = new Map<string, { name: string; at: string }>();
    const gone = a.items.filter((i) => !b.items.some((j) => j.id === i.id)).map((i) => i.id);
    for (const id of gone) {
      const row = loaded.plan ? await repo.removedItem(tx, family, loaded.plan.id, id) : undefined;
      if (row) removed.set(id, { name: row.updated_by_name, at: row.updated_at.toISOString() });
    }
    return {
      result: {
        from: { number: older, label: a.label },
        to: { number: newer, label: b.label },
        changes: compareItems(a.items, b.items, (id) => removed.get(id)),
        hiddenItems: new Set([...a.hidden, ...b.hidden]).size,
      },
      audit: { subjectType: 'recovery_plan', subjectId: loaded.plan?.id, details: { from: older, to: newer } },
    };
  });
}

/** The job: a week before each review date, remind the key workers and the parents (once per date). */
export async function remindReviews(tx: Tx, today: Date): Promise<number> {
  const until = new Date(today.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  // A scheduled job has no caller to scope by: it reaches every family's plans by its named reason.
  const due = await repo.plansDueForReview(tx, systemScope('plan review reminders'), until);
  const reached = due.map((plan) => ({ plan, family: systemFamily('plan review reminders', plan.family_id) }));
  const families = reached.map((r) => r.family);
  const [workers, parents] = [await repo.keyWorkers(tx, families), await repo.parentAccounts(tx, families)];
  for (const { plan, family } of reached) {
    const rows: shared.NewNotification[] = [];
    const base = { kind: 'plan_review_due' as const };
    const key = `plan-review:${plan.id}:${plan.review_on}`;
    for (const w of workers.filter((x) => x.family_id === family.id))
      rows.push({
        ...base,
        id: newId(),
        recipient_staff_id: w.staff_id,
        message: `The family recovery plan is due for review on ${inWords(plan.review_on ?? '')}.`,
        dedupe_key: `${key}:${w.staff_id}`,
      });
    for (const p of parents.filter((x) => x.family_id === family.id))
      rows.push({
        ...base,
        id: newId(),
        recipient_account_id: p.id,
        message: phrase(notifyPlans.planReviewDue, { date: dayValue(plan.review_on ?? '') }),
        dedupe_key: `${key}:${p.id}`,
      });
    // One insert per family: each row's family is the one the job reached, never an id passed along.
    await shared.notify(tx, family, rows);
  }
  await repo.markReviewReminded(
    tx,
    reached.map(({ plan, family }) => ({ family, id: plan.id, review_on: plan.review_on ?? '' })),
  );
  return due.length;
}
