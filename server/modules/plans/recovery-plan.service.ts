// Family recovery plan use cases (P3, P4, P7): start, read the parts each person may see, add and change
// items one at a time (409 on stale saves, with the other person's words), rate, agree, review (freeze a
// version) and compare any two versions.
import type { z } from 'zod';
import type {
  AgreeRequest,
  CreateItemRequest,
  EditItemRequest,
  PlanItem,
  PlanSettingsRequest,
  RateRequest,
  RecoveryPlanView,
  RemoveItemRequest,
  ReviewRequest,
  StartPlanRequest,
  VersionComparison,
  VersionSnapshot,
} from '../../../shared/contracts/plans.ts';
import type { Actor } from '../../access/actor.ts';
import { mayRateAndAgree, type RecoveryPartKey, recoveryItemKindsFor, visibleRecoveryParts } from '../../access/plan-access.ts';
import type { AccessScope } from '../../access/scope.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { type FamilyDeps, isUuid, withFamily } from '../families/index.ts';
import { compareItems, parseContent, partOf, toItem } from './plan-items.ts';
import * as shared from './plans.repo.ts';
import * as repo from './recovery-plan.repo.ts';

type Me = { accountId: string; name: string; role: string };

const inWords = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The caller as a participant: account, name and the role shown beside their ratings and agreement. */
export function participantOf(actor: Actor, team: shared.Participants['team']): Me {
  switch (actor.kind) {
    case 'professional': {
      const member = team.find((t) => t.id === actor.staffId);
      return {
        accountId: actor.accountId,
        name: actor.name,
        role: member ? `${member.job_title}, ${member.organisation_name}` : 'Professional',
      };
    }
    case 'parent':
      return { accountId: actor.accountId, name: actor.name, role: 'Parent' };
    case 'young_person':
      return { accountId: actor.accountId, name: actor.name, role: 'Young person' };
    case 'network_member':
      return { accountId: actor.accountId, name: actor.name, role: 'Someone the family trusts' };
    default:
      throw forbidden();
  }
}

type Loaded = {
  plan: repo.PlanRow | undefined;
  parts: RecoveryPartKey[];
  people: shared.Participants;
  items: PlanItem[];
};

async function load(tx: Tx, scope: AccessScope, familyId: string, lock = false): Promise<Loaded> {
  const plan = await repo.findPlan(tx, scope, familyId, { lock });
  const people = await shared.participants(tx, scope, familyId);
  const shares = await shared.activeShares(tx, scope, familyId);
  const parts = visibleRecoveryParts(scope.actor, shares);
  const rows = plan ? await repo.items(tx, familyId, plan.id) : [];
  const items = rows.filter((r) => parts.includes(partOf(r.kind))).map(toItem);
  return { plan, parts, people, items };
}

async function view(tx: Tx, scope: AccessScope, loaded: Loaded): Promise<RecoveryPlanView> {
  const { plan, parts, people, items } = loaded;
  const actor = scope.actor;
  const visible = plan && parts.length > 0;
  const seen = new Set(items.map((i) => i.id));
  const rated = visible ? (await repo.ratings(tx, plan.family_id, plan.id)).filter((r) => seen.has(r.item_id)) : [];
  const agreed = visible ? await repo.agreements(tx, plan.family_id, plan.id) : [];
  const versions = visible ? await repo.versions(tx, plan.family_id, plan.id) : [];
  const mayTakePart = !!visible && mayRateAndAgree(actor, parts, plan.rating_invitee_person_ids);
  return {
    plan: visible
      ? {
          id: plan.id,
          workingVersion: plan.working_version,
          reviewOn: plan.review_on,
          version: plan.version,
          ratingInviteePersonIds: plan.rating_invitee_person_ids,
          visibleParts: parts,
          items,
          ratings: rated.map(toRating),
          agreements: agreed.map(toAgreement),
          versions: versions.map((v) => ({
            number: v.number,
            frozenAt: v.frozen_at.toISOString(),
            frozenBy: v.frozen_by_name,
            reviewNote: v.review_note,
          })),
        }
      : null,
    can: {
      start: actor.kind === 'professional' && !plan,
      editSettings: actor.kind === 'professional' && !!plan,
      review: actor.kind === 'professional' && !!plan,
      addItems: visible ? recoveryItemKindsFor(actor) : [],
      rate: mayTakePart,
      agree: mayTakePart,
    },
    people: [
      // Someone who signs in as a trusted person (Clive, the children's father, for one) counts as network.
      ...people.people.map((p) => ({
        id: p.id,
        name: p.preferred_name ?? p.full_name,
        kind: p.account_kind === 'network_member' ? 'network_member' : (p.kind as string),
      })),
      ...people.team.map((t) => ({ id: t.id, name: t.full_name, kind: 'professional' })),
    ],
  };
}

