// The sharing page (P12): who can see which kinds of the family's information and why, the consents, requests
// and every share, as a parent, a young person or a professional reads it.

import type { SharingOverview } from '../../../shared/contracts/consents.ts';
import { dateInWords } from '../../../shared/domain/dates.ts';
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_KEYS, LAWFUL_BASES, type SeeReason } from '../../../shared/domain/sharing.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { holdsPermission } from '../../access/permissions.ts';
import { HOME_CATEGORIES } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { OrganisationKind } from '../../db/schema.ts';
import * as repo from './consents.repo.ts';
import * as sharingLog from './sharing-log.repo.ts';

const today = () => new Date().toISOString().slice(0, 10);
/** "31 December 2026": dates in words, as people write them. */
const inWords = (isoDate: string) => dateInWords(isoDate.slice(0, 10));
export const label = (c: string) => (isOneOf(CONSENT_CATEGORY_KEYS, c) ? CONSENT_CATEGORIES[c] : c);
/** Whose information a consent is about: a young person's own, or (null) the family's. */
export const subjectOf = (a: FamilyMemberActor) => (a.kind === 'young_person' ? a.personId : null);

export function consentStatus(c: { withdrawn_at: Date | null; starts_on: string; ends_on: string | null }, on = today()) {
  if (c.withdrawn_at) return 'withdrawn' as const;
  if (c.starts_on > on) return 'not_started' as const;
  if (c.ends_on && c.ends_on < on) return 'expired' as const;
  return 'active' as const;
}

type WhoCanSeeCategory = SharingOverview['whoCanSee'][number]['categories'][number];
type Decider = NonNullable<SharingOverview['shares'][number]['decider']>;

/**
 * Who decided a share, in parts the family's page words itself (issue 16 §3): the parent or young person who agreed, a
 * worker with their organisation (and, for a referral, how and whose agreement it had), or a worker's emergency access.
 */
function deciderOf(
  share: { via: string },
  account: Awaited<ReturnType<typeof sharingLog.decidersOf>>[number] | undefined,
  referral: Awaited<ReturnType<typeof sharingLog.referralSubjects>>[number] | undefined,
): Decider | null {
  if (!account) return null;
  if (account.staff_name) {
    const agreed = share.via === 'referral' && referral?.agreed_how && referral.agreed_how !== 'in_umbrella';
    return {
      name: account.staff_name,
      organisation: account.organisation_name,
      as: share.via === 'emergency_access' ? 'emergency_access' : 'worker',
      agreedHow: agreed ? referral.agreed_how : null,
      agreedBy: agreed ? (referral.preferred_name ?? referral.full_name) : null,
    };
  }
  const name = account.preferred_name ?? account.full_name;
  if (!name) return null;
  const as = share.via === 'consent' && (account.kind === 'parent' || account.kind === 'young_person') ? account.kind : 'family';
  return { name, organisation: null, as, agreedHow: null, agreedBy: null };
}

/**
 * Builds the sharing overview; `forParent` (any family member) leaves out overrides the parent has not been
 * told about. A young person sees only what is about them: the consents they gave for their own information
 * and the shares made under those. The parent's consents, requests made to the parent, safeguarding overrides
 * and emergency accesses concern the family's (mostly the parent's) information, and their purposes and reasons
 * are the parent's to read, not a child's. A referral (issue 15) is listed for whoever reads its need.
 */
export async function sharingOverview(
  tx: Tx,
  family: VisibleFamily,
  forParent: boolean,
  viewer?: FamilyMemberActor,
): Promise<SharingOverview> {
  const [team, allConsents, allRequests, allOverrides, everyShare, orgs, referrals] = await Promise.all([
    repo.careTeamByOrganisation(tx, family),
    repo.consentsOf(tx, family),
    repo.requestsOf(tx, family),
    repo.activeOverrides(tx, family),
    sharingLog.disclosuresOf(tx, family, forParent),
    sharingLog.organisations(tx),
    sharingLog.referralSubjects(tx, family),
  ]);
  // A referral is shown to a family member only when its need is theirs to read (scope.ts#needVisible): the parent her
  // own and her children's, a young person his own; the children's father's referral about himself is his.
  const referralOf = new Map(referrals.map((r) => [r.support_id, r]));
  const referralReadBy = (sourceId: string | null) => {
    const r = sourceId ? referralOf.get(sourceId) : undefined;
    if (!r || !viewer) return !viewer;
    if (viewer.kind === 'parent') return r.person_id === viewer.personId || r.kind === 'child';
    return r.person_id === viewer.personId;
  };
  const allShares = everyShare.filter((s) => s.via !== 'referral' || referralReadBy(s.source_id));
  const deciders = await sharingLog.decidersOf(
    tx,
    everyShare.flatMap((s) => (s.decided_by_account_id ? [s.decided_by_account_id] : [])),
  );
  const deciderBy = new Map(deciders.map((d) => [d.id, d]));
  const child = viewer?.kind === 'young_person' ? viewer.personId : null;
  const consents = child ? allConsents.filter((c) => c.subject_person_id === child) : allConsents;
  const theirs = new Set(consents.map((c) => c.id));
  const requests = child ? [] : allRequests;
  const overrides = child ? [] : allOverrides;
  const shares = child
    ? allShares.filter((s) => s.via === 'referral' || (s.via === 'consent' && s.source_id !== null && theirs.has(s.source_id)))
    : allShares;
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
    // Each reason in English for the professionals' screens, and by key (with its date and the family's own purpose)
    // for the family's page to word in its language.
    const fixed = (category: string, reason: SeeReason, why: string) => ({
      category,
      label: category === 'own_notes' ? 'What their own service writes' : label(category),
      why,
      reason,
      until: null,
      purpose: null,
      purposeWrittenIn: null,
    });
    const categories: WhoCanSeeCategory[] = [
      fixed('general', 'general', 'Everyone in your care team can read general notes.'),
      ...HOME_CATEGORIES[o.kind].map((c) => fixed(c, 'home', 'This is their own service’s work with you.')),
      fixed('own_notes', 'own_notes', 'A service can always read its own notes.'),
    ];
    for (const c of consents) {
      if (consentStatus(c) !== 'active') continue;
      if (c.recipient_organisation_id === o.organisationId || (c.recipient_staff_id && o.staffIds.includes(c.recipient_staff_id))) {
        categories.push({
          category: c.category,
          label: label(c.category),
          why: `You agreed${c.ends_on ? `, until ${inWords(c.ends_on)}` : ''}: ${c.purpose}`,
          reason: 'consent',
          until: c.ends_on,
          purpose: c.purpose,
          purposeWrittenIn: c.written_in,
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
          reason: 'override',
          until: ov.ends_at.toISOString(),
          purpose: null,
          purposeWrittenIn: null,
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
      purposeWrittenIn: c.written_in,
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
      purposeWrittenIn: s.written_in,
      categories: s.categories.map(label),
      categoryKeys: [...s.categories],
      lawfulBasis: LAWFUL_BASES[s.lawful_basis].label,
      lawfulBasisKey: s.lawful_basis,
      lawfulBasisPlain: LAWFUL_BASES[s.lawful_basis].plain,
      decidedBy: s.decided_by_description,
      decider: deciderOf(s, deciderBy.get(s.decided_by_account_id ?? ''), referralOf.get(s.source_id ?? '')),
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
export async function sharingFor(tx: Tx, family: VisibleFamily, viewer: FamilyMemberActor): Promise<SharingOverview | null> {
  if (!mayReadSharing(viewer)) return null;
  return sharingOverview(tx, family, true, viewer);
}
