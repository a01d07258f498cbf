// The consents part of a family's FHIR export: a Consent for each consent in force that the caller reads on the
// family's sharing page (the same scoped rows, the same "in force" rule), with its category, recipient and period.
import type { Consent } from '@medplum/fhirtypes';
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_KEYS } from '../../../shared/domain/sharing.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { consentStatus, consentsOf } from '../consents/index.ts';
import type { FhirPart } from './fhir-part.ts';
import { familyView } from './fhir-people.part.ts';
import { INFORMATION_CATEGORY_SYSTEM, ukCore, umbrellaExtension } from './fhir-refs.ts';

/** What the family said the sharing is for, in their own words (Consent has no element for a purpose in words). */
export const CONSENT_PURPOSE_EXTENSION = umbrellaExtension('consent-purpose');

export const consentsPart: FhirPart = async (input) => {
  const { tx, family, refs } = input;
  const { parentId } = await familyView(input);
  const today = new Date().toISOString().slice(0, 10);
  const rows = (await consentsOf(tx, family)).filter((c) => consentStatus(c, today) === 'active');
  return rows.map((c): Consent => {
    // A young person's consent is about, and given by, them; the family's is given by the parent the record is about.
    const whose = c.subject_person_id ?? parentId;
    const patient = whose && refs.isPatient(whose) ? refs.patient(whose) : undefined;
    const recipient = c.recipient_organisation_id
      ? refs.organisation({ id: c.recipient_organisation_id, name: c.organisation_name ?? 'Organisation' })
      : c.recipient_staff_id
        ? refs.staff({ id: c.recipient_staff_id, name: c.staff_name ?? 'Worker' })
        : undefined;
    const label = isOneOf(CONSENT_CATEGORY_KEYS, c.category) ? CONSENT_CATEGORIES[c.category] : c.category;
    return {
      resourceType: 'Consent',
      id: c.id,
      meta: { profile: [ukCore('Consent')] },
      extension: [{ url: CONSENT_PURPOSE_EXTENSION, valueString: c.purpose }],
      status: 'active',
      scope: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }],
      },
      category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
      ...(patient ? { patient, performer: [patient] } : {}),
      policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN', display: 'opt-in' }] },
      provision: {
        type: 'permit',
        period: { start: c.starts_on, ...(c.ends_on ? { end: c.ends_on } : {}) },
        ...(recipient
          ? {
              actor: [
                {
                  role: {
                    coding: [
                      {
                        system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                        code: 'IRCP',
                        display: 'information recipient',
                      },
                    ],
                  },
                  reference: recipient,
                },
              ],
            }
          : {}),
        action: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access', display: 'Access' }] }],
        code: [{ coding: [{ system: INFORMATION_CATEGORY_SYSTEM, code: c.category, display: label }], text: label }],
      },
    };
  });
};