const toRating = (r: repo.RatingRow) => ({
  itemId: r.item_id,
  planVersion: r.plan_version,
  accountId: r.account_id,
  name: r.rater_name,
  role: r.rater_role,
  score: r.score,
  note: r.note,
  ratedAt: r.rated_at.toISOString(),
});
const toAgreement = (a: repo.AgreementRow) => ({
  planVersion: a.plan_version,
  accountId: a.account_id,
  name: a.name,
  role: a.role,
  position: a.position,
  reasons: a.reasons,
  recordedAt: a.recorded_at.toISOString(),
});

const needPlan = (loaded: Loaded) => {
  if (!loaded.plan || loaded.parts.length === 0) return null;
  return loaded.plan;
};

/** The plan as someone with this scope sees it (used by the subject access export). */
export async function planAsSeenBy(tx: Tx, scope: AccessScope, familyId: string): Promise<RecoveryPlanView> {
  return view(tx, scope, await load(tx, scope, familyId));
}

export function getPlan(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<RecoveryPlanView> {
  return withFamily(deps, ctx, familyId, 'recovery_plan.viewed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    return {
      result: await view(tx, ctx.scope, loaded),
      audit: { subjectType: 'recovery_plan', subjectId: loaded.plan?.id, details: { parts: loaded.parts } },
    };
  });
}

export function startPlan(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof StartPlanRequest>,
): Promise<{ view: RecoveryPlanView; created: boolean }> {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  const accountId = ctx.actor.accountId;
  return withFamily(deps, ctx, familyId, 'recovery_plan.started', async (tx, family) => {
    const before = await repo.findPlan(tx, ctx.scope, family.id);
    if (!before)
      await repo.insertPlan(tx, { family_id: family.id, id: newId(), review_on: input.reviewOn, created_by_account_id: accountId });
    const loaded = await load(tx, ctx.scope, family.id);
    return {
      result: { view: await view(tx, ctx.scope, loaded), created: !before },
      audit: { subjectType: 'recovery_plan', subjectId: loaded.plan?.id },
    };
  });
}

export function changeSettings(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof PlanSettingsRequest>,
): Promise<RecoveryPlanView> {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'recovery_plan.settings_changed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    const plan = needPlan(loaded);
    if (!plan) return null;
    const network = new Set(
      loaded.people.people
        .filter((p) => p.account_kind === 'network_member' || p.kind === 'network_member' || p.kind === 'other_adult')
        .map((p) => p.id),
    );
    if (input.ratingInviteePersonIds.some((id) => !network.has(id)))
      throw badRequest('Invite people the family trusts from this family’s network.', {
        ratingInviteePersonIds: 'Choose people from the family’s network',
      });
    const ok = await repo.updatePlan(tx, family.id, plan.id, input.version, {
      review_on: input.reviewOn,
      rating_invitee_person_ids: [...new Set(input.ratingInviteePersonIds)],
    });
    if (!ok)
      throw conflict(
        'Someone else changed the review date or invitations while you were editing. Check them and save again.',
        await view(tx, ctx.scope, loaded),
      );
    return {
      result: await view(tx, ctx.scope, await load(tx, ctx.scope, family.id)),
      audit: { subjectType: 'recovery_plan', subjectId: plan.id },
    };
  });
}

/** Tells the other side of the plan (key workers, or the parents) that it changed: at most once a day each. */
async function tellOthers(tx: Tx, actor: Actor, familyId: string, planId: string, what: string) {
  const today = new Date().toISOString().slice(0, 10);
  if (actor.kind === 'professional') {
    const parents = await repo.parentAccounts(tx, [familyId]);
    await shared.notify(
      tx,
      parents.map((p) => ({
        id: newId(),
        kind: 'plan_changed' as const,
        family_id: familyId,
        recipient_account_id: p.id,
        message: `${actor.name} ${what} in your family plan. Have a look and add your view if you want to.`,
        dedupe_key: `plan-changed:${planId}:${p.id}:${today}`,
      })),
    );
  } else {
    const workers = await repo.keyWorkers(tx, [familyId]);
    await shared.notify(
      tx,
      workers.map((w) => ({
        id: newId(),
        kind: 'plan_changed' as const,
        family_id: familyId,
        recipient_staff_id: w.staff_id,
        message: `${'name' in actor ? actor.name : 'Someone'} ${what} in the family recovery plan.`,
        dedupe_key: `plan-changed:${planId}:${w.staff_id}:${today}`,
      })),
    );
  }
}

