// Who is making a request: a discriminated union, so a portal handler can never be handed a
// professional's session (or the other way round) by mistake.
import type { FamilyAccountKind } from '../../shared/domain/accounts.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
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

/** `language`: the one they chose (people.preferred_language), else English: what they write is marked with it. */
type FamilyMemberFacts = { accountId: string; personId: string; familyId: string; name: string; language: Locale };

/**
 * Someone in a family. 'parent' is the parent the record is about; 'other_parent' a parent with parental
 * responsibility who is not (issue 13 §6), who carries the children he is a parent of ('parent_of' relationships from
 * his person), read with his session on every request, so a relationship ended ends what it opened on the next one.
 */
export type FamilyMemberActor =
  | (FamilyMemberFacts & { kind: Exclude<FamilyAccountKind, 'other_parent'> })
  | (FamilyMemberFacts & { kind: 'other_parent'; childPersonIds: readonly string[] });

export type OtherParentActor = Extract<FamilyMemberActor, { kind: 'other_parent' }>;

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
    case 'other_parent':
      return { accountId: actor.accountId, staffId: null };
    default:
      return { accountId: null, staffId: null };
  }
}

/**
 * The language someone writes in, stored beside what they write (issue 16 §3: people's words are shown as written and
 * marked with their language). A family member's is their chosen language; the professionals' screens are in English
 * for now, so a professional writes English (the day their screens get languages, this reads their choice too).
 */
export function writerLanguage(actor: Actor): Locale {
  switch (actor.kind) {
    case 'parent':
    case 'young_person':
    case 'network_member':
    case 'other_parent':
      return actor.language;
    default:
      return 'en';
  }
}
