// Referrals with the parent's agreement (issue 15 §3): a worker refers from a need to a service in the directory (or the
// family refers themselves to one that takes self-referrals); what she agreed may be shared, what was sent and the
// lawful basis are kept with it and written to the disclosure log in the same transaction, so her sharing page lists
// it. Each step (sent, accepted, waiting, started, declined with a reason, ended) has its date and who set it; the
// family is told each one, and asked "did it help?" once when it ends.
import type { z } from 'zod';
import type { Need, NewReferralRequest, ReferralStatusRequest } from '../../../../shared/contracts/needs.ts';
import { NEED_DOMAINS, REFERRAL_NEXT_STEPS, REFERRAL_STATUSES, type ReferralStatus } from '../../../../shared/domain/needs.ts';
import { CONSENT_CATEGORY_KEYS, type ConsentCategory } from '../../../../shared/domain/sharing.ts';
import { type Phrase, phrase } from '../../../../shared/i18n/messages.ts';
import { notifySupport as n } from '../../../../shared/i18n/notify-support.messages.ts';
import { writerLanguage } from '../../../access/actor.ts';
import { type FamilyDeps, isUuid } from '../../../access/family-access.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { sharingLog } from '../../consents/index.ts';
import { requestFingerprint } from '../../records/index.ts';
import { checkWords, recordKeptAsWritten } from '../../words/index.ts';
import * as needsRepo from '../needs/needs.repo.ts';
import { askDidItHelp, checkKey, familyIdOf, keyReused } from '../needs/needs.service.ts';
import { callerOf, changeFamily, insist, loadNeed, needParts, tellFamily } from '../needs/needs-access.ts';
import { factsFor, today } from '../needs/needs-views.ts';
import * as repo from './referrals.repo.ts';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Sent a referral to …": whom it was for, and what was shared (general notes always; each other kind yes or no). */
function referralSentMessage(by: string, service: string, name: string | null, categories: readonly ConsentCategory[]): Phrase {
  const shared = {
    mental_health: categories.includes('mental_health') ? 'yes' : 'no',
    childrens_social_care: categories.includes('childrens_social_care') ? 'yes' : 'no',
    health: categories.includes('health') ? 'yes' : 'no',
    education: categories.includes('education') ? 'yes' : 'no',
  };
  return name === null
    ? phrase(n.referralSentForYou, { by, service, ...shared })
    : phrase(n.referralSentFor, { by, service, name, ...shared });
}

