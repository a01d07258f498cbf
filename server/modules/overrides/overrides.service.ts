// Safeguarding overrides (P12): sharing without consent to protect a child or prevent serious harm,
// for at most 30 days, told to the parent unless that would put someone at risk — then reviewed by
// an information governance lead, and told once the reason lapses.

import type { z } from 'zod';
import type { RenewOverrideRequest, ReviewOverrideRequest, StartOverrideRequest } from '../../../shared/contracts/consents.ts';
import { CONSENT_CATEGORIES, OVERRIDE_MAX_DAYS, OVERRIDE_REVIEW_HOURS } from '../../../shared/domain/sharing.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyFamily } from '../../../shared/i18n/notify-family.messages.ts';
import { type FamilyDeps, isUuid, withFamily } from '../../access/family-access.ts';
import { systemFamily } from '../../access/visible-family.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { sharingLog } from '../consents/index.ts';
import { managerNotice, notifyTeamManagers } from '../notifications/index.ts';
import * as repo from './overrides.repo.ts';

const DAY = 86_400_000;

function checkEnd(endsAt: string, from = Date.now()) {
  const end = Date.parse(endsAt);
  if (end <= from) throw badRequest('The end date must be in the future.', { endsAt: 'Choose a later date' });
  if (end > from + OVERRIDE_MAX_DAYS * DAY) {
    throw badRequest(`An override lasts at most ${OVERRIDE_MAX_DAYS} days; renew it if it is still needed.`, {
      endsAt: `At most ${OVERRIDE_MAX_DAYS} days from now`,
    });
  }
  return new Date(end);
}

export function startOverride(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof StartOverrideRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  if (!input.tellParent && !input.notTellingReason?.trim()) {
    throw badRequest('Say why telling the parent now would put someone at risk.', { notTellingReason: 'Give the reason' });
  }
  const endsAt = checkEnd(input.endsAt);
  return withFamily(deps, ctx, familyId, 'override.started', async (tx, family) => {
    const recipient = await sharingLog.organisationName(tx, input.recipientOrganisationId);
    if (!recipient) throw badRequest('Choose a service from the list.', { recipientOrganisationId: 'Choose a service' });
    const id = newId();
    await repo.insertOverride(tx, family, {
      id,
      categories: input.categories,
      recipient_organisation_id: input.recipientOrganisationId,
      lawful_basis: input.lawfulBasis,
      justification: input.justification,
      ends_at: endsAt,
      created_by_staff_id: actor.staffId,
      parent_told: input.tellParent,
      not_telling_reason: input.tellParent ? null : (input.notTellingReason ?? null),
      review_due_at: input.tellParent ? null : new Date(Date.now() + OVERRIDE_REVIEW_HOURS * 3_600_000),
    });
    const categories = input.categories
      .map((c) => CONSENT_CATEGORIES[c])
      .join(', ')
      .toLowerCase();
    await sharingLog.insertDisclosure(tx, family, {
      id: newId(),
      via: 'override',
      recipient_organisation_id: input.recipientOrganisationId,
      recipient_staff_id: null,
      recipient_description: recipient,
      purpose: input.justification,
      categories: input.categories,
      lawful_basis: input.lawfulBasis,
      decided_by_account_id: actor.accountId,
      decided_by_description: actor.name,
      source_id: id,
      hidden_from_parent_until_released: !input.tellParent,
    });
    const leads = await sharingLog.governanceLeadStaff(tx);
    await sharingLog.notifyAll(tx, family, [
      ...leads.map((staffId) => ({
        id: newId(),
        kind: 'override_started' as const,
        recipient_staff_id: staffId,
        message: `${actor.name} shared ${categories} information with ${recipient} without consent${input.tellParent ? '' : ' and asked not to tell the parent yet: review needed'}.`,
      })),
      ...(input.tellParent
        ? (await sharingLog.parentAccounts(tx, family)).map((accountId) => ({
            id: newId(),
            kind: 'information_shared' as const,
            recipient_account_id: accountId,
            // In the parent's own language when she reads it (issue 16 §3): the kinds by key, the service by its name.
            message: phrase(notifyFamily.sharedWithoutAgreement, {
              count: input.categories.length,
              ...Object.fromEntries(input.categories.map((c, i) => [`c${i + 1}`, c])),
              organisation: recipient,
            }),
          }))
        : []),
    ]);
    // The team managers are told too (issue 18 §4), not the one who started it; the override's words stay in the record.
    await notifyTeamManagers(tx, family, 'manager_override', managerNotice.override, {
      dedupeKey: `manager-override:${id}`,
      exceptStaffId: actor.staffId,
    });
    return {
      result: { id, version: 1 },
      audit: { subjectType: 'override', subjectId: id, details: { categories: input.categories, told: input.tellParent } },
    };
  });
}

