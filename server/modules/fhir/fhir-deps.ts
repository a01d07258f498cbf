// What the FHIR module needs: the database, the audit log and the base of the fullUrls in an exported Bundle.
import type { FamilyDeps } from '../../access/family-access.ts';

export type FhirDeps = FamilyDeps & {
  /** The address the Bundle's fullUrls start with: PUBLIC_URL followed by /fhir. */
  fhirBase: string;
};
