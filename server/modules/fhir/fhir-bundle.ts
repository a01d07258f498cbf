// Assembling a family's FHIR export: the AuditEvent that describes the disclosure the export causes, the information
// categories it carries (for the disclosure row), and the Bundle (type collection) of every part's resources.
import type { AuditEvent, Bundle, Organization, Patient, Practitioner, Reference, Resource } from '@medplum/fhirtypes';
import { INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../../shared/domain/records.ts';
import { LAWFUL_BASES, type LawfulBasis } from '../../../shared/domain/sharing.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { type FhirRefs, umbrellaCodeSystem } from './fhir-refs.ts';

/** The lawful bases of a disclosure (shared/domain/sharing.ts), the AuditEvent's purposeOfEvent. */
export const LAWFUL_BASIS_SYSTEM = umbrellaCodeSystem('lawful-basis');

/**
 * The AuditEvent of this export: the caller (their Practitioner) disclosed each Patient of the Bundle to the recipient
 * they named, on the lawful basis they chose; outcome 0 (success), recorded now. Its id is the disclosure row's id.
 */
export function exportAuditEvent(v: {
  id: string;
  now: Date;
  caller: Reference<Practitioner>;
  callerOrganisation: Reference<Organization>;
  recipient: string;
  lawfulBasis: LawfulBasis;
  patients: Reference<Patient>[];
}): AuditEvent {
  const basis = LAWFUL_BASES[v.lawfulBasis];
  return {
    resourceType: 'AuditEvent',
    id: v.id,
    type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110106', display: 'Export' },
    action: 'R',
    recorded: v.now.toISOString(),
    outcome: '0',
    purposeOfEvent: [{ coding: [{ system: LAWFUL_BASIS_SYSTEM, code: v.lawfulBasis, display: basis.label }], text: basis.label }],
    agent: [
      { who: v.caller, requestor: true },
      {
        type: {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' },
          ],
        },
        who: { display: v.recipient },
        requestor: false,
      },
    ],
    source: { observer: v.callerOrganisation },
    entity: v.patients.map((what) => ({
      what,
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' },
      role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
    })),
  };
}

/**
 * The information categories the resources carry: general (people, care team, consents) and every category any
 * resource names with the information-category code system (a record entry's, say). A Consent only names the
 * category it is about, so it is not counted. Only the categories the disclosures table allows.
 */
export function categoriesIn(resources: readonly Resource[]): InformationCategory[] {
  const found = new Set<InformationCategory>(['general']);
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.system === 'string' && o.system.endsWith('/CodeSystem/information-category') && typeof o.code === 'string') {
      if (isOneOf(INFORMATION_CATEGORY_KEYS, o.code)) found.add(o.code);
    }
    for (const v of Object.values(o)) walk(v);
  };
  for (const r of resources) if (r.resourceType !== 'Consent') walk(r);
  return INFORMATION_CATEGORY_KEYS.filter((c) => found.has(c));
}

export function collectionBundle(v: { id: string; now: Date; refs: FhirRefs; resources: readonly Resource[] }): Bundle {
  const at = v.now.toISOString();
  return {
    resourceType: 'Bundle',
    id: v.id,
    meta: { lastUpdated: at },
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${v.id}` },
    type: 'collection',
    timestamp: at,
    entry: v.resources.map((r) => v.refs.entry(r)),
  };
}