export function refer(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  needId: string,
  input: z.output<typeof NewReferralRequest>,
  idempotencyKey: string | undefined,
  route: string,
): Promise<{ need: Need; created: boolean }> {
  checkKey(idempotencyKey);
  const a = ctx.actor;
  const fingerprint = idempotencyKey === undefined ? null : requestFingerprint(route, input);
  return changeFamily<{ need: Need; created: boolean }>(
    deps,
    ctx,
    familyIdOf(ctx, familyId),
    'referral.sent',
    { type: 'need', id: needId },
    async (tx, family) => {
      const parts = await needParts(tx, ctx.scope, family, needId);
      if (!parts || a.kind === 'anonymous' || a.kind === 'system') return null;
      const caller = await callerOf(tx, family, ctx);
      insist('refer', factsFor(caller, parts.person, parts.need));
      const worker = a.kind === 'professional' ? a : null;
      const service = await needsRepo.directoryService(tx, input.serviceId);
      if (!service) throw badRequest('Choose a service from the directory.', { serviceId: 'Choose a service from the directory' });
      if (!worker && !service.self_referral)
        throw badRequest(
          'This service takes referrals from a worker. Ask your worker to refer you, or choose a service you can contact yourself.',
          {
            serviceId: 'Choose a service you can refer yourself to',
          },
        );
      // The family refers themselves with their own agreement, in Umbrella; a worker says on what basis, and how she agreed.
      const lawfulBasis = worker ? (input.lawfulBasis ?? 'consent') : 'consent';
      const agreedHow = worker ? (input.agreedHow ?? null) : 'in_umbrella';
      if (lawfulBasis === 'consent' && !agreedHow)
        throw badRequest('Say how they agreed to this referral.', { agreedHow: 'Say how they agreed: in person, by phone, in writing' });
      // The family reads what a worker sent about them, word for word: checked (issue 16 §1); their own referral is not.
      const words = worker ? checkWords({ sentText: input.sentText }, input.keepAsWritten) : null;
      // What is sent is in words, so general information always goes; then what she agreed, in the sharing page's order.
      const categories = CONSENT_CATEGORY_KEYS.filter((c) => c === 'general' || input.sharedCategories.includes(c));
      const id = newId();
      const on = today();
      const by = worker ? await needsRepo.staffDescription(tx, worker.staffId) : a.name;
      const inserted = await repo.insertReferral(tx, family, {
        id,
        need_id: parts.need.id,
        description: `Referral to ${service.name}`,
        service_id: service.id,
        offered_by_account_id: a.accountId,
        offered_by_staff_id: worker?.staffId ?? null,
        offered_by_description: by,
        offered_on: on,
        shared_categories: categories,
        sent_text: input.sentText,
        written_in: writerLanguage(a),
        lawful_basis: lawfulBasis,
        agreed_how: agreedHow,
        idempotency_key: idempotencyKey ?? null,
        idempotency_fingerprint: fingerprint,
      });
      const audit = (supportId: string, retried: boolean) => ({
        subjectType: 'need',
        subjectId: parts.need.id,
        details: { support: supportId, service: service.id, categories, lawfulBasis, retried },
      });
      if (!inserted && idempotencyKey) {
        // A retried send answers with what the first one made, and shares nothing again.
        const existing = await repo.referralByKey(tx, family, a.accountId, idempotencyKey);
        if (!existing) return null;
        if (existing.idempotency_fingerprint !== fingerprint) throw keyReused();
        const need = await loadNeed(tx, ctx.scope, family, caller, existing.need_id);
        return need ? { result: { need, created: false }, audit: audit(existing.id, true) } : null;
      }
      if (worker && words) await recordKeptAsWritten(tx, family, worker, { kind: 'need_support', id, version: 1 }, words);
      await repo.insertStep(tx, family, {
        id: newId(),
        support_id: id,
        status: 'sent',
        status_on: on,
        reason: null,
        written_in: writerLanguage(a),
        changed_by_account_id: a.accountId,
        changed_by_description: by,
      });
      // The share itself, in the disclosure log as every share is: the parent's sharing page lists it.
      const disclosureId = newId();
      await sharingLog.insertDisclosure(tx, family, {
        id: disclosureId,
        via: 'referral',
        recipient_organisation_id: null,
        recipient_staff_id: null,
        recipient_description: service.organisation_name === service.name ? service.name : `${service.name} (${service.organisation_name})`,
        purpose: `A referral for support with ${lower(NEED_DOMAINS[parts.need.domain].label)}`,
        categories,
        lawful_basis: lawfulBasis,
        decided_by_account_id: a.accountId,
        decided_by_description: by,
        source_id: id,
        hidden_from_parent_until_released: false,
      });
      await repo.setDisclosure(tx, family, id, disclosureId);
      await tellFamily(
        tx,
        family,
        parts.person,
        'referral_sent',
        a.accountId,
        (name) => referralSentMessage(worker ? worker.name : a.name, service.name, name, categories),
        true,
      );
      const need = await loadNeed(tx, ctx.scope, family, caller, parts.need.id);
      return need ? { result: { need, created: true }, audit: audit(id, false) } : null;
    },
  );
}

