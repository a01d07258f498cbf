// References inside one exported Bundle: every person, worker and organisation a resource points at is registered
// here, so the Bundle carries a resource for each and every reference in it resolves (fullUrl = base/Type/id).
import type { BundleEntry, Organization, Practitioner, Reference, Resource } from '@medplum/fhirtypes';

export type PersonResourceType = 'Patient' | 'RelatedPerson';

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
  person(id: string): Reference {
    const p = this.people.get(id);
    if (!p) throw new Error(`FHIR export: person ${id} is referenced but not in the Bundle`);
    return { reference: `${p.type}/${id}`, display: p.display };
  }

  /** A worker: their Practitioner (and organisation) are added to the Bundle at the end. */
  staff(s: { id: string; name: string; organisationId?: string | null; organisationName?: string | null }): Reference {
    if (!this.staffSeen.has(s.id)) this.staffSeen.set(s.id, { name: s.name, organisationId: s.organisationId ?? null });
    if (s.organisationId && s.organisationName) this.organisation({ id: s.organisationId, name: s.organisationName });
    return { reference: `Practitioner/${s.id}`, display: s.name };
  }

  organisation(o: { id: string; name: string }): Reference {
    if (!this.organisations.has(o.id)) this.organisations.set(o.id, o.name);
    return { reference: `Organization/${o.id}`, display: o.name };
  }

  /** The Practitioner and Organization resources for everyone referenced. */
  workerResources(): Resource[] {
    const practitioners: Practitioner[] = [...this.staffSeen].map(([id, s]) => ({
      resourceType: 'Practitioner',
      id,
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner'] },
      active: true,
      name: [{ text: s.name }],
    }));
    const organisations: Organization[] = [...this.organisations].map(([id, name]) => ({
      resourceType: 'Organization',
      id,
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization'] },
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
