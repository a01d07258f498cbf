// Who invites whom into Umbrella: pure rules for the service, the screens and the policy table test.
import type { AccountKind, InvitedAccountKind } from '../../../shared/domain/accounts.ts';
import { UNDER_12 } from '../../../shared/domain/family-words.ts';
import type { Actor } from '../../access/actor.ts';

/** The age from which a young person may have their own sign-in (issue 13 §5). */
export const YOUNG_PERSON_MIN_AGE = 12;

export function ageOn(dateOfBirth: string | null, today = new Date()): number | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  if (!y || !m || !d) return null;
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

type Member = { staff_id: string; key_worker: string | null };

/** The family's key workers and the team managers on its care team invite the family, as they change the team. */
export function teamMayInvite(actor: Actor, team: readonly Member[]): boolean {
  if (actor.kind !== 'professional') return false;
  const me = team.find((m) => m.staff_id === actor.staffId);
  return me !== undefined && (me.key_worker !== null || actor.role === 'team_manager');
}

type Person = { person_kind: string; date_of_birth: string | null; preferred_name: string | null; full_name: string };

export type Invitable = { ok: true; accountKind: 'parent' | 'young_person' } | { ok: false; message: string };

/**
 * Parents, and children aged 12 or over as young people, are invited by the team. Anyone else in the family (a
 * friend, a grandmother) is the parent's to invite, from her own pages: the people she trusts are her choice.
 */
export function invitableByTeam(person: Person, today = new Date()): Invitable {
  const name = person.preferred_name ?? person.full_name;
  if (person.person_kind === 'parent') return { ok: true, accountKind: 'parent' };
  if (person.person_kind !== 'child') {
    return { ok: false, message: `The parent invites the people she trusts, such as ${name}, from her own pages in Umbrella.` };
  }
  const age = ageOn(person.date_of_birth, today);
  if (age === null) return { ok: false, message: `Add ${name}’s date of birth first: young people aged 12 or over can be invited.` };
  if (age < YOUNG_PERSON_MIN_AGE) return { ok: false, message: UNDER_12(name) };
  return { ok: true, accountKind: 'young_person' };
}

/** What the team invites someone in the family as; the people a parent trusts are hers to invite. */
export type TeamInvitedKind = Exclude<InvitedAccountKind, 'network_member'>;

/** A parent who lives elsewhere is invited as an adult (issue 13 §6). */
export const OTHER_PARENT_MIN_AGE = 18;

const AS_WORDS: Record<AccountKind, string> = {
  professional: 'a member of staff',
  parent: 'a parent this record is about',
  young_person: 'a young person',
  other_parent: 'a parent who lives elsewhere',
  network_member: 'someone the parent trusts',
};

/** What the family holds that decides whether someone may be invited as the children's other parent. */
export type OtherParentFacts = {
  /** The children in the family this person is recorded as a parent of ('parent_of' relationships from them). */
  childNames: readonly string[];
  /** Whether someone else in the family has a parent's sign-in: the parent the record is about, who is told. */
  recordHasParent: boolean;
};

type Candidate = Person & { account_kind: AccountKind | null };

export type TeamInvitation =
  | { ok: true; accountKind: TeamInvitedKind }
  | { ok: false; message: string; conflict?: true; field?: 'accountKind' };

/**
 * A parent who lives elsewhere (Clive) is invited as the children's other parent: an adult in the family recorded as
 * a parent of at least one child in it, who is not the parent the record is about, once that parent has a sign-in of
 * her own (she is told of the invitation, and can only be told on a sign-in). A sign-in someone already has keeps its kind:
 * turning a trusted person's sign-in into a parent's would widen what they read past what the parent shared.
 */
export function invitableAsOtherParent(person: Candidate, facts: OtherParentFacts, today = new Date()): TeamInvitation {
  const name = person.preferred_name ?? person.full_name;
  if (person.person_kind === 'child') return { ok: false, message: `${name} is a child in this family, so cannot be invited as a parent.` };
  const age = ageOn(person.date_of_birth, today);
  if (age !== null && age < OTHER_PARENT_MIN_AGE) {
    return { ok: false, message: `${name} is under 18. A parent who lives elsewhere can be invited from the age of 18.` };
  }
  if (person.account_kind === 'parent') {
    return {
      ok: false,
      message: `${name} is the parent this record is about, so is invited as a parent, not as a parent who lives elsewhere.`,
    };
  }
  if (facts.childNames.length === 0) {
    return {
      ok: false,
      message: `${name} is not recorded as a parent of any child in this family. Add that on the family’s page first.`,
    };
  }
  if (person.account_kind !== null && person.account_kind !== 'other_parent') {
    return {
      ok: false,
      conflict: true,
      message: `${name} already has a sign-in as ${AS_WORDS[person.account_kind]}. Umbrella cannot change it into a parent’s sign-in, which would let ${name} see more than the parent chose to share.`,
    };
  }
  if (!facts.recordHasParent) {
    return {
      ok: false,
      message: 'Invite the parent this record is about first, so that they are told when the children’s other parent is invited.',
    };
  }
  return { ok: true, accountKind: 'other_parent' };
}

/**
 * What the team invites this person as: the kind the worker chose, or else the kind of the sign-in they already have,
 * or else what they are (a parent, or a young person of 12 or over). A sign-in never changes kind by a new invitation.
 * A parent who may be invited either way is never invited as the parent the record is about by default: that reads
 * all of her record, so the worker says which.
 */
export function teamInvitesAs(
  person: Candidate,
  asked: TeamInvitedKind | undefined,
  facts: OtherParentFacts,
  today = new Date(),
): TeamInvitation {
  const name = person.preferred_name ?? person.full_name;
  const kind = asked ?? (person.account_kind === 'other_parent' ? 'other_parent' : undefined);
  if (kind === 'other_parent') return invitableAsOtherParent(person, facts, today);
  const usual = invitableByTeam(person, today);
  if (!usual.ok) return usual;
  if (
    kind === undefined &&
    person.account_kind === null &&
    usual.accountKind === 'parent' &&
    invitableAsOtherParent(person, facts, today).ok
  ) {
    return {
      ok: false,
      field: 'accountKind',
      message: `Choose whether ${name} is invited as a parent this record is about or as a parent who lives elsewhere.`,
    };
  }
  if (kind !== undefined && kind !== usual.accountKind) {
    return { ok: false, message: `${name} can be invited as ${AS_WORDS[usual.accountKind]}, not as ${AS_WORDS[kind]}.` };
  }
  if (person.account_kind !== null && person.account_kind !== usual.accountKind) {
    return {
      ok: false,
      conflict: true,
      message: `${name} already signs in as ${AS_WORDS[person.account_kind]}. A new invitation or letter keeps that sign-in as it is, so choose that instead.`,
    };
  }
  return usual;
}

/** Every kind the team may invite this person as, for the invite page's choices. */
export function teamInvitableKinds(person: Candidate, facts: OtherParentFacts, today = new Date()): TeamInvitedKind[] {
  const kinds: TeamInvitedKind[] = ['parent', 'young_person', 'other_parent'];
  return kinds.filter((kind) => teamInvitesAs(person, kind, facts, today).ok);
}
