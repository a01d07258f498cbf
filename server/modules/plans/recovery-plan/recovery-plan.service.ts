// Family recovery plan use cases (P3, P4, P7): start, read the parts each person may see, change the review
// date and invitations, and add, change or take out items one at a time (409 on stale saves, with the other
// person's words).

import type { z } from 'zod';
import type {
  CreateItemRequest,
  EditItemRequest,
  PlanItem,
  PlanSettingsRequest,
  RecoveryPlanView,
  RemoveItemRequest,
  StartPlanRequest,
} from '../../../../shared/contracts/plans.ts';
import type { ProfessionalActor } from '../../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../../access/family-access.ts';
import { categoryChange, recoveryItemKindsFor } from '../../../access/plan-access.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { checkWords, recordKeptAsWritten, type WordsCheck } from '../../words/index.ts';
import { languageOfSave } from '../written-in.ts';
import { contentWords, parseContent, toItem } from './plan-items.ts';
import { type Loaded, load, needPlan, participantOf, tellOthers, view } from './recovery-plan.model.ts';
import * as repo from './recovery-plan.repo.ts';

/** The plan as someone with this scope sees it (used by the subject access export). */
export async function planAsSeenBy(tx: Tx, scope: AccessScope, family: VisibleFamily): Promise<RecoveryPlanView> {
  return view(tx, scope, await load(tx, scope, family));
}

export function getPlan(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<RecoveryPlanView> {
  return readFamily(deps, ctx, familyId, 'recovery_plan.viewed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family);
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
    const before = await repo.findPlan(tx, ctx.scope, family);
    if (!before) await repo.insertPlan(tx, family, { id: newId(), review_on: input.reviewOn, created_by_account_id: accountId });
    const loaded = await load(tx, ctx.scope, family);
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
    const loaded = await load(tx, ctx.scope, family);
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
    const ok = await repo.updatePlan(tx, family, plan.id, input.version, {
      review_on: input.reviewOn,
      rating_invitee_person_ids: [...new Set(input.ratingInviteePersonIds)],
    });
    if (!ok)
      throw await staleSave(
        async () => view(tx, ctx.scope, await load(tx, ctx.scope, family)),
        'Someone else changed the review date or invitations while you were editing. Check them and save again.',
      );
    return {
      result: await view(tx, ctx.scope, await load(tx, ctx.scope, family)),
      audit: { subjectType: 'recovery_plan', subjectId: plan.id },
    };
  });
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
    const loaded = await load(tx, ctx.scope, family, true);
    const plan = needPlan(loaded);
    if (!plan) return null;
    const worryId = 'worryId' in input && input.worryId ? input.worryId : null;
    const worry = worryId ? loaded.items.find((i) => i.id === worryId && i.kind === 'worry') : undefined;
    if (worryId && !worry) throw badRequest('Choose a worry from this plan.', { worryId: 'Choose a worry from this plan' });
    // A worker's words are checked before they are written (issue 16 §1); a parent's own words never are.
    const worker = ctx.actor.kind === 'professional' ? ctx.actor : null;
    const words = worker ? checkWords(contentWords(input.content as Record<string, unknown>), input.keepAsWritten) : null;
    const me = participantOf(ctx.actor, loaded.people.team);
    const id = newId();
    await repo.insertItem(tx, family, {
      plan_id: plan.id,
      id,
      kind: input.kind,
      worry_id: worryId,
      position: await repo.nextPosition(tx, family, plan.id),
      content: input.content as Record<string, unknown>,
      // A family's view answers its worry: whoever may not read the worry may not read the answer either.
      category: input.kind === 'family_view' && worry ? worry.category : (input.category ?? 'general'),
      author_organisation_id: ctx.actor.kind === 'professional' ? ctx.actor.organisationId : null,
      account_id: me.accountId,
      name: me.name,
      written_in: languageOfSave(ctx.actor),
    });
    await tellOthers(tx, ctx.actor, family, plan.id, 'added');
    const row = await repo.findItem(tx, family, plan.id, id);
    if (!row) return null;
    if (worker && words) await recordKeptAsWritten(tx, family, worker, { kind: 'plan_item', id, version: row.version }, words);
    return {
      result: toItem(row),
      audit: { subjectType: 'recovery_plan_item', subjectId: id, details: { kind: input.kind, category: row.category } },
    };
  });
}

