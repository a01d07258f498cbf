// Consent you can see (P12), the family's side: who can see which kinds of information and why,
// granting and withdrawing consent, answering professionals' requests, and the log of every share.
import type { z } from 'zod';
import type {
  AnswerConsentRequest,
  AskForConsentRequest,
  GrantConsentRequest,
  SharingOverview,
} from '../../../shared/contracts/consents.ts';
import { dateInWords } from '../../../shared/domain/dates.ts';
import { CONSENT_CATEGORIES, type ConsentCategory, LAWFUL_BASES, type LawfulBasis } from '../../../shared/domain/sharing.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { holdsPermission } from '../../access/permissions.ts';
import { HOME_CATEGORIES } from '../../access/scope.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { OrganisationKind } from '../../db/schema.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../families/index.ts';
import * as repo from './consents.repo.ts';

const today = () => new Date().toISOString().slice(0, 10);
/** "31 December 2026": dates in words, as people write them. */
const inWords = (isoDate: string) => dateInWords(isoDate.slice(0, 10));
const label = (c: string) => CONSENT_CATEGORIES[c as ConsentCategory] ?? c;

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
const subjectOf = (a: FamilyMemberActor) => (a.kind === 'young_person' ? a.personId : null);

export function consentStatus(c: { withdrawn_at: Date | null; starts_on: string; ends_on: string | null }, on = today()) {
  if (c.withdrawn_at) return 'withdrawn' as const;
  if (c.starts_on > on) return 'not_started' as const;
  if (c.ends_on && c.ends_on < on) return 'expired' as const;
  return 'active' as const;
}

/**
 * Builds the sharing overview; `forParent` (any family member) leaves out overrides the parent has not been
 * told about. A young person sees only what is about them: the consents they gave for their own information
 * and the shares made under those. The parent's consents, requests made to the parent, safeguarding overrides
 * and emergency accesses concern the family's (mostly the parent's) information, and their purposes and reasons
 * are the parent's to read, not a child's.
 */
