// References inside one exported Bundle: every person, worker and organisation a resource points at is registered
// here, so the Bundle carries a resource for each and every reference in it resolves (fullUrl = base/Type/id).
import type { BundleEntry, Organization, Patient, Practitioner, Reference, RelatedPerson, Resource } from '@medplum/fhirtypes';

export type PersonResourceType = 'Patient' | 'RelatedPerson';

/**
 * The one base of everything Umbrella defines for FHIR: its extensions are `${UMBRELLA_FHIR_BASE}/StructureDefinition/<name>`
 * and its code systems `${UMBRELLA_FHIR_BASE}/CodeSystem/<name>` (use the two helpers below). Every part uses these.
 */
export const UMBRELLA_FHIR_BASE = 'https://umbrella.example/fhir';
export const umbrellaExtension = (name: string) => `${UMBRELLA_FHIR_BASE}/StructureDefinition/${name}`;
export const umbrellaCodeSystem = (name: string) => `${UMBRELLA_FHIR_BASE}/CodeSystem/${name}`;
/** The information categories of the record (shared/domain/records.ts): an export's disclosure lists those it carries. */
export const INFORMATION_CATEGORY_SYSTEM = umbrellaCodeSystem('information-category');
/** A UK Core profile's address, for meta.profile (only where UK Core has one for the resource). */
export const ukCore = (resource: string) => `https://fhir.hl7.org.uk/StructureDefinition/UKCore-${resource}`;

export class FhirRefs {
  private readonly people = new Map<string, { type: PersonResourceType; display: string }>();
  private readonly staffSeen = new Map<string, { name: string; organisationId: string | null }>();
  private readonly organisations = new Map<string, string>();

  /** `base` is the address the fullUrls start with, such as https://umbrella.example.org/fhir. */
  constructor(readonly base: string) {}

  /** Registers a person of the family (by the people mapper, before any other part runs). */
  addPerson(id: string, type: PersonResourceType, display: string) {
    this.people.set(id, { type, display });
  }

  hasPerson(id: string): boolean {
    return this.people.has(id);
  }

  /** A reference to a person of the family already registered; a person not in the export is a bug (throws). */
  person(id: string): Reference<Patient | RelatedPerson> {
    const p = this.people.get(id);
    if (!p) throw new Error(`FHIR export: person ${id} is referenced but not in the Bundle`);
    return { reference: `${p.type}/${id}`, display: p.display };
  }

  /** Whether the person is in the Bundle as a Patient (a trusted person is a RelatedPerson). */
  isPatient(id: string): boolean {
    return this.people.get(id)?.type === 'Patient';
  }

  /** A reference to a person of the family who is a Patient in the Bundle; anyone else is a bug (throws). */
  patient(id: string): Reference<Patient> {
    if (!this.isPatient(id)) throw new Error(`FHIR export: person ${id} is referenced as a Patient but is not one in the Bundle`);
    return this.person(id) as Reference<Patient>;
  }

  /** A worker: their Practitioner (and organisation) are added to the Bundle at the end. */
  staff(s: { id: string; name: string; organisationId?: string | null; organisationName?: string | null }): Reference<Practitioner> {
    if (!this.staffSeen.has(s.id)) this.staffSeen.set(s.id, { name: s.name, organisationId: s.organisationId ?? null });
    if (s.organisationId && s.organisationName) this.organisation({ id: s.organisationId, name: s.organisationName });
    return { reference: `Practitioner/${s.id}`, display: s.name };
  }

  organisation(o: { id: string; name: string }): Reference<Organization> {
    if (!this.organisations.has(o.id)) this.organisations.set(o.id, o.name);
    return { reference: `Organization/${o.id}`, display: o.name };
  }

  /** The Practitioner and Organization resources for everyone referenced. */
  workerResources(): Resource[] {
    const practitioners: Practitioner[] = [...this.staffSeen].map(([id, s]) => ({
      resourceType: 'Practitioner',
      id,
      meta: { profile: [ukCore('Practitioner')] },
      active: true,
      name: [{ text: s.name }],
    }));
    const organisations: Organization[] = [...this.organisations].map(([id, name]) => ({
      resourceType: 'Organization',
      id,
      meta: { profile: [ukCore('Organization')] },
      active: true,
      name,
    }));
    return [...practitioners, ...organisations];
  }

  entry(resource: Resource): BundleEntry {
    if (!resource.id) throw new Error(`FHIR export: a ${resource.resourceType} has no id`);
    return { fullUrl: `${this.base}/${resource.resourceType}/${resource.id}`, resource };
  }
}
