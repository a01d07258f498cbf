// The people part of a family's FHIR export: a Patient for each person of the family the caller reads on the family
// page, a RelatedPerson for each trusted person (network member) and for each relationship between people, and the
// CareTeam with its members, their roles and the paired key workers. It runs first and registers every person in refs.
import type { CareTeam, CareTeamParticipant, CodeableConcept, Coding, Patient, RelatedPerson, Resource } from '@medplum/fhirtypes';
import type { FamilyOverview } from '../../../shared/contracts/families.ts';
import { parentWord, type RelationshipKind } from '../../../shared/domain/people.ts';
import { findFamily } from '../../access/visible-family.ts';
import { appointmentsRepo } from '../appointments/index.ts';
import { loadFamilyParts, toFamilyOverview } from '../families/index.ts';
import type { FhirPart, FhirPartInput } from './fhir-part.ts';
import { type FhirRefs, ukCore, umbrellaCodeSystem, umbrellaExtension } from './fhir-refs.ts';

const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
/** Umbrella's relationship kinds (shared/domain/people.ts), read "from is <kind> to". */
export const RELATIONSHIP_KIND_SYSTEM = umbrellaCodeSystem('relationship-kind');
/** The person kind of a trusted person: someone the family trusts, with no relationship code of their own. */
export const PERSON_KIND_SYSTEM = umbrellaCodeSystem('person-kind');
export const CARE_TEAM_ROLE_SYSTEM = umbrellaCodeSystem('care-team-role');
export const KEY_WORKER_SYSTEM = umbrellaCodeSystem('key-worker');
/**
 * The link from a RelatedPerson back to the person of the family it is: a Reference to their own Patient (or, for a
 * trusted person, their own RelatedPerson). FHIR R4 has no element for it; this extension is Umbrella's.
 */
export const RELATED_PERSON_IS_EXTENSION = umbrellaExtension('related-person-is');

type Person = FamilyOverview['people'][number];
type Relationship = FamilyOverview['relationships'][number];

/** The v3 RoleCode of "from" as related to "to" (MTH, FTH, PRN, …), where one fits the relationship kind. */
function roleCode(kind: RelationshipKind, from: Person): Coding | null {
  const word = parentWord(from.pronouns);
  switch (kind) {
    case 'parent_of':
      return word === 'mum'
        ? { system: ROLE_CODE, code: 'MTH', display: 'mother' }
        : word === 'dad'
          ? { system: ROLE_CODE, code: 'FTH', display: 'father' }
          : { system: ROLE_CODE, code: 'PRN', display: 'parent' };
    case 'grandparent_of':
      return word === 'mum'
        ? { system: ROLE_CODE, code: 'GRMTH', display: 'grandmother' }
        : word === 'dad'
          ? { system: ROLE_CODE, code: 'GRFTH', display: 'grandfather' }
          : { system: ROLE_CODE, code: 'GRPRN', display: 'grandparent' };
    case 'sibling':
      return { system: ROLE_CODE, code: 'SIB', display: 'sibling' };
    case 'partner':
      return { system: ROLE_CODE, code: 'SIGOTHR', display: 'significant other' };
    case 'friend':
      return { system: ROLE_CODE, code: 'FRND', display: 'unrelated friend' };
    case 'neighbour':
      return { system: ROLE_CODE, code: 'NBOR', display: 'neighbor' };
    case 'relative':
      return { system: ROLE_CODE, code: 'FAMMEMB', display: 'family member' };
    default:
      // carer_of, former_partner, other: no v3 role says it; Umbrella's own code does.
      return null;
  }
}

const KIND_WORDS: Record<RelationshipKind, string> = {
  parent_of: 'Parent',
  carer_of: 'Carer',
  partner: 'Partner',
  former_partner: 'Former partner',
  sibling: 'Brother or sister',
  grandparent_of: 'Grandparent',
  friend: 'Friend',
  relative: 'Relative',
  neighbour: 'Neighbour',
  other: 'Someone they know',
};

function relationshipConcept(r: Relationship, from: Person): CodeableConcept {
  const kind = r.kind as RelationshipKind;
  const v3 = roleCode(kind, from);
  return {
    coding: [...(v3 ? [v3] : []), { system: RELATIONSHIP_KIND_SYSTEM, code: kind, display: KIND_WORDS[kind] ?? kind }],
    text: r.summary,
  };
}

/** A person's names: the full name as official, the name they go by as usual (no name is split into parts). */
function namesOf(p: Person) {
  return [
    { use: 'official' as const, text: p.fullName },
    ...(p.preferredName && p.preferredName !== p.fullName
      ? [{ use: 'usual' as const, text: p.preferredName, given: [p.preferredName] }]
      : []),
  ];
}

const displayOf = (p: Person) => p.preferredName ?? p.fullName;

function patientOf(p: Person): Patient {
  // No gender: the record holds pronouns, not gender. No identifiers: Umbrella holds none but its own ids.
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { profile: [ukCore('Patient')] },
    name: namesOf(p),
    ...(p.dateOfBirth ? { birthDate: p.dateOfBirth } : {}),
  };
}

