// Use cases of the crisis plan that are the parent's alone: what to tell whom (409 on stale), the parts marked for crisis
// services; and reading the crisis plans in action, each caller seeing what access/plan-access.ts#crisisAccess allows.
import type { z } from 'zod';
import type { CrisisMessageRequest, CrisisPlan, CrisisPlans, CrisisServicesRequest } from '../../../../shared/contracts/crisis.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../../access/family-access.ts';
import { crisisAccess, mayWriteCrisisPlan } from '../../../access/plan-access.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { participantOf } from '../recovery-plan/recovery-plan.model.ts';
import { languageOfSave } from '../written-in.ts';
import * as repo from './crisis.repo.ts';
import { buildCrises, crisisUseFacts, loadCrisis, recipientChoices, toCrisisPlan, wellnessPlan } from './crisis.view.ts';

export function listCrises(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<CrisisPlans> {
  return readFamily(deps, ctx, familyId, 'crisis_plan.viewed', async (tx, family) => {
    const cc = await loadCrisis(tx, ctx.scope, family);
    const crises = buildCrises(ctx.actor, cc);
    // What each caller saw, as whom: the parent reads this in "Who has looked".
    const seen = crises.map((p) => ({
      id: p.documentId,
      as:
        p.messages.length || p.recipientChoices.length
          ? 'parent'
          : p.use
            ? 'key worker'
            : p.forMe
              ? 'told'
              : p.forChild
                ? 'child'
                : 'state',
    }));
    return { result: { crises }, audit: { subjectType: 'crisis_plan', details: { crises: seen } } };
  });
}

/** The parent's wellness plan and the family's crisis facts, or null (404) for a plan the caller has nothing to do with. */
export async function reachCrisis(tx: Tx, ctx: RequestContext, family: VisibleFamily, documentId: string) {
  if (!isUuid(documentId)) return null;
  const cc = await loadCrisis(tx, ctx.scope, family);
  const doc = wellnessPlan(cc, documentId);
  if (!doc) return null;
  return { cc, doc, access: crisisAccess(ctx.actor, doc, cc.c.facts, crisisUseFacts(cc, doc)) };
}

/** The plan again after a change, from the same transaction. */
export async function reloadCrisis(tx: Tx, ctx: RequestContext, family: VisibleFamily, documentId: string): Promise<CrisisPlan | null> {
  const cc = await loadCrisis(tx, ctx.scope, family);
  const doc = wellnessPlan(cc, documentId);
  return doc ? toCrisisPlan(ctx.actor, cc, doc) : null;
}

type Reached = NonNullable<Awaited<ReturnType<typeof reachCrisis>>>;

/** Only the parent writes these; anyone else who reads nothing of the plan gets 404, a reader 403. */
function ownersOnly(ctx: RequestContext, found: Reached | null, refusal: string) {
  if (!found) return false;
  if (mayWriteCrisisPlan(ctx.actor, found.doc)) return true;
  if (!found.access.any) return false;
  throw forbidden(refusal);
}

export function writeMessage(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof CrisisMessageRequest>,
): Promise<CrisisPlan> {
  return withFamily(deps, ctx, familyId, 'crisis_plan.message_written', async (tx, family) => {
    const found = await reachCrisis(tx, ctx, family, documentId);
    if (!found || !ownersOnly(ctx, found, 'Only the parent writes what each person is told when her crisis plan is in use.')) return null;
    const choice = recipientChoices(found.cc.c, found.doc).find(
      (r) => r.recipientPersonId === input.recipientPersonId && r.recipientStaffId === input.recipientStaffId,
    );
    if (!choice)
      throw badRequest('Choose someone from the list: someone you trust, the children’s other parent, or a worker on your care team.', {
        recipientPersonId: 'Choose someone from the list',
      });
    const saved = await repo.writeMessage(tx, family, {
      id: newId(),
      document_id: found.doc.id,
      recipient_person_id: input.recipientPersonId,
      recipient_staff_id: input.recipientStaffId,
      text: input.text,
      readVersion: input.version,
      account_id: participantOf(ctx.actor, found.cc.c.people.team).accountId,
      written_in: languageOfSave(ctx.actor),
    });
    if (!saved)
      throw await staleSave(
        () => reloadCrisis(tx, ctx, family, found.doc.id),
        `You changed what ${choice.name} will be told on another screen. That version is shown; your words are still in the form.`,
      );
    const plan = await reloadCrisis(tx, ctx, family, found.doc.id);
    if (!plan) return null;
    return {
      result: plan,
      audit: {
        subjectType: 'crisis_plan',
        subjectId: found.doc.id,
        details: { recipientPersonId: input.recipientPersonId, recipientStaffId: input.recipientStaffId },
      },
    };
  });
}

export function markCrisisServices(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof CrisisServicesRequest>,
): Promise<CrisisPlan> {
  return withFamily(deps, ctx, familyId, 'crisis_plan.services_marked', async (tx, family) => {
    const found = await reachCrisis(tx, ctx, family, documentId);
    if (!found || !ownersOnly(ctx, found, 'Only the parent chooses which parts of her plan crisis services can read.')) return null;
    const keys = [...new Set(input.sectionKeys)];
    if (!(await repo.setCrisisServiceKeys(tx, family, found.doc.id, input.version, keys)))
      throw await staleSave(
        () => reloadCrisis(tx, ctx, family, found.doc.id),
        'Your plan changed on another screen while you were choosing. Check the parts ticked and save again.',
      );
    const plan = await reloadCrisis(tx, ctx, family, found.doc.id);
    if (!plan) return null;
    return { result: plan, audit: { subjectType: 'crisis_plan', subjectId: found.doc.id, details: { sections: keys } } };
  });
}
