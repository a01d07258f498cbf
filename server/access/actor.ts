// Who is making a request: a discriminated union, so a portal handler can never be handed a
// professional's session (or the other way round) by mistake.
import type { OrganisationKind, StaffRole } from '../db/schema.ts';

export type ProfessionalActor = {
  kind: 'professional';
  accountId: string;
  staffId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: StaffRole;
  name: string;
};

export type FamilyMemberActor = {
  kind: 'parent' | 'young_person' | 'network_member';
  accountId: string;
  personId: string;
  familyId: string;
  name: string;
};

export type AnonymousActor = { kind: 'anonymous' };

/** Background work and operational scripts; created only through systemScope(). */
export type SystemActor = { kind: 'system'; reason: string };

export type Actor = ProfessionalActor | FamilyMemberActor | AnonymousActor | SystemActor;

export function actorIds(actor: Actor): { accountId: string | null; staffId: string | null } {
  switch (actor.kind) {
    case 'professional':
      return { accountId: actor.accountId, staffId: actor.staffId };
    case 'parent':
    case 'young_person':
    case 'network_member':
      return { accountId: actor.accountId, staffId: null };
    default:
      return { accountId: null, staffId: null };
  }
}
