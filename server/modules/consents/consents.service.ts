// Consent use cases (P12): the family's sharing page, granting and withdrawing consent, professionals asking for it
// and the parent answering; every share is written to the sharing log.

import type { z } from 'zod';
import type { AnswerConsentRequest, AskForConsentRequest, GrantConsentRequest } from '../../../shared/contracts/consents.ts';
import type { ConsentCategory } from '../../../shared/domain/sharing.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyFamily } from '../../../shared/i18n/notify-family.messages.ts';
import { type FamilyMemberActor, writerLanguage } from '../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './consents.repo.ts';
import * as sharingLog from './sharing-log.repo.ts';
import { label, mayReadSharing, sharingFor, sharingOverview, subjectOf } from './sharing-overview.ts';

const today = () => new Date().toISOString().slice(0, 10);

function parent(ctx: RequestContext): FamilyMemberActor {
  const a = ctx.actor;
  if (a.kind !== 'parent') throw forbidden('Only a parent can change who sees the family’s information.');
  return a;
}

/** A parent consents for the family's information; a young person for information about themselves. */
function consenter(ctx: RequestContext): FamilyMemberActor {
  const a = ctx.actor;
  if (a.kind !== 'parent' && a.kind !== 'young_person')
    throw forbidden('Only a parent, or a young person for their own information, can change this.');
  return a;
}

export function getMySharing(deps: FamilyDeps, ctx: RequestContext) {
  const a = ctx.actor;
  if (a.kind !== 'parent' && a.kind !== 'young_person' && a.kind !== 'network_member') throw forbidden();
  if (!mayReadSharing(a)) throw forbidden();
  return readFamily(deps, ctx, a.familyId, 'portal.sharing_viewed', async (tx, family) => {
    const result = await sharingFor(tx, family, a);
    return result ? { result } : null;
  });
}

export function getFamilySharing(deps: FamilyDeps, ctx: RequestContext, familyId: string) {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return readFamily(deps, ctx, familyId, 'sharing.viewed', async (tx, family) => ({ result: await sharingOverview(tx, family, false) }));
}

async function recipientOf(tx: Tx, input: { recipientOrganisationId?: string; recipientStaffId?: string }) {
  if (input.recipientOrganisationId) {
    const name = await sharingLog.organisationName(tx, input.recipientOrganisationId);
    if (!name) throw badRequest('Choose a service from the list.', { recipientOrganisationId: 'Choose a service from the list' });
    return { organisationId: input.recipientOrganisationId, staffId: null, description: name };
  }
  const staff = input.recipientStaffId ? await sharingLog.staffWithOrganisation(tx, input.recipientStaffId) : undefined;
  if (!staff) throw badRequest('Choose a person from the list.', { recipientStaffId: 'Choose a person from the list' });
  return { organisationId: null, staffId: staff.id, description: `${staff.full_name}, ${staff.organisation_name}` };
}

async function grant(
  tx: Tx,
  family: VisibleFamily,
  actor: FamilyMemberActor,
  v: { category: ConsentCategory; recipientOrganisationId?: string; recipientStaffId?: string; purpose: string; endsOn?: string | null },
  /** The purpose's language: the family member's own words, or a worker's request they accepted (English). */
  writtenIn: Locale,
) {
  if (v.endsOn && v.endsOn < today()) throw badRequest('The end date has already passed.', { endsOn: 'Choose a date from today on' });
  const recipient = await recipientOf(tx, v);
  const id = newId();
  await repo.insertConsent(tx, family, {
    id,
    category: v.category,
    recipient_organisation_id: recipient.organisationId,
    recipient_staff_id: recipient.staffId,
    purpose: v.purpose,
    starts_on: today(),
    ends_on: v.endsOn ?? null,
    granted_by_account_id: actor.accountId,
    subject_person_id: subjectOf(actor),
    written_in: writtenIn,
  });
  await sharingLog.insertDisclosure(tx, family, {
    id: newId(),
    via: 'consent',
    recipient_organisation_id: recipient.organisationId,
    recipient_staff_id: recipient.staffId,
    recipient_description: recipient.description,
    purpose: v.purpose,
    categories: [v.category],
    lawful_basis: 'consent',
    decided_by_account_id: actor.accountId,
    decided_by_description: `${actor.name} (${actor.kind === 'young_person' ? 'young person, for their own information' : 'parent'})`,
    source_id: id,
    written_in: writtenIn,
  });
  return { id, recipient };
}

