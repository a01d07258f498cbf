// Who may change a record entry, and whether a change of category widens who reads it: the one place these
// rules live (PRODUCT.md §7 "Whose record is it?"). Pure functions over facts the service has already read.
import { ORGANISATION_KIND_KEYS } from '../../shared/domain/care-team-roles.ts';
import { ENTRY_CHANGES, type EntryChange, type WithholdingScope } from '../../shared/domain/records.ts';
import type { OrganisationKind, StaffRole } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { HOME_CATEGORIES } from './scope.ts';

export { ENTRY_CHANGES, type EntryChange };

/** Who wrote an entry and for which agency (fixed at writing: the information stays that agency's). */
export type EntryAuthorship = { authorStaffId: string; authorOrganisationId: string };

/** How a professional stands to an entry. An author who has since moved to another agency is "other agency". */
export type Relationship = 'author' | 'same_agency' | 'other_agency';

export function relationshipTo(actor: { staffId: string; organisationId: string }, entry: EntryAuthorship): Relationship {
  if (actor.organisationId !== entry.authorOrganisationId) return 'other_agency';
  return actor.staffId === entry.authorStaffId ? 'author' : 'same_agency';
}

/**
 * Besides the author, the roles of the author's own agency who may make each change. The team manager answers
 * for the agency's record (and covers an author who is away); the information governance lead decides what is
 * disclosed, so may keep back or release, but never rewrites what a practitioner wrote. Nobody in another
 * agency may change an entry: they answer it as the team.
 */
const SAME_AGENCY: Record<Exclude<EntryChange, 'team_answer'>, readonly StaffRole[]> = {
  edit_text: ['team_manager'],
  change_category: ['team_manager'],
  withhold: ['team_manager', 'information_governance_lead'],
  release: ['team_manager', 'information_governance_lead'],
  mark_in_error: ['team_manager'],
  hide_placeholder: ['team_manager'],
};

/**
 * Whether the actor may make this change to an entry they can see (seeing it is checked first, by the scope).
 * Answering as the team is open to every professional who can see the entry. Hiding even the placeholder is a
 * team manager's decision, so an author who is not a team manager may not make it either.
 */
export function mayChangeEntry(actor: Actor, entry: EntryAuthorship, change: EntryChange): boolean {
  if (actor.kind !== 'professional') return false;
  if (change === 'team_answer') return true;
  const relationship = relationshipTo(actor, entry);
  if (relationship === 'other_agency') return false;
  if (relationship === 'author' && change !== 'hide_placeholder') return true;
  return SAME_AGENCY[change].includes(actor.role);
}

/** An entry's state, for offering only the changes that make sense now. */
export type EntryState = EntryAuthorship & {
  enteredInError: boolean;
  withholding: { scope: WithholdingScope; placeholderHidden: boolean } | null;
};

/** The changes this actor may make to this entry now: returned with the entry, so a screen offers only these. */
export function allowedChanges(actor: Actor, entry: EntryState): EntryChange[] {
  const sensible: Record<EntryChange, boolean> = {
    edit_text: !entry.enteredInError,
    change_category: !entry.enteredInError,
    // An entry written in the wrong family's record may still need keeping back from this family.
    withhold: true,
    release: entry.withholding !== null,
    mark_in_error: !entry.enteredInError,
    hide_placeholder: entry.withholding?.scope === 'whole' && !entry.withholding.placeholderHidden,
    team_answer: true,
  };
  return ENTRY_CHANGES.filter((change) => sensible[change] && mayChangeEntry(actor, entry, change));
}

/** The plain words of a 403: who can make the change instead. */
export function whoMayChange(change: EntryChange, author: { name: string; organisation: string }): string {
  const agency = author.organisation || 'the agency that wrote it';
  if (change === 'hide_placeholder') return `Only a team manager at ${agency}, the agency that wrote this entry, can decide this.`;
  if (change === 'withhold' || change === 'release') {
    return `Only ${author.name}, who wrote this entry, or a team manager or information governance lead at ${agency} can change what is kept from the parent. You can answer it as the team, or ask them.`;
  }
  return `Only ${author.name}, who wrote this entry, or a team manager at ${agency} can change it. You can answer it as the team, or ask them.`;
}