export async function sharingOverview(tx: Tx, familyId: string, forParent: boolean, viewer?: FamilyMemberActor): Promise<SharingOverview> {
  const [team, allConsents, allRequests, allOverrides, allShares, orgs] = await Promise.all([
    repo.careTeamByOrganisation(tx, familyId),
    repo.consentsOf(tx, familyId),
    repo.requestsOf(tx, familyId),
    repo.activeOverrides(tx, familyId),
    repo.disclosuresOf(tx, familyId, forParent),
    repo.organisations(tx),
  ]);
  const child = viewer?.kind === 'young_person' ? viewer.personId : null;
  const consents = child ? allConsents.filter((c) => c.subject_person_id === child) : allConsents;
  const theirs = new Set(consents.map((c) => c.id));
  const requests = child ? [] : allRequests;
  const overrides = child ? [] : allOverrides;
  const shares = child ? allShares.filter((s) => s.via === 'consent' && s.source_id !== null && theirs.has(s.source_id)) : allShares;
  const byOrg = new Map<
    string,
    { organisationId: string; organisationName: string; kind: OrganisationKind; people: string[]; staffIds: string[] }
  >();
  for (const m of team) {
    const o = byOrg.get(m.organisation_id) ?? {
      organisationId: m.organisation_id,
      organisationName: m.organisation_name,
      kind: m.organisation_kind,
      people: [],
      staffIds: [],
    };
    o.people.push(m.full_name);
    o.staffIds.push(m.staff_id);
    byOrg.set(m.organisation_id, o);
  }
  const whoCanSee = [...byOrg.values()].map((o) => {
    const categories = [
      { category: 'general', label: label('general'), why: 'Everyone in your care team can read general notes.' },
      ...HOME_CATEGORIES[o.kind].map((c) => ({ category: c, label: label(c), why: 'This is their own service’s work with you.' })),
      { category: 'own_notes', label: 'What their own service writes', why: 'A service can always read its own notes.' },
    ];
    for (const c of consents) {
      if (consentStatus(c) !== 'active') continue;
      if (c.recipient_organisation_id === o.organisationId || (c.recipient_staff_id && o.staffIds.includes(c.recipient_staff_id))) {
        categories.push({
          category: c.category,
          label: label(c.category),
          why: `You agreed${c.ends_on ? `, until ${inWords(c.ends_on)}` : ''}: ${c.purpose}`,
        });
      }
    }
    for (const ov of overrides) {
      if (ov.recipient_organisation_id !== o.organisationId || (forParent && !ov.parent_told)) continue;
      for (const c of ov.categories) {
        categories.push({
          category: c,
          label: label(c),
          why: `Shared without your agreement to keep someone safe, until ${inWords(ov.ends_at.toISOString())}.`,
        });
      }
    }
    return { organisationId: o.organisationId, organisationName: o.organisationName, people: o.people, categories };
  });
  return {
    whoCanSee,
    consents: consents.map((c) => ({
      id: c.id,
      category: c.category,
      categoryLabel: label(c.category),
      recipient: c.staff_name ?? c.organisation_name ?? 'Unknown',
      purpose: c.purpose,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      status: consentStatus(c),
      withdrawnAt: c.withdrawn_at?.toISOString() ?? null,
      aboutSomeone: c.subject_person_id !== null,
      youCanChange:
        viewer !== undefined &&
        (viewer.kind === 'parent' || viewer.kind === 'young_person') &&
        (c.subject_person_id ?? null) === subjectOf(viewer),
    })),
    requests: requests.map((r) => ({
      id: r.id,
      category: r.category,
      categoryLabel: label(r.category),
      askedBy: r.asked_by,
      recipient: r.organisation_name,
      reason: r.reason,
      status: r.status,
      createdAt: r.created_at.toISOString(),
    })),
    shares: shares.map((s) => ({
      id: s.id,
      when: s.created_at.toISOString(),
      via: s.via,
      recipient: s.recipient_description,
      purpose: s.purpose,
      categories: s.categories.map(label),
      lawfulBasis: LAWFUL_BASES[s.lawful_basis as LawfulBasis].label,
      lawfulBasisPlain: LAWFUL_BASES[s.lawful_basis as LawfulBasis].plain,
      decidedBy: s.decided_by_description,
    })),
    organisations: orgs.map((o) => ({ id: o.id, name: o.name })),
    ...(forParent
      ? {}
      : {
          overrides: overrides.map((o) => ({
            id: o.id,
            recipient: o.organisation_name,
            categories: o.categories.map(label),
            endsAt: o.ends_at.toISOString(),
            parentTold: o.parent_told,
            reviewed: o.reviewed_at !== null,
          })),
        }),
  };
}

/** Whether this family member may read the sharing page at all (a network member may not). */
export const mayReadSharing = (viewer: FamilyMemberActor) => holdsPermission(viewer, 'portal.sharing.read');

/** The sharing page as this family member reads it (also their subject access export's part), or null. */
export async function sharingFor(tx: Tx, familyId: string, viewer: FamilyMemberActor): Promise<SharingOverview | null> {
  if (!mayReadSharing(viewer)) return null;
  return sharingOverview(tx, familyId, true, viewer);
}

export function getMySharing(deps: FamilyDeps, ctx: RequestContext) {
  const a = ctx.actor;
  if (a.kind !== 'parent' && a.kind !== 'young_person' && a.kind !== 'network_member') throw forbidden();
  if (!mayReadSharing(a)) throw forbidden();
  return readFamily(deps, ctx, a.familyId, 'portal.sharing_viewed', async (tx, family) => {
    const result = await sharingFor(tx, family.id, a);
    return result ? { result } : null;
  });
}

export function getFamilySharing(deps: FamilyDeps, ctx: RequestContext, familyId: string) {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return readFamily(deps, ctx, familyId, 'sharing.viewed', async (tx, family) => ({ result: await sharingOverview(tx, family.id, false) }));
}