export function addItem(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof CreateItemRequest>,
): Promise<PlanItem> {
  if (!recoveryItemKindsFor(ctx.actor).includes(input.kind))
    throw forbidden(
      input.kind === 'worry' || input.kind === 'action'
        ? 'Worries and actions are written by the workers; you can add your view beside them.'
        : undefined,
    );
  return withFamily(deps, ctx, familyId, 'recovery_plan.item_added', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id, true);
    const plan = needPlan(loaded);
    if (!plan) return null;
    const worryId = 'worryId' in input && input.worryId ? input.worryId : null;
    if (worryId && !loaded.items.some((i) => i.id === worryId && i.kind === 'worry'))
      throw badRequest('Choose a worry from this plan.', { worryId: 'Choose a worry from this plan' });
    const me = participantOf(ctx.actor, loaded.people.team);
    const id = newId();
    await repo.insertItem(tx, {
      family_id: family.id,
      plan_id: plan.id,
      id,
      kind: input.kind,
      worry_id: worryId,
      position: await repo.nextPosition(tx, family.id, plan.id),
      content: input.content as Record<string, unknown>,
      account_id: me.accountId,
      name: me.name,
    });
    await tellOthers(tx, ctx.actor, family.id, plan.id, 'added something');
    const row = await repo.findItem(tx, family.id, plan.id, id);
    if (!row) return null;
    return { result: toItem(row), audit: { subjectType: 'recovery_plan_item', subjectId: id, details: { kind: input.kind } } };
  });
}

/** The item if the caller may see and change it; 404 when they cannot see it, 403 when they may only read it. */
function itemToChange(ctx: RequestContext, loaded: Loaded, itemId: string) {
  const plan = needPlan(loaded);
  if (!plan || !isUuid(itemId)) return null;
  const item = loaded.items.find((i) => i.id === itemId);
  if (!item) return null;
  if (!recoveryItemKindsFor(ctx.actor).includes(item.kind))
    throw forbidden('You can add your own view beside this, but not change what others wrote.');
  return { plan, item };
}

export function editItem(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  itemId: string,
  input: z.output<typeof EditItemRequest>,
): Promise<PlanItem> {
  return withFamily(deps, ctx, familyId, 'recovery_plan.item_changed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    const found = itemToChange(ctx, loaded, itemId);
    if (!found) return null;
    const content = parseContent(found.item.kind, input.content);
    const me = participantOf(ctx.actor, loaded.people.team);
    const saved = await repo.updateItem(tx, {
      family_id: family.id,
      id: itemId,
      readVersion: input.version,
      content,
      account_id: me.accountId,
      name: me.name,
    });
    if (!saved) {
      // Someone saved this item first: send back their words; the editor keeps the caller's, so nothing is lost.
      throw conflict(
        `${found.item.updatedBy} changed this while you were writing. Their words are shown; yours are still in the form.`,
        found.item,
      );
    }
    await tellOthers(tx, ctx.actor, family.id, found.plan.id, 'changed something');
    const row = await repo.findItem(tx, family.id, found.plan.id, itemId);
    if (!row) return null;
    return {
      result: toItem(row),
      audit: { subjectType: 'recovery_plan_item', subjectId: itemId, details: { kind: row.kind, version: row.version } },
    };
  });
}

export function removeItem(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  itemId: string,
  input: z.output<typeof RemoveItemRequest>,
): Promise<{ removed: boolean }> {
  return withFamily(deps, ctx, familyId, 'recovery_plan.item_removed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    const found = itemToChange(ctx, loaded, itemId);
    if (!found) return null;
    const me = participantOf(ctx.actor, loaded.people.team);
    const done = await repo.updateItem(tx, {
      family_id: family.id,
      id: itemId,
      readVersion: input.version,
      remove: true,
      account_id: me.accountId,
      name: me.name,
    });
    if (!done) throw conflict(`${found.item.updatedBy} changed this meanwhile. Read their version before taking it out.`, found.item);
    // A worry's family views go with it (earlier versions keep both).
    for (const view of loaded.items.filter((i) => i.worryId === itemId && i.kind === 'family_view')) {
      await repo.updateItem(tx, {
        family_id: family.id,
        id: view.id,
        readVersion: view.version,
        remove: true,
        account_id: me.accountId,
        name: me.name,
      });
    }
    return { result: { removed: true }, audit: { subjectType: 'recovery_plan_item', subjectId: itemId } };
  });
}