/** Registers the people (Patients first, then trusted people), then makes their resources. */
function peopleResources(overview: FamilyOverview, refs: FhirRefs, parentId: string | null): Resource[] {
  const patients = overview.people.filter((p) => p.kind !== 'network_member');
  for (const p of patients) refs.addPerson(p.id, 'Patient', displayOf(p));
  // A trusted person is a RelatedPerson of the parent the record is about (else of the first person who is a Patient).
  const trustedOf = parentId && patients.some((p) => p.id === parentId) ? parentId : (patients[0]?.id ?? null);
  const trusted = trustedOf ? overview.people.filter((p) => p.kind === 'network_member') : [];
  for (const p of trusted) refs.addPerson(p.id, 'RelatedPerson', displayOf(p));
  const out: Resource[] = patients.map(patientOf);
  for (const p of trusted) {
    const related: RelatedPerson = {
      resourceType: 'RelatedPerson',
      id: p.id,
      meta: { profile: [ukCore('RelatedPerson')] },
      active: true,
      patient: refs.patient(trustedOf as string),
      relationship: [{ coding: [{ system: PERSON_KIND_SYSTEM, code: 'network_member', display: 'Someone the family trusts' }] }],
      name: namesOf(p),
      ...(p.dateOfBirth ? { birthDate: p.dateOfBirth } : {}),
    };
    out.push(related);
  }
  // Each relationship "from is <kind> to" as "from" in the role of a RelatedPerson of "to", linked to from's own resource.
  const byId = new Map(overview.people.map((p) => [p.id, p]));
  for (const r of overview.relationships) {
    const from = byId.get(r.fromPersonId);
    const to = byId.get(r.toPersonId);
    if (!from || !to || !refs.hasPerson(from.id) || !refs.hasPerson(to.id)) continue;
    // RelatedPerson.patient must be a Patient: a relationship towards a trusted person is told from the other side.
    const [subject, other] = refs.isPatient(to.id) ? [to, from] : [from, to];
    if (!refs.isPatient(subject.id)) continue;
    const related: RelatedPerson = {
      resourceType: 'RelatedPerson',
      id: r.id,
      meta: { profile: [ukCore('RelatedPerson')] },
      extension: [{ url: RELATED_PERSON_IS_EXTENSION, valueReference: refs.person(other.id) }],
      active: true,
      patient: refs.patient(subject.id),
      // The role is the one recorded; told from the other side (towards a trusted person) it is the same kind of tie.
      relationship: [relationshipConcept(r, from)],
      name: namesOf(other),
      ...(other.dateOfBirth ? { birthDate: other.dateOfBirth } : {}),
    };
    out.push(related);
  }
  return out;
}

function careTeamOf(
  familyId: string,
  overview: FamilyOverview,
  refs: FhirRefs,
  parentId: string | null,
  organisationOf: Map<string, { id: string; name: string }>,
): CareTeam {
  const participant: CareTeamParticipant[] = overview.careTeam.map((m) => {
    const organisation = organisationOf.get(m.staffId);
    const role: CodeableConcept[] = [
      { coding: [{ system: CARE_TEAM_ROLE_SYSTEM, code: m.teamRole, display: m.teamRoleLabel }], text: m.teamRoleLabel },
    ];
    if (m.keyWorker && m.keyWorkerLabel)
      role.push({ coding: [{ system: KEY_WORKER_SYSTEM, code: m.keyWorker, display: m.keyWorkerLabel }], text: m.keyWorkerLabel });
    return {
      role,
      member: refs.staff({ id: m.staffId, name: m.name, organisationId: organisation?.id, organisationName: organisation?.name }),
      ...(organisation ? { onBehalfOf: refs.organisation(organisation) } : {}),
      period: { start: m.since },
    };
  });
  // The organisations of the paired key workers manage the work with the family.
  const managing = [
    ...new Map(
      overview.careTeam.flatMap((m) => {
        const o = m.keyWorker ? organisationOf.get(m.staffId) : undefined;
        return o ? [[o.id, o] as const] : [];
      }),
    ).values(),
  ];
  return {
    resourceType: 'CareTeam',
    id: familyId,
    status: 'active',
    name: `Care team for ${overview.displayName}`,
    ...(parentId && refs.isPatient(parentId) ? { subject: refs.patient(parentId) } : {}),
    participant,
    ...(managing.length ? { managingOrganization: managing.map((o) => refs.organisation(o)) } : {}),
  };
}

/** The family page as the caller reads it and the parent the record is about: given by the service, or read here. */
export async function familyView(input: FhirPartInput): Promise<{ overview: FamilyOverview; parentId: string | null }> {
  const { tx, scope, family } = input;
  let overview = input.overview;
  if (!overview) {
    const row = await findFamily(tx, scope, family.id);
    if (!row) throw new Error('FHIR export: the family is out of the scope it was found with');
    overview = toFamilyOverview(row, await loadFamilyParts(tx, scope, family), scope.actor);
  }
  const parentId =
    input.parentId !== undefined ? input.parentId : (appointmentsRepo.theParent(await appointmentsRepo.people(tx, family))?.id ?? null);
  return { overview, parentId };
}

export const peoplePart: FhirPart = async (input) => {
  const { tx, family, refs } = input;
  const { overview, parentId } = await familyView(input);
  const people = peopleResources(overview, refs, parentId);
  // The organisation of each member (the family page names it; its id comes from the same care-team rows, scoped).
  const team = await appointmentsRepo.careTeam(tx, family);
  const organisationOf = new Map(team.map((m) => [m.staff_id, { id: m.organisation_id, name: m.organisation_name }]));
  const careTeam = careTeamOf(family.id, overview, refs, parentId, organisationOf);
  return [...people, careTeam];
};