async function recipientOf(tx: Tx, input: { recipientOrganisationId?: string; recipientStaffId?: string }) {
  if (input.recipientOrganisationId) {
    const name = await repo.organisationName(tx, input.recipientOrganisationId);
    if (!name) throw badRequest('Choose a service from the list.', { recipientOrganisationId: 'Choose a service from the list' });
    return { organisationId: input.recipientOrganisationId, staffId: null, description: name };
  }
  const staff = input.recipientStaffId ? await repo.staffWithOrganisation(tx, input.recipientStaffId) : undefined;
  if (!staff) throw badRequest('Choose a person from the list.', { recipientStaffId: 'Choose a person from the list' });
  return { organisationId: null, staffId: staff.id, description: `${staff.full_name}, ${staff.organisation_name}` };
}

async function grant(
  tx: Tx,
  familyId: string,
  actor: FamilyMemberActor,
  v: { category: ConsentCategory; recipientOrganisationId?: string; recipientStaffId?: string; purpose: string; endsOn?: string | null },
) {
  if (v.endsOn && v.endsOn < today()) throw badRequest('The end date has already passed.', { endsOn: 'Choose a date from today on' });
  const recipient = await recipientOf(tx, v);
  const id = newId();
  await repo.insertConsent(tx, {
    family_id: familyId,
    id,
    category: v.category,
    recipient_organisation_id: recipient.organisationId,
    recipient_staff_id: recipient.staffId,
    purpose: v.purpose,
    starts_on: today(),
    ends_on: v.endsOn ?? null,
    granted_by_account_id: actor.accountId,
    subject_person_id: subjectOf(actor),
  });
  await repo.insertDisclosure(tx, {
    family_id: familyId,
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
  });
  return { id, recipient };
}

export function grantConsent(deps: FamilyDeps, ctx: RequestContext, input: z.output<typeof GrantConsentRequest>) {
  const actor = consenter(ctx);
  return withFamily(deps, ctx, actor.familyId, 'consent.granted', async (tx, family) => {
    const { id, recipient } = await grant(tx, family.id, actor, { ...input, category: input.category as ConsentCategory });
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
    const withdrawn = await repo.withdrawConsent(tx, family.id, consentId, actor.accountId, subjectOf(actor));
    if (!withdrawn) return null;
    return { result: undefined, audit: { subjectType: 'consent', subjectId: consentId, details: { category: withdrawn.category } } };
  });
}

export function askForConsent(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof AskForConsentRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'consent.requested', async (tx, family) => {
    const id = newId();
    await repo.insertRequest(tx, {
      family_id: family.id,
      id,
      category: input.category as ConsentCategory,
      requested_by_staff_id: actor.staffId,
      recipient_organisation_id: actor.organisationId,
      reason: input.reason,
    });
    await repo.notifyAll(
      tx,
      (await repo.parentAccounts(tx, family.id)).map((accountId) => ({
        id: newId(),
        kind: 'consent_requested' as const,
        family_id: family.id,
        recipient_account_id: accountId,
        message: `${actor.name} asks if their service may see your ${label(input.category).toLowerCase()} information. You can say yes or no.`,
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
      const request = await repo.findOpenRequest(tx, family.id, requestId);
      if (!request) return null;
      const consent = input.accept
        ? await grant(tx, family.id, actor, {
            category: request.category,
            recipientOrganisationId: request.recipient_organisation_id,
            purpose: request.reason,
            endsOn: input.endsOn ?? null,
          })
        : null;
      await repo.answerRequest(tx, family.id, requestId, input.accept, actor.accountId, consent?.id ?? null);
      await repo.notifyAll(tx, [
        {
          id: newId(),
          kind: 'consent_answered',
          family_id: family.id,
          recipient_staff_id: request.requested_by_staff_id,
          message: `${actor.name} ${input.accept ? 'agreed' : 'said no'} to sharing ${label(request.category).toLowerCase()} information with your service.`,
        },
      ]);
      return { result: undefined, audit: { subjectType: 'consent_request', subjectId: requestId } };
    },
  );
}