/** A plan started for a meeting's action reviews this many days later (the key workers change it on the plan). */
export const PLAN_STARTED_FOR_MEETING_REVIEW_DAYS = 84;

/**
 * An action a meeting agreed (issue 17 §2), put in the family's recovery plan inside the caller's transaction: into the
 * working version, with status 'proposed' (to be talked through with the family), through the plan's own rules: its
 * content is checked against the action's shape (a non-negotiable action on the parent says why it is asked and what
 * happens if not: a 400 naming each field), a worry it answers must be in the plan, the worker's words kept as written are
 * recorded beside the item, and the parent is told the plan changed. A family without a plan has one started (reviewed
 * PLAN_STARTED_FOR_MEETING_REVIEW_DAYS later). The caller (modules/meetings) audits its own action.
 */
export async function addProposedAction(
  tx: Tx,
  scope: AccessScope,
  family: VisibleFamily,
  worker: ProfessionalActor,
  input: { content: unknown; worryId?: string | null; words: WordsCheck; id?: string },
  now = new Date(),
): Promise<PlanItem> {
  const content = parseContent('action', { ...(input.content as Record<string, unknown>), status: 'proposed' });
  if (!(await repo.findPlan(tx, scope, family))) {
    const reviewOn = new Date(now.getTime() + PLAN_STARTED_FOR_MEETING_REVIEW_DAYS * 86_400_000).toISOString().slice(0, 10);
    await repo.insertPlan(tx, family, { id: newId(), review_on: reviewOn, created_by_account_id: worker.accountId });
  }
  const loaded = await load(tx, scope, family, true);
  const plan = needPlan(loaded);
  if (!plan) throw forbidden('You cannot add to this family’s plan.');
  const worryId = input.worryId ?? null;
  if (worryId && !loaded.items.some((i) => i.id === worryId && i.kind === 'worry'))
    throw badRequest('Choose a worry from this plan.', { worryId: 'Choose a worry from this plan' });
  const me = participantOf(worker, loaded.people.team);
  // The caller may name the item first (a meeting reserves its action's id with its idempotency key).
  const id = input.id ?? newId();
  await repo.insertItem(tx, family, {
    plan_id: plan.id,
    id,
    kind: 'action',
    worry_id: worryId,
    position: await repo.nextPosition(tx, family, plan.id),
    content,
    category: 'general',
    author_organisation_id: worker.organisationId,
    account_id: me.accountId,
    name: me.name,
    written_in: languageOfSave(worker),
  });
  await tellOthers(tx, worker, family, plan.id, 'added');
  const row = await repo.findItem(tx, family, plan.id, id);
  if (!row) throw new Error('The action just added to the plan was not found.');
  await recordKeptAsWritten(tx, family, worker, { kind: 'plan_item', id, version: row.version }, input.words);
  return toItem(row);
}

/** The item if the caller may see and change it; 404 when they cannot see it, 403 when they may only read it. */
function itemToChange(ctx: RequestContext, loaded: Loaded, itemId: string) {
  const plan = needPlan(loaded);
  if (!plan || !isUuid(itemId)) return null;
  const item = loaded.items.find((i) => i.id === itemId);
  const row = loaded.rows.find((r) => r.id === itemId);
  if (!item || !row) return null;
  if (!recoveryItemKindsFor(ctx.actor).includes(item.kind))
    throw forbidden('You can add your own view beside this, but not change what others wrote.');
  return { plan, item, row };
}

/** An item as the caller may read it now (undefined when taken out or no longer theirs to read), for a 409 after a stale save. */
async function itemNow(tx: Tx, ctx: RequestContext, family: VisibleFamily, itemId: string) {
  return (await load(tx, ctx.scope, family)).items.find((i) => i.id === itemId);
}

