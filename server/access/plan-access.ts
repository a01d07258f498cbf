// Who may see and change which parts of a family's plans: the one place these rules live. Family
// visibility is decided first by familyVisible(); these functions decide within a family the caller can see.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { PlanDocumentKind, RecoveryPlanItemKind } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import type { AccessScope } from './scope.ts';

export type RecoveryPartKey = 'goals' | 'strengths' | 'worries' | 'actions';
const ALL_PARTS: readonly RecoveryPartKey[] = ['goals', 'strengths', 'worries', 'actions'];

/** An active share, as the repository reads it from plan_shares. */
export type ActiveShare = {
  document_kind: 'recovery' | 'wellness' | 'contingency';
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
};

const sharedWithActor = (actor: Actor, share: ActiveShare) =>
  actor.kind === 'professional'
    ? share.recipient_staff_id === actor.staffId
    : actor.kind === 'parent' || actor.kind === 'young_person' || actor.kind === 'network_member'
      ? share.recipient_person_id === actor.personId
      : false;

/**
 * The recovery plan's parts a caller may read. The care team and the parents read all of it; a young person
 * or a network member reads only the parts the parent chose to share with them.
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
 * - a wellness and crisis plan belongs to its parent: others see only the sections shared with them;
 * - a contingency plan is read by the parents, by the children's and adults' key workers who write it with
 *   them, by the person asked to care for the child (they must read what they agree to), and by whoever the
 *   parent shares it with;
 * - an explanation is read by the parents and the care team, and by the child once a parent has agreed it.
 */
export function visibleSectionKeys(
  actor: Actor,
  doc: DocumentFacts,
  allKeys: readonly string[],
  shares: readonly ActiveShare[],
  isKeyWorker: boolean,
): string[] {
  if (actor.kind === 'system') return [...allKeys];
  if (actor.kind === 'anonymous') return [];
  const mine = shares.filter((s) => s.document_id === doc.id && sharedWithActor(actor, s));
  const shared = mine.some((s) => s.section_key === null) ? [...allKeys] : allKeys.filter((k) => mine.some((s) => s.section_key === k));
  const all = () => [...allKeys];
  switch (doc.kind) {
    case 'wellness':
      return actor.kind !== 'professional' && actor.personId === doc.person_id ? all() : shared;
    case 'contingency':
      if (actor.kind === 'parent' || (actor.kind === 'professional' && isKeyWorker)) return all();
      if (actor.kind !== 'professional' && actor.personId === doc.carer_person_id) return all();
      return shared;
    case 'explanation':
      if (actor.kind === 'parent' || actor.kind === 'professional') return all();
      if (actor.kind === 'young_person' && actor.personId === doc.person_id && doc.parent_agreed_at) return all();
      return [];
  }
}

/** Which recovery plan items a caller may add and change (professionals on the team: every kind). */
export function recoveryItemKindsFor(actor: Actor): RecoveryPlanItemKind[] {
  if (actor.kind === 'professional') return ['worry', 'family_view', 'strength', 'parent_goal', 'action'];
  if (actor.kind === 'parent') return ['parent_goal', 'family_view', 'strength'];
  return [];
}

/**
 * Ratings and agreement: the team, the parent, and a young person or invited network member who can read
 * the worries or the goals (they rate what they can see).
 */
export function mayRateAndAgree(actor: Actor, parts: readonly RecoveryPartKey[], inviteePersonIds: readonly string[]): boolean {
  if (actor.kind === 'professional' || actor.kind === 'parent') return true;
  if (!parts.includes('worries') && !parts.includes('goals')) return false;
  if (actor.kind === 'young_person') return true;
  if (actor.kind === 'network_member') return inviteePersonIds.includes(actor.personId);
  return false;
}

/** Writing a document's sections. Only the parent writes their own wellness plan (professionals suggest). */
export function mayWriteDocument(actor: Actor, doc: DocumentFacts, visibleKeys: readonly string[]): boolean {
  switch (doc.kind) {
    case 'wellness':
      return actor.kind === 'parent' && actor.personId === doc.person_id;
    case 'contingency':
      return actor.kind === 'parent' || (actor.kind === 'professional' && visibleKeys.length > 0);
    case 'explanation':
      return actor.kind === 'parent' || actor.kind === 'professional';
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
 * agreed to share them with; without consent nobody else receives them in any response.
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
      return sql<SqlBool>`(${c('author_account_id')} = ${actor.accountId} OR 'care_team' = ANY(${c('share_with')}))`;
    case 'parent':
    case 'young_person':
    case 'network_member': {
      const audience = actor.kind === 'parent' ? 'parents' : actor.kind === 'network_member' ? 'network' : null;
      return sql<SqlBool>`(${c('author_account_id')} = ${actor.accountId} OR ${c('child_person_id')} = ${actor.personId}
        ${audience ? sql`OR ${audience} = ANY(${c('share_with')})` : sql``})`;
    }
  }
}