export function grantConsent(deps: FamilyDeps, ctx: RequestContext, input: z.output<typeof GrantConsentRequest>) {
  const actor = consenter(ctx);
  return withFamily(deps, ctx, actor.familyId, 'consent.granted', async (tx, family) => {
    const { id, recipient } = await grant(tx, family, actor, input, writerLanguage(actor));
    return {
      result: { id, version: 1 },
      audit: { subjectType: 'consent', subjectId: id, details: { category: input.category, recipient: recipient.description } },
    };
  });
}

export function withdrawConsent(deps: FamilyDeps, ctx: RequestContext, consentId: string) {
  const actor = consenter(ctx);
  return withFamily(deps, ctx, actor.familyId, 'consent.withdrawn', async (tx, family) => {
    if (!isUuid(consentId)) return null;
    const withdrawn = await repo.withdrawConsent(tx, family, consentId, actor.accountId, subjectOf(actor));
    if (!withdrawn) return null;
    return { result: undefined, audit: { subjectType: 'consent', subjectId: consentId, details: { category: withdrawn.category } } };
  });
}

export function askForConsent(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof AskForConsentRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'consent.requested', async (tx, family) => {
    const id = newId();
    await repo.insertRequest(tx, family, {
      id,
      category: input.category,
      requested_by_staff_id: actor.staffId,
      recipient_organisation_id: actor.organisationId,
      reason: input.reason,
    });
    await sharingLog.notifyAll(
      tx,
      family,
      (await sharingLog.parentAccounts(tx, family)).map((accountId) => ({
        id: newId(),
        kind: 'consent_requested' as const,
        recipient_account_id: accountId,
        message: phrase(notifyFamily.consentRequested, { name: actor.name, category: input.category }),
      })),
    );
    return { result: { id, version: 1 }, audit: { subjectType: 'consent_request', subjectId: id, details: { category: input.category } } };
  });
}

export function answerConsentRequest(
  deps: FamilyDeps,
  ctx: RequestContext,
  requestId: string,
  input: z.output<typeof AnswerConsentRequest>,
) {
  const actor = parent(ctx);
  return withFamily(
    deps,
    ctx,
    actor.familyId,
    input.accept ? 'consent.request_accepted' : 'consent.request_declined',
    async (tx, family) => {
      if (!isUuid(requestId)) return null;
      const request = await repo.findOpenRequest(tx, family, requestId);
      if (!request) return null;
      const consent = input.accept
        ? await grant(
            tx,
            family,
            actor,
            {
              category: request.category,
              recipientOrganisationId: request.recipient_organisation_id,
              purpose: request.reason,
              endsOn: input.endsOn ?? null,
            },
            // The purpose is the worker's reason for asking.
            'en',
          )
        : null;
      await repo.answerRequest(tx, family, requestId, input.accept, actor.accountId, consent?.id ?? null);
      await sharingLog.notifyAll(tx, family, [
        {
          id: newId(),
          kind: 'consent_answered',
          recipient_staff_id: request.requested_by_staff_id,
          message: `${actor.name} ${input.accept ? 'agreed' : 'said no'} to sharing ${label(request.category).toLowerCase()} information with your service.`,
        },
      ]);
      return { result: undefined, audit: { subjectType: 'consent_request', subjectId: requestId } };
    },
  );
}