export function rate(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof RateRequest>) {
  return withFamily(deps, ctx, familyId, 'recovery_plan.rated', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    const plan = needPlan(loaded);
    if (!plan) return null;
    if (!mayRateAndAgree(ctx.actor, loaded.parts, plan.rating_invitee_person_ids))
      throw forbidden('Ratings are given by the family, the team and the people the family invites.');
    const item = loaded.items.find((i) => i.id === input.itemId);
    if (!item || (item.kind !== 'worry' && item.kind !== 'parent_goal'))
      throw badRequest('Choose a worry or a goal from this plan to rate.', { itemId: 'Choose a worry or goal' });
    const me = participantOf(ctx.actor, loaded.people.team);
    const row = await repo.upsertRating(tx, {
      family_id: family.id,
      plan_id: plan.id,
      item_id: item.id,
      plan_version: plan.working_version,
      account_id: me.accountId,
      rater_name: me.name,
      rater_role: me.role,
      score: input.score,
      note: input.note || null,
    });
    return {
      result: toRating(row),
      audit: { subjectType: 'recovery_plan_item', subjectId: item.id, details: { score: input.score, version: plan.working_version } },
    };
  });
}

export function agree(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof AgreeRequest>) {
  return withFamily(deps, ctx, familyId, 'recovery_plan.agreement_recorded', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    const plan = needPlan(loaded);
    if (!plan) return null;
    if (!mayRateAndAgree(ctx.actor, loaded.parts, plan.rating_invitee_person_ids))
      throw forbidden('Agreement is recorded by the family, the team and the people the family invites.');
    const me = participantOf(ctx.actor, loaded.people.team);
    const row = await repo.upsertAgreement(tx, {
      family_id: family.id,
      plan_id: plan.id,
      plan_version: plan.working_version,
      account_id: me.accountId,
      name: me.name,
      role: me.role,
      position: input.position,
      reasons: input.reasons || null,
    });
    if (ctx.actor.kind !== 'professional') await tellOthers(tx, ctx.actor, family.id, plan.id, 'said whether they agree');
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
    const loaded = await load(tx, ctx.scope, family.id, true);
    const plan = needPlan(loaded);
    if (!plan) return null;
    const number = plan.working_version;
    const ratings = (await repo.ratings(tx, family.id, plan.id)).filter((r) => r.plan_version === number).map(toRating);
    const agreements = (await repo.agreements(tx, family.id, plan.id)).filter((a) => a.plan_version === number).map(toAgreement);
    await repo.insertVersion(tx, {
      family_id: family.id,
      plan_id: plan.id,
      number,
      frozen_by_account_id: actor.accountId,
      frozen_by_name: actor.name,
      review_note: input.note || null,
      snapshot: { items: loaded.items, ratings, agreements },
    });
    await repo.updatePlan(tx, family.id, plan.id, plan.version, { working_version: number + 1, review_on: input.nextReviewOn });
    const parents = await repo.parentAccounts(tx, [family.id]);
    await shared.notify(
      tx,
      parents.map((p) => ({
        id: newId(),
        kind: 'plan_changed' as const,
        family_id: family.id,
        recipient_account_id: p.id,
        message: `Your family plan was reviewed and version ${number} was kept as it stood. The next review is on ${inWords(new Date(input.nextReviewOn))}.`,
        dedupe_key: `plan-reviewed:${plan.id}:${number}:${p.id}`,
      })),
    );
    return {
      result: await view(tx, ctx.scope, await load(tx, ctx.scope, family.id)),
      audit: { subjectType: 'recovery_plan', subjectId: plan.id, details: { version: number } },
    };
  });
}

type Snapshot = {
  items: PlanItem[];
  ratings: z.infer<typeof VersionSnapshot>['ratings'];
  agreements: z.infer<typeof VersionSnapshot>['agreements'];
};

