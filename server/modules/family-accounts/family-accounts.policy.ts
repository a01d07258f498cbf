// Who invites whom into Umbrella: pure rules for the service, the screens and the policy table test.
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