/** A new category for an item, if the caller may give it (403 in plain words if not); a family view follows its worry. */
function newCategory(ctx: RequestContext, found: NonNullable<ReturnType<typeof itemToChange>>, to: PlanItem['category'] | undefined) {
  if (!to || to === found.item.category || found.item.kind === 'family_view') return undefined;
  const decision = categoryChange(ctx.actor, { category: found.item.category, authorOrganisationId: found.row.author_organisation_id }, to);
  if (decision === 'not_writing_agency')
    throw forbidden('Only the agency that wrote this can change what kind of information it is. You can still change its words.');
  if (decision === 'widens')
    throw forbidden(
      'That would let more agencies read this. Sharing it more widely needs the family’s consent or a safeguarding decision, so the kind of information stays as it is.',
    );
  return to;
}

export function editItem(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  itemId: string,
  input: z.output<typeof EditItemRequest>,
): Promise<PlanItem> {
  return withFamily(deps, ctx, familyId, 'recovery_plan.item_changed', async (tx, family) => {
    const loaded = await load(tx, ctx.scope, family);
    const found = itemToChange(ctx, loaded, itemId);
    if (!found) return null;
    const content = parseContent(found.item.kind, input.content);
    const category = newCategory(ctx, found, input.category);
    // Only the words this save changes are the worker's to confirm: what a parent wrote and they left alone is not.
    const worker = ctx.actor.kind === 'professional' ? ctx.actor : null;
    const words = worker ? checkWords(contentWords(content, found.item.content), input.keepAsWritten) : null;
    const me = participantOf(ctx.actor, loaded.people.team);
    const saved = await repo.updateItem(tx, family, {
      id: itemId,
      readVersion: input.version,
      content,
      category,
      account_id: me.accountId,
      name: me.name,
      // A family member's save marks the words with their language; a worker's edit leaves them in the item's (written-in.ts).
      written_in: languageOfSave(ctx.actor, found.row.written_in),
    });
    if (!saved) {
      // Someone saved this item first: send back their words; the editor keeps the caller's, so nothing is lost.
      throw await staleSave(
        () => itemNow(tx, ctx, family, itemId),
        (now) =>
          `${now?.updatedBy ?? 'Someone else'} changed this while you were writing. Their words are shown; yours are still in the form.`,
      );
    }
    // The family's views of a worry keep its category (the rows, not only the caller's view: every answer moves).
    if (category) await repo.setFamilyViewsCategory(tx, family, itemId, category);
    await tellOthers(tx, ctx.actor, family, found.plan.id, 'changed');
    const row = await repo.findItem(tx, family, found.plan.id, itemId);
    if (!row) return null;
    if (worker && words) await recordKeptAsWritten(tx, family, worker, { kind: 'plan_item', id: itemId, version: row.version }, words);
    return {
      result: toItem(row),
      audit: {
        subjectType: 'recovery_plan_item',
        subjectId: itemId,
        details: { kind: row.kind, version: row.version, ...(category ? { category } : {}) },
      },
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
    const loaded = await load(tx, ctx.scope, family);
    const found = itemToChange(ctx, loaded, itemId);
    if (!found) return null;
    const me = participantOf(ctx.actor, loaded.people.team);
    const done = await repo.updateItem(tx, family, {
      id: itemId,
      readVersion: input.version,
      remove: true,
      account_id: me.accountId,
      name: me.name,
    });
    if (!done)
      throw await staleSave(
        () => itemNow(tx, ctx, family, itemId),
        (now) =>
          now
            ? `${now.updatedBy} changed this meanwhile. Read their version before taking it out.`
            : 'Someone else took this out of the plan meanwhile.',
      );
    // A worry's family views go with it (earlier versions keep both).
    for (const view of loaded.items.filter((i) => i.worryId === itemId && i.kind === 'family_view')) {
      await repo.updateItem(tx, family, {
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