/** A frozen version, or the one being written; only the parts the caller may read. */
async function snapshotOf(tx: Tx, loaded: Loaded, number: number): Promise<(Snapshot & { label: string }) | null> {
  const plan = loaded.plan;
  if (!plan) return null;
  const visible = (items: PlanItem[]) => items.filter((i) => loaded.parts.includes(partOf(i.kind)));
  if (number === plan.working_version) {
    const seen = new Set(loaded.items.map((i) => i.id));
    const ratings = (await repo.ratings(tx, plan.family_id, plan.id))
      .filter((r) => r.plan_version === number && seen.has(r.item_id))
      .map(toRating);
    const agreements = (await repo.agreements(tx, plan.family_id, plan.id)).filter((a) => a.plan_version === number).map(toAgreement);
    return { label: `Version ${number} (being written now)`, items: loaded.items, ratings, agreements };
  }
  const frozen = await repo.findVersion(tx, plan.family_id, plan.id, number);
  if (!frozen) return null;
  const snap = (typeof frozen.snapshot === 'string' ? JSON.parse(frozen.snapshot) : frozen.snapshot) as Snapshot;
  const items = visible(snap.items);
  const seen = new Set(items.map((i) => i.id));
  return {
    label: `Version ${number}, reviewed on ${inWords(frozen.frozen_at)} by ${frozen.frozen_by_name}`,
    items,
    ratings: snap.ratings.filter((r) => seen.has(r.itemId)),
    agreements: snap.agreements,
  };
}

export function getVersion(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  number: number,
): Promise<z.infer<typeof VersionSnapshot>> {
  return withFamily(deps, ctx, familyId, 'recovery_plan.version_viewed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    if (!needPlan(loaded)) return null;
    const snap = await snapshotOf(tx, loaded, number);
    if (!snap) return null;
    return {
      result: { number, ...snap },
      audit: { subjectType: 'recovery_plan', subjectId: loaded.plan?.id, details: { version: number } },
    };
  });
}

export function compare(deps: FamilyDeps, ctx: RequestContext, familyId: string, from: number, to: number): Promise<VersionComparison> {
  if (from === to) throw badRequest('Choose two different versions to compare.', { to: 'Choose a different version' });
  return withFamily(deps, ctx, familyId, 'recovery_plan.versions_compared', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family.id);
    if (!needPlan(loaded)) return null;
    const [older, newer] = from < to ? [from, to] : [to, from];
    const a = await snapshotOf(tx, loaded, older);
    const b = await snapshotOf(tx, loaded, newer);
    if (!a || !b) return null;
    const removed = new Map<string, { name: string; at: string }>();
    const gone = a.items.filter((i) => !b.items.some((j) => j.id === i.id)).map((i) => i.id);
    for (const id of gone) {
      const row = loaded.plan ? await repo.removedItem(tx, family.id, loaded.plan.id, id) : undefined;
      if (row) removed.set(id, { name: row.updated_by_name, at: row.updated_at.toISOString() });
    }
    return {
      result: {
        from: { number: older, label: a.label },
        to: { number: newer, label: b.label },
        changes: compareItems(a.items, b.items, (id) => removed.get(id)),
      },
      audit: { subjectType: 'recovery_plan', subjectId: loaded.plan?.id, details: { from: older, to: newer } },
    };
  });
}

/** The job: a week before each review date, remind the key workers and the parents (once per date). */
export async function remindReviews(tx: Tx, today: Date): Promise<number> {
  const until = new Date(today.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const due = await repo.plansDueForReview(tx, until);
  const familyIds = due.map((d) => d.family_id);
  const [workers, parents] = [await repo.keyWorkers(tx, familyIds), await repo.parentAccounts(tx, familyIds)];
  const rows: shared.NewNotification[] = [];
  for (const plan of due) {
    const base = { kind: 'plan_review_due' as const, family_id: plan.family_id };
    const key = `plan-review:${plan.id}:${plan.review_on}`;
    for (const w of workers.filter((x) => x.family_id === plan.family_id))
      rows.push({
        ...base,
        id: newId(),
        recipient_staff_id: w.staff_id,
        message: `The family recovery plan is due for review on ${inWords(new Date(plan.review_on ?? ''))}.`,
        dedupe_key: `${key}:${w.staff_id}`,
      });
    for (const p of parents.filter((x) => x.family_id === plan.family_id))
      rows.push({
        ...base,
        id: newId(),
        recipient_account_id: p.id,
        message: `Your family plan will be looked at again together on ${inWords(new Date(plan.review_on ?? ''))}. Think about what has changed and how you would rate things now.`,
        dedupe_key: `${key}:${p.id}`,
      });
  }
  await shared.notify(tx, rows);
  await repo.markReviewReminded(
    tx,
    due.map((d) => ({ family_id: d.family_id, id: d.id, review_on: d.review_on ?? '' })),
  );
  return due.length;
}