export function setReferralStatus(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  supportId: string,
  input: z.output<typeof ReferralStatusRequest>,
): Promise<Need> {
  const a = ctx.actor;
  return changeFamily<Need>(
    deps,
    ctx,
    familyIdOf(ctx, familyId),
    'referral.status_changed',
    { type: 'support', id: supportId },
    async (tx, family) => {
      const found = isUuid(supportId) ? await needsRepo.visibleSupport(tx, ctx.scope, family, supportId) : undefined;
      const parts = found ? await needParts(tx, ctx.scope, family, found.need_id) : undefined;
      const support = parts?.supports.find((s) => s.id === supportId);
      if (!parts || !support || support.kind !== 'referral' || !support.referral_status || a.kind === 'anonymous' || a.kind === 'system')
        return null;
      const caller = await callerOf(tx, family, ctx);
      insist('update_referral', factsFor(caller, parts.person, parts.need, support));
      const stale = () =>
        staleSave(
          () => loadNeed(tx, ctx.scope, family, caller, parts.need.id),
          'Someone else changed where this referral is in the meantime. Here it is now: check it, then save again if you need to.',
        );
      if (input.version !== support.version) throw await stale();
      const from = support.referral_status;
      const next: readonly ReferralStatus[] = REFERRAL_NEXT_STEPS[from];
      if (next.length === 0)
        throw badRequest(
          `This referral is ${lower(REFERRAL_STATUSES[from])}, so it cannot change now. If something new is needed, make a new referral.`,
          {
            status: 'This referral cannot change now',
          },
        );
      if (!next.includes(input.status))
        throw badRequest(
          `A referral that is “${lower(REFERRAL_STATUSES[from])}” can next be: ${next.map((s) => lower(REFERRAL_STATUSES[s])).join(', ')}.`,
          {
            status: 'Choose one of the next steps',
          },
        );
      if (input.status === 'declined' && !input.reason)
        throw badRequest('Say why the referral was not taken up.', { reason: 'Give the reason, in a few words' });
      if (support.referral_status_on && input.statusOn < support.referral_status_on)
        throw badRequest('This step cannot be before the last one.', { statusOn: 'Choose a day on or after the last step' });
      // The family reads a worker's reason for the step (why it was declined): checked as any worker's words are.
      const worker = a.kind === 'professional' ? a : null;
      const words = worker ? checkWords({ reason: input.reason }, input.keepAsWritten) : null;
      const moved = await repo.moveReferral(tx, family, support.id, input.version, {
        status: input.status,
        on: input.statusOn,
        declinedReason: input.reason ?? null,
      });
      if (!moved) throw await stale();
      if (worker && words)
        await recordKeptAsWritten(tx, family, worker, { kind: 'need_support', id: support.id, version: input.version + 1 }, words);
      const by = a.kind === 'professional' ? await needsRepo.staffDescription(tx, a.staffId) : a.name;
      await repo.insertStep(tx, family, {
        id: newId(),
        support_id: support.id,
        status: input.status,
        status_on: input.statusOn,
        reason: input.reason ?? null,
        written_in: writerLanguage(a),
        changed_by_account_id: a.accountId,
        changed_by_description: by,
      });
      // A referral's service is always in the directory (a foreign key); its own words name it if ever it is not.
      const service = support.service_name ?? support.description;
      const status = input.status;
      await tellFamily(
        tx,
        family,
        parts.person,
        'referral_updated',
        a.accountId,
        (name) =>
          name === null ? phrase(n.referralUpdatedForYou, { service, status }) : phrase(n.referralUpdatedFor, { service, name, status }),
        true,
      );
      if (input.status === 'ended' && support.helped === null) await askDidItHelp(tx, family, parts, support.id, { service }, a.accountId);
      const need = await loadNeed(tx, ctx.scope, family, caller, parts.need.id);
      return need
        ? { result: need, audit: { subjectType: 'need', subjectId: parts.need.id, details: { support: support.id, status: input.status } } }
        : null;
    },
  );
}
