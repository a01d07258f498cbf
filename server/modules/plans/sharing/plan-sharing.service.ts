// The parent's sharing choices (P10): one part of one plan, shared with or taken back from one person; each
// change audited, the person told when something is shared with them.
import type { z } from 'zod';
import type { PlanDocuments, ShareRequest } from '../../../../shared/contracts/plans.ts';
import { RECOVERY_PART_KEYS } from '../../../../shared/domain/plans.ts';
import { isOneOf } from '../../../../shared/domain/vocabularies.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifyPlans } from '../../../../shared/i18n/notify-plans.messages.ts';
import { type FamilyDeps, withFamily } from '../../../access/family-access.ts';
import { mayShare } from '../../../access/plan-access.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import * as repo from '../documents/plan-documents.repo.ts';
import { buildDocuments, loadContext, sectionKeysOf } from '../documents/plan-documents.view.ts';
import * as shared from '../plans.repo.ts';

export function changeShare(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof ShareRequest>,
): Promise<PlanDocuments> {
  const actor = ctx.actor;
  if (actor.kind !== 'parent') throw forbidden();
  return withFamily(deps, ctx, familyId, input.shared ? 'plan.shared' : 'plan.unshared', async (tx, family) => {
    const c = await loadContext(tx, ctx.scope, family);
    if (input.documentKind === 'recovery') {
      if ((await repo.recoveryPlanId(tx, family)) !== input.documentId) return null;
      if (input.sectionKey !== null && !isOneOf(RECOVERY_PART_KEYS, input.sectionKey))
        throw badRequest('Choose a part of the family plan.', { sectionKey: 'Choose a part of the plan' });
    } else {
      const doc = c.documents.find((d) => d.id === input.documentId && d.kind === input.documentKind);
      if (!doc) return null;
      if (!mayShare(actor, doc)) throw forbidden('Only the parent whose plan it is chooses who sees it.');
      if (input.sectionKey !== null && !sectionKeysOf(doc.kind).includes(input.sectionKey))
        throw badRequest('Choose a part of the plan.', { sectionKey: 'Choose a part of the plan' });
    }
    const person = input.recipientPersonId
      ? c.people.people.find((p) => p.id === input.recipientPersonId && p.account_id && p.id !== actor.personId)
      : undefined;
    const staff = input.recipientStaffId ? c.people.team.find((t) => t.id === input.recipientStaffId) : undefined;
    if (!person && !staff)
      throw badRequest('Choose someone who can sign in to Umbrella: a person you trust or a worker on your team.', {
        recipient: 'Choose someone from the list',
      });
    const same = c.shares.filter(
      (s) =>
        s.document_id === input.documentId &&
        s.section_key === input.sectionKey &&
        s.recipient_person_id === (input.recipientPersonId ?? null) &&
        s.recipient_staff_id === (input.recipientStaffId ?? null),
    );
    if (input.shared && same.length === 0) {
      await shared.insertShare(tx, family, {
        id: newId(),
        document_kind: input.documentKind,
        document_id: input.documentId,
        section_key: input.sectionKey,
        recipient_person_id: input.recipientPersonId ?? null,
        recipient_staff_id: input.recipientStaffId ?? null,
        shared_by_account_id: actor.accountId,
      });
      await shared.notify(tx, family, [
        {
          id: newId(),
          kind: 'plan_shared',
          message: phrase(notifyPlans.planShared, { name: actor.name }),
          dedupe_key: `plan-shared:${input.documentId}:${input.recipientPersonId ?? input.recipientStaffId}:${new Date().toISOString().slice(0, 10)}`,
          ...(staff ? { recipient_staff_id: staff.id } : { recipient_account_id: person?.account_id as string }),
        },
      ]);
    }
    if (!input.shared)
      await shared.endShares(
        tx,
        family,
        same.map((s) => s.id),
        actor.accountId,
      );
    const after = await loadContext(tx, ctx.scope, family);
    return {
      result: await buildDocuments(tx, actor, family, after),
      audit: {
        subjectType: 'plan_document',
        subjectId: input.documentId,
        details: {
          kind: input.documentKind,
          section: input.sectionKey,
          recipientPersonId: input.recipientPersonId,
          recipientStaffId: input.recipientStaffId,
        },
      },
    };
  });
}
