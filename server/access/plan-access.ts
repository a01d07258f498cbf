// Who may see and change which parts of a family's plans: the one place these rules live. Family
// visibility is decided first by familyVisible(); these functions decide within a family the caller can see.
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { CHILD_CRISIS_SECTION_KEYS } from '../../shared/domain/crisis.ts';
import { RECOVERY_PART_KEYS, type RecoveryPart, type ShareableDocumentKind } from '../../shared/domain/plans.ts';
import { INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../shared/domain/records.ts';
import type { PlanDocumentKind, RecoveryPlanItemKind } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { type AccessScope, professionalSeesEntry } from './scope.ts';

export type RecoveryPartKey = RecoveryPart;
const ALL_PARTS = RECOVERY_PART_KEYS;

/** An active share, as the repository reads it from plan_shares. */
export type ActiveShare = {
  document_kind: ShareableDocumentKind;
  document_id: string;
  section_key: string | null;
  recipient_person_id: string | null;
  recipient_staff_id: string | null;
};
export type DocumentFacts = {
  id: string;
  kind: PlanDocumentKind;
  person_id: string;
  carer_person_id: string | null;
  parent_agreed_at: Date | null;
  /** A wellness plan's sections the parent marked for crisis services (read under emergency access). */
  crisis_service_keys: readonly string[];
};

/**
 * What the database says about the caller and this family, besides shares and categories; computed once per read
 * where the family's plans are loaded (modules/plans/documents/plan-documents.view.ts#loadContext):
 * - `isKeyWorker`: a professional who is one of the family's key workers now;
 * - `underEmergencyAccess`: a professional not on the care team, reading under an active emergency access ("break the
 *   glass": 4 hours at most, read-only, audited, the parent told). Crisis services reach the family this way;
 * - `crisisActive`: a parent's crisis plan is in use in this family now (issue 14 §3).
 */
export type PlanFacts = { isKeyWorker: boolean; underEmergencyAccess: boolean; crisisActive: boolean };
export const NO_PLAN_FACTS: PlanFacts = { isKeyWorker: false, underEmergencyAccess: false, crisisActive: false };

// ---- Information categories (PRODUCT.md §7) ---------------------------------------------------------------
// Plan items and the sections of a child's explanation carry a category and the agency that wrote them, as record
// entries do, and the same rule decides which professionals read them: access/scope.ts#professionalSeesEntry (own
// agency's writing, general and home categories, consent, safeguarding override, emergency access). The family's
// own access to plans is by the parent's sharing choices instead, so for them (and the system) every category is
// readable here.

/** What the category rule needs to know about one plan item or explanation section. */
export type CategorisedPart = { category: InformationCategory; authorOrganisationId: string | null };

/** Which categorised parts a caller may read: a pure predicate made from what the database decided. */
export type CategoryLens = { readonly sees: (part: CategorisedPart) => boolean };

export const SEES_EVERY_CATEGORY: CategoryLens = { sees: () => true };

const pairKey = (category: string, organisationId: string | null) => `${category}|${organisationId ?? ''}`;

/** A lens from the (category, writing agency) pairs the caller may read; any other pair is hidden. */
export function lensOf(readable: readonly { category: string; author_organisation_id: string | null }[]): CategoryLens {
  const keys = new Set(readable.map((r) => pairKey(r.category, r.author_organisation_id)));
  return { sees: (part) => keys.has(pairKey(part.category, part.authorOrganisationId)) };
}

/**
 * The statement that decides a professional's lens for one family: every category, written by each of the given
 * agencies (null: written by the family), kept where professionalSeesEntry() — the very condition record entries
 * use — lets this professional read it. Null for anyone else: family members and the system read every category.
 */
export function readableCategoryPairs(
  scope: AccessScope,
  familyId: string,
  authorOrganisationIds: readonly (string | null)[],
): RawBuilder<{ category: string; author_organisation_id: string | null }> | null {
  const actor = scope.actor;
  if (actor.kind !== 'professional') return null;
  const organisations = [...new Set([null, ...authorOrganisationIds])];
  // A plan part is about the family as a whole: no about_person_ids, so a young person's consent about
  // themselves never widens who reads it.
  return sql<{ category: string; author_organisation_id: string | null }>`
    SELECT e.category, e.author_organisation_id FROM (
      SELECT ${familyId}::uuid AS family_id, c.category, o.author_organisation_id, '{}'::uuid[] AS about_person_ids
      FROM unnest(${[...INFORMATION_CATEGORY_KEYS]}::text[]) AS c(category)
      CROSS JOIN unnest(${organisations}::uuid[]) AS o(author_organisation_id)
    ) e
    WHERE ${professionalSeesEntry(actor, 'e')}`;
}

/**
 * Changing the category of an item or section: only the agency that wrote it (the parent, for what the family
 * wrote), and a worker only to narrow who reads it (from general to one field, or to third party). Widening needs
 * the family's consent or an override, not the writer's say-so.
 */
export function categoryChange(actor: Actor, part: CategorisedPart, to: InformationCategory): 'allowed' | 'not_writing_agency' | 'widens' {
  if (to === part.category || actor.kind === 'system') return 'allowed';
  if (actor.kind === 'parent') return part.authorOrganisationId === null ? 'allowed' : 'not_writing_agency';
  if (actor.kind !== 'professional' || actor.organisationId !== part.authorOrganisationId) return 'not_writing_agency';
  return to === 'third_party' || part.category === 'general' ? 'allowed' : 'widens';
}

const sharedWithActor = (actor: Actor, share: ActiveShare) =>
  actor.kind === 'professional'
    ? share.recipient_staff_id === actor.staffId
    : actor.kind === 'parent' || actor.kind === 'young_person' || actor.kind === 'network_member' || actor.kind === 'other_parent'
      ? share.recipient_person_id === actor.personId
      : false;

/** Whether the caller is a parent of this child: the parent, or an other parent with a 'parent_of' relationship to them. */
export const isParentOf = (actor: Actor, childPersonId: string) =>
  actor.kind === 'parent' || (actor.kind === 'other_parent' && actor.childPersonIds.includes(childPersonId));

/**
 * The recovery plan's parts a caller may read. The care team and the parent read all of it; a young person, an
 * other parent or a network member reads only the parts the parent chose to share with them (the plan is mostly
 * about her: her worries, her goals).
 */
export function visibleRecoveryParts(actor: Actor, shares: readonly ActiveShare[]): RecoveryPartKey[] {
  if (actor.kind === 'system' || actor.kind === 'professional' || actor.kind === 'parent') return [...ALL_PARTS];
  if (actor.kind === 'anonymous') return [];
  const shared = shares.filter((s) => s.document_kind === 'recovery' && sharedWithActor(actor, s));
  if (shared.some((s) => s.section_key === null)) return [...ALL_PARTS];
  return ALL_PARTS.filter((p) => shared.some((s) => s.section_key === p));
}

/**
 * The sections of a wellness plan, contingency plan or explanation a caller may read:
 * - a wellness and crisis plan belongs to its parent: others see only the sections shared with them, and crisis
 *   services under emergency access also the sections she marked for them (nothing else of it);
 * - a contingency plan is read by the child's parents (an other parent: of his own children), by the key workers who write it with
 *   them, by the person asked to care for the child (they must read what they agree to), by crisis services under
 *   emergency access, and by whoever the parent shares it with; the child himself reads who will look after him and
 *   what he will be told, and only while his parent's crisis plan is in use;
 * - an explanation is read by the parents and the care team, and by the child once a parent has agreed it;
 *   a professional reads only the sections whose category they may read (`sectionPart`, `lens`).
 */
export function visibleSectionKeys(
  actor: Actor,
  doc: DocumentFacts,
  allKeys: readonly string[],
  shares: readonly ActiveShare[],
  facts: PlanFacts,
  sectionPart: (key: string) => CategorisedPart = () => UNWRITTEN_SECTION,
  lens: CategoryLens = SEES_EVERY_CATEGORY,
): string[] {
  if (actor.kind === 'system') return [...allKeys];
  if (actor.kind === 'anonymous') return [];
  const mine = shares.filter((s) => s.document_id === doc.id && sharedWithActor(actor, s));
  const shared = mine.some((s) => s.section_key === null) ? [...allKeys] : allKeys.filter((k) => mine.some((s) => s.section_key === k));
  const all = () => [...allKeys];
  const sharedOr = (also: readonly string[]) => allKeys.filter((k) => shared.includes(k) || also.includes(k));
  const emergency = actor.kind === 'professional' && facts.underEmergencyAccess;
  switch (doc.kind) {
    case 'wellness':
      if (actor.kind !== 'professional' && actor.personId === doc.person_id) return all();
      return emergency ? sharedOr(doc.crisis_service_keys) : shared;
    case 'contingency':
      if (isParentOf(actor, doc.person_id) || (actor.kind === 'professional' && facts.isKeyWorker) || emergency) return all();
      if (actor.kind !== 'professional' && actor.personId === doc.carer_person_id) return all();
      if (actor.kind === 'young_person' && actor.personId === doc.person_id && facts.crisisActive)
        return sharedOr(CHILD_CRISIS_SECTION_KEYS);
      return shared;
    case 'explanation':
      if (isParentOf(actor, doc.person_id)) return all();
      if (actor.kind === 'professional') return allKeys.filter((k) => lens.sees(sectionPart(k)));
      if (actor.kind === 'young_person' && actor.personId === doc.person_id && doc.parent_agreed_at) return all();
      return [];
  }
}

/** A section nobody has written yet: general, so whoever may read the document may read and write it. */
export const UNWRITTEN_SECTION: CategorisedPart = { category: 'general', authorOrganisationId: null };

/** A recovery plan item is read when its part is readable (the parent's sharing) and its category is (the lens). */
export function mayReadItem(parts: readonly RecoveryPartKey[], lens: CategoryLens, item: CategorisedPart & { part: RecoveryPartKey }) {
  return parts.includes(item.part) && lens.sees(item);
}

/** Which recovery plan items a caller may add and change (professionals on the team: every kind). */
export function recoveryItemKindsFor(actor: Actor): RecoveryPlanItemKind[] {
  if (actor.kind === 'professional') return ['worry', 'family_view', 'strength', 'parent_goal', 'action'];
  if (actor.kind === 'parent') return ['parent_goal', 'family_view', 'strength'];
  return [];
}

/**
 * Ratings and agreement: the team, the parent, and a young person, an other parent (as a parent, without being
 * invited) or an invited network member who can read the worries or the goals (they rate what they can see).
 */
export function mayRateAndAgree(actor: Actor, parts: readonly RecoveryPartKey[], inviteePersonIds: readonly string[]): boolean {
  if (actor.kind === 'professional' || actor.kind === 'parent') return true;
  if (!parts.includes('worries') && !parts.includes('goals')) return false;
  if (actor.kind === 'young_person' || actor.kind === 'other_parent') return true;
  if (actor.kind === 'network_member') return inviteePersonIds.includes(actor.personId);
  return false;
}

/**
 * Starting a plan document: the parent starts their own wellness plan; a child's contingency plan is started by the
 * child's parents and the family's key workers, who write it together (another worker reads it only if the parent
 * shares it, so starting one would make a plan they cannot open); a child's explanation by the child's parents or the
 * care team. An other parent does so only for his own children.
 */
export function mayStartDocument(actor: Actor, kind: PlanDocumentKind, personId: string, isKeyWorker: boolean): boolean {
  switch (kind) {
    case 'wellness':
      return actor.kind === 'parent' && actor.personId === personId;
    case 'contingency':
      return isParentOf(actor, personId) || (actor.kind === 'professional' && isKeyWorker);
    case 'explanation':
      return isParentOf(actor, personId) || actor.kind === 'professional';
  }
}

/**
 * Writing a document's sections (of those the caller can read). Only the parent writes their own wellness plan
 * (professionals suggest); a contingency plan is written by the parents and the key workers, as it is started.
 */
export function mayWriteDocument(actor: Actor, doc: DocumentFacts, visibleKeys: readonly string[], isKeyWorker: boolean): boolean {
  if (visibleKeys.length === 0) return false;
  switch (doc.kind) {
    case 'wellness':
      return actor.kind === 'parent' && actor.personId === doc.person_id;
    case 'contingency':
      return mayStartDocument(actor, doc.kind, doc.person_id, isKeyWorker);
    case 'explanation':
      return isParentOf(actor, doc.person_id) || actor.kind === 'professional';
  }
}

/** Sharing choices belong to the parents: their own wellness plan, the children's plans, the recovery plan. */
export function mayShare(actor: Actor, doc: { kind: 'recovery' | PlanDocumentKind; person_id?: string }): boolean {
  if (actor.kind !== 'parent') return false;
  if (doc.kind === 'wellness') return doc.person_id === actor.personId;
  return doc.kind === 'recovery' || doc.kind === 'contingency';
}

/**
 * A child's own words are visible to the child, to whoever wrote them down, and to the audiences the child
 * agreed to share them with; without consent nobody else receives them in any response. 'care_team' means the
 * professionals on the family's care team now: emergency access reaches no child's words (no child chose it).
 */
export function childWordsVisible(scope: AccessScope, alias: string): Expression<SqlBool> {
  const c = (col: string) => sql.ref(`${alias}.${col}`);
  const actor = scope.actor;
  switch (actor.kind) {
    case 'system':
      return sql<SqlBool>`true`;
    case 'anonymous':
      return sql<SqlBool>`false`;
    case 'professional':
      return sql<SqlBool>`(${c('author_account_id')} = ${actor.accountId} OR ('care_team' = ANY(${c('share_with')}) AND EXISTS (
        SELECT 1 FROM care_team_members ctm WHERE ctm.family_id = ${c('family_id')} AND ctm.staff_id = ${actor.staffId}
          AND ctm.ended_at IS NULL AND ctm.started_at <= now())))`;
    case 'parent':
    case 'young_person':
    case 'network_member': {
      const audience = actor.kind === 'parent' ? 'parents' : actor.kind === 'network_member' ? 'network' : null;
      return sql<SqlBool>`(${c('author_account_id')} = ${actor.accountId} OR ${c('child_person_id')} = ${actor.personId}
        ${audience ? sql`OR ${audience} = ANY(${c('share_with')})` : sql``})`;
    }
    case 'other_parent':
      // A child who shares with "parents" shares with each of their parents, and only their own.
      return sql<SqlBool>`(${c('author_account_id')} = ${actor.accountId} OR ('parents' = ANY(${c('share_with')})
        AND ${c('child_person_id')} = ANY(${[...actor.childPersonIds]}::uuid[])))`;
  }
}

// ---- The crisis plan in action (issue 14 §3) ----------------------------------------------------------------------

/** Who is on the crisis plan's current use (told, or asked to care), as the repository reads it. */
export type CrisisUseFacts = { inUse: boolean; personIds: readonly string[]; staffIds: readonly string[] };

/**
 * What a caller reads of a parent's crisis plan in action:
 * - `owner`: the parent whose plan it is: all of it (her messages, her marks, who was told, the review);
 * - `keyWorker`: the family's key workers: whether it is in use, who was told and who answered, never what she asked
 *   to be told to others; her reflection afterwards only if she shares it;
 * - `told`: each person on the current use (told, or asked to care): their own message, and nothing more;
 * - `child`: a young person, while it is in use: a kind opening and his own contingency plan's two sections.
 * Crisis services under emergency access read none of this: they read the sections she marked (visibleSectionKeys).
 */
export function crisisAccess(actor: Actor, doc: DocumentFacts, facts: PlanFacts, use: CrisisUseFacts) {
  const owner = actor.kind === 'parent' && actor.personId === doc.person_id;
  const keyWorker = actor.kind === 'professional' && facts.isKeyWorker;
  const told =
    use.inUse &&
    (actor.kind === 'professional'
      ? use.staffIds.includes(actor.staffId)
      : actor.kind !== 'system' && actor.kind !== 'anonymous' && use.personIds.includes(actor.personId));
  const child = actor.kind === 'young_person' && use.inUse && facts.crisisActive;
  return { owner, keyWorker, told, child, any: owner || keyWorker || told || child };
}

/** Starting and ending it: the parent whose plan it is, or a key worker of the family (who says why when starting). */
export const mayStartOrEndCrisis = (actor: Actor, doc: DocumentFacts, facts: PlanFacts) =>
  doc.kind === 'wellness' &&
  ((actor.kind === 'parent' && actor.personId === doc.person_id) || (actor.kind === 'professional' && facts.isKeyWorker));

/** What to tell whom, the marks for crisis services and the review afterwards: hers alone, as the plan is. */
export const mayWriteCrisisPlan = (actor: Actor, doc: DocumentFacts) =>
  doc.kind === 'wellness' && actor.kind === 'parent' && actor.personId === doc.person_id;