/** Third-party information is kept wholly from the family until its author decides to release it. */
export const THIRD_PARTY_REVIEW_MONTHS = 3;

/**
 * The withholding an entry gets when its writer gave none: third-party information is withheld by default (reason
 * third party, review in three months, decided by its author), so the family's record, their export and every
 * other path show the same placeholder until its author releases it. Other categories: none.
 */
export function defaultWithholding(category: string, now: Date): { scope: 'whole'; reason: 'third_party'; reviewOn: string } | null {
  if (category !== 'third_party') return null;
  const review = new Date(now);
  review.setUTCMonth(review.getUTCMonth() + THIRD_PARTY_REVIEW_MONTHS);
  return { scope: 'whole', reason: 'third_party', reviewOn: review.toISOString().slice(0, 10) };
}

// ---- Widening: a category change needs the same authority as a new share -----------------------------------

/** Active consents and safeguarding overrides of the family (records.repo.ts#sharingFacts). */
export type SharingFacts = {
  consents: readonly {
    category: string;
    recipientOrganisationId: string | null;
    recipientStaffId: string | null;
    subjectPersonId: string | null;
  }[];
  overrides: readonly { categories: readonly string[]; recipientOrganisationId: string }[];
};

/** Who may read an entry in a category, as the category rule (access/scope.ts) decides it. */
type Readers =
  | { everyone: true }
  | { everyone: false; kinds: Set<OrganisationKind>; organisations: Set<string>; staff: Set<string>; emergency: boolean };

/**
 * The readers of an entry of this authorship in `category`, for this family now: everyone on the care team for
 * general; otherwise the author's agency, every agency whose own field it is, agencies an active override names
 * for it, and, except for third-party information, those an active consent gives it to and anyone holding
 * emergency access.
 */
export function readersOf(
  category: string,
  entry: { authorOrganisationId: string; aboutPersonIds: readonly string[] },
  facts: SharingFacts,
): Readers {
  if (category === 'general') return { everyone: true };
  const thirdParty = category === 'third_party';
  const organisations = new Set([entry.authorOrganisationId]);
  const staff = new Set<string>();
  if (!thirdParty) {
    for (const c of facts.consents) {
      if (c.category !== category || (c.subjectPersonId !== null && !entry.aboutPersonIds.includes(c.subjectPersonId))) continue;
      if (c.recipientOrganisationId) organisations.add(c.recipientOrganisationId);
      if (c.recipientStaffId) staff.add(c.recipientStaffId);
    }
  }
  for (const o of facts.overrides) if (o.categories.includes(category)) organisations.add(o.recipientOrganisationId);
  return {
    everyone: false,
    kinds: new Set(ORGANISATION_KIND_KEYS.filter((k) => HOME_CATEGORIES[k].includes(category))),
    organisations,
    staff,
    emergency: !thirdParty,
  };
}

const within = <T>(some: Set<T>, all: Set<T>) => [...some].every((x) => all.has(x));

/**
 * Whether moving an entry from one category to another lets anyone read it who could not before. Allowed (false)
 * only when every reader under the new category already read it under the old one: any change out of general,
 * and a change to third party (unless an override names third party for an agency that could not read it).
 * Anything else needs the family's consent or a safeguarding override, as a new share would. An agency counts by
 * itself, never by its kind, so this errs towards asking.
 */
export function categoryChangeWidens(
  from: string,
  to: string,
  entry: { authorOrganisationId: string; aboutPersonIds: readonly string[] },
  facts: SharingFacts,
): boolean {
  if (from === to) return false;
  const before = readersOf(from, entry, facts);
  const after = readersOf(to, entry, facts);
  if (before.everyone) return false;
  if (after.everyone) return true;
  return !(
    within(after.kinds, before.kinds) &&
    within(after.organisations, before.organisations) &&
    within(after.staff, before.staff) &&
    (!after.emergency || before.emergency)
  );
}

export const WIDENING_MESSAGE =
  'Changing the category this way would let more people read this entry. To share it more widely, ask the family for their consent, or share it without consent if someone is at risk.';