export function endOverride(deps: FamilyDeps, ctx: RequestContext, familyId: string, overrideId: string) {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'override.ended', async (tx, family) => {
    if (!isUuid(overrideId)) return null;
    const o = await repo.findOverride(tx, family, overrideId);
    if (!o || o.ended_at) return null;
    await repo.updateOverride(tx, family, overrideId, { ended_at: new Date() });
    return { result: undefined, audit: { subjectType: 'override', subjectId: overrideId } };
  });
}

export function renewOverride(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  overrideId: string,
  input: z.output<typeof RenewOverrideRequest>,
) {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  const endsAt = checkEnd(input.endsAt);
  return withFamily(deps, ctx, familyId, 'override.renewed', async (tx, family) => {
    if (!isUuid(overrideId)) return null;
    const o = await repo.findOverride(tx, family, overrideId);
    if (!o || o.ended_at) return null;
    // A renewal is a fresh 30-day decision with its own justification, kept in the audit log.
    await repo.updateOverride(tx, family, overrideId, { starts_at: new Date(), ends_at: endsAt, justification: input.justification });
    return {
      result: undefined,
      audit: {
        subjectType: 'override',
        subjectId: overrideId,
        details: { endsAt: endsAt.toISOString(), justification: input.justification },
      },
    };
  });
}

/** The information governance lead's review; releasing tells the parent and shows them the share. */
export async function reviewOverride(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  overrideId: string,
  input: z.output<typeof ReviewOverrideRequest>,
) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional' || actor.role !== 'information_governance_lead')
    throw forbidden('Only an information governance lead reviews overrides.');
  const outcome = await deps.db.transaction().execute(async (tx) => {
    if (!isUuid(familyId) || !isUuid(overrideId)) return null;
    // The governance lead reviews overrides in any family, not through a care team: reached by a named reason.
    const family = systemFamily('safeguarding override review by governance', familyId);
    if (!(await repo.findOverride(tx, family, overrideId))) return null;
    await repo.updateOverride(tx, family, overrideId, {
      reviewed_at: new Date(),
      reviewed_by_staff_id: actor.staffId,
      review_note: input.note,
      ...(input.release ? { parent_told: true } : {}),
    });
    if (input.release) {
      await sharingLog.releaseDisclosuresOf(tx, family, overrideId);
      await sharingLog.notifyAll(
        tx,
        family,
        (await sharingLog.parentAccounts(tx, family)).map((accountId) => ({
          id: newId(),
          kind: 'information_shared' as const,
          recipient_account_id: accountId,
          message: phrase(notifyFamily.sharedWithoutAgreementReleased),
        })),
      );
    }
    await deps.audit.record(tx, {
      action: input.release ? 'override.released_to_parent' : 'override.reviewed',
      outcome: 'allowed',
      actor,
      familyId,
      subjectType: 'override',
      subjectId: overrideId,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { note: input.note },
    });
    return true;
  });
  if (!outcome) throw notFound();
}
