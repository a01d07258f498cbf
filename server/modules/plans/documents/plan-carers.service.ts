// Contingency plans' carers and children's explanations (P10, P13): name who would care for a child and when
// they were asked, the carer's own answer from their login, and a parent agreeing what a child is told.
import type { z } from 'zod';
import type { CarerRequest, CarerResponseRequest, PlanDocument } from '../../../../shared/contracts/plans.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifyPlans } from '../../../../shared/i18n/notify-plans.messages.ts';
import { type FamilyDeps, withFamily } from '../../../access/family-access.ts';
import { mayWriteDocument } from '../../../access/plan-access.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import * as shared from '../plans.repo.ts';
import { languageOfSave } from '../written-in.ts';
import * as repo from './plan-documents.repo.ts';
import { reachable, reload } from './plan-documents.service.ts';

export function setCarer(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof CarerRequest>,
): Promise<PlanDocument> {
  return withFamily(deps, ctx, familyId, 'plan.carer_named', async (tx, family) => {
    const found = await reachable(tx, ctx, family, documentId);
    if (!found) return null;
    if (found.doc.kind !== 'contingency' || found.keys.length === 0) return null;
    if (!mayWriteDocument(ctx.actor, found.doc, found.keys, found.c.keyWorker))
      throw forbidden('Who would care for a child is settled by the family’s key workers and the parents.');
    const carer = input.carerPersonId ? found.c.people.people.find((p) => p.id === input.carerPersonId) : null;
    if (input.carerPersonId && (!carer || carer.id === found.doc.person_id))
      throw badRequest('Choose an adult from this family or its network.', {
        carerPersonId: 'Choose an adult from the family or its network',
      });
    const changed = found.doc.carer_person_id !== input.carerPersonId || found.doc.carer_asked_on !== input.askedOn;
    const ok = await repo.updateDocument(tx, family, found.doc.id, input.version, {
      carer_person_id: input.carerPersonId,
      carer_asked_on: input.askedOn,
      // A different person, or asked again: their earlier answer no longer stands.
      ...(changed ? { carer_response: null, carer_responded_at: null, carer_response_note: null } : {}),
    });
    if (!ok)
      throw await staleSave(
        () => reload(tx, ctx, family, found.doc.id),
        'Someone else changed who would care for the child while you were editing. Check and save again.',
      );
    if (carer?.account_id && input.askedOn && changed) {
      const child = found.c.people.people.find((p) => p.id === found.doc.person_id);
      await shared.notify(tx, family, [
        {
          id: newId(),
          kind: 'carer_asked',
          recipient_account_id: carer.account_id,
          message: phrase(notifyPlans.carerAsked, { child: child?.preferred_name ?? child?.full_name ?? 'a child' }),
          dedupe_key: `carer-asked:${found.doc.id}:${carer.id}:${input.askedOn}`,
        },
      ]);
    }
    const document = await reload(tx, ctx, family, found.doc.id);
    if (!document) return null;
    return {
      result: document,
      audit: { subjectType: 'plan_document', subjectId: found.doc.id, details: { carer: input.carerPersonId, askedOn: input.askedOn } },
    };
  });
}

export function answerAsCarer(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  documentId: string,
  input: z.output<typeof CarerResponseRequest>,
): Promise<PlanDocument> {
  const actor = ctx.actor;
  if (actor.kind === 'professional' || actor.kind === 'system' || actor.kind === 'anonymous')
    throw forbidden('Only the person asked can give their answer.');
  return withFamily(deps, ctx, familyId, 'plan.carer_answered', async (tx, family) => {
    const found = await reachable(tx, ctx, family, documentId);
    if (!found) return null;
    if (found.doc.kind !== 'contingency') return null;
    if (found.doc.carer_person_id !== actor.personId) {
      if (found.keys.length === 0) return null;
      throw forbidden('Only the person asked can give their answer.');
    }
    await repo.updateDocument(tx, family, found.doc.id, null, {
      carer_response: input.response,
      carer_responded_at: new Date(),
      carer_response_note: input.note || null,
      carer_note_written_in: languageOfSave(actor),
    });
    const child = found.c.people.people.find((p) => p.id === found.doc.person_id);
    const childName = child?.preferred_name ?? child?.full_name ?? 'the child';
    const words = input.response === 'agreed' ? `agreed to look after ${childName}` : `said they cannot look after ${childName}`;
    const parents = found.c.people.people.filter((p) => p.account_kind === 'parent' && p.account_id);
    const workers = found.c.people.team.filter((t) => t.key_worker);
    await shared.notify(tx, family, [
      ...parents.map((p) => ({
        id: newId(),
        kind: 'carer_answered' as const,
        recipient_account_id: p.account_id as string,
        message: phrase(notifyPlans.carerAnswered, { name: actor.name, response: input.response, child: childName }),
        dedupe_key: null,
      })),
      ...workers.map((w) => ({
        id: newId(),
        kind: 'carer_answered' as const,
        recipient_staff_id: w.id,
        message: `${actor.name} ${words} (contingency plan).`,
        dedupe_key: null,
      })),
    ]);
    const document = await reload(tx, ctx, family, found.doc.id);
    if (!document) return null;
    return { result: document, audit: { subjectType: 'plan_document', subjectId: found.doc.id, details: { response: input.response } } };
  });
}

export function agreeExplanation(deps: FamilyDeps, ctx: RequestContext, familyId: string, documentId: string): Promise<PlanDocument> {
  const actor = ctx.actor;
  if (actor.kind !== 'parent') throw forbidden();
  return withFamily(deps, ctx, familyId, 'plan.explanation_agreed', async (tx, family) => {
    const found = await reachable(tx, ctx, family, documentId);
    if (!found) return null;
    if (found.doc.kind !== 'explanation') return null;
    await repo.updateDocument(tx, family, found.doc.id, null, {
      parent_agreed_at: new Date(),
      parent_agreed_by_account_id: actor.accountId,
    });
    const document = await reload(tx, ctx, family, found.doc.id);
    if (!document) return null;
    return { result: document, audit: { subjectType: 'plan_document', subjectId: found.doc.id } };
  });
}
