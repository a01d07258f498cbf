// One part of a family's FHIR export: reads what the caller may see through the scoped repositories and read functions
// the screens use (so every access, consent and withholding rule applies), and maps it to R4 resources.
import type { Resource } from '@medplum/fhirtypes';
import type { FamilyOverview } from '../../../shared/contracts/families.ts';
import type { AccessScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { FhirRefs } from './fhir-refs.ts';

export type FhirPartInput = {
  tx: Tx;
  scope: AccessScope;
  family: VisibleFamily;
  /** People are registered by the people part, which runs first; workers and organisations as they are referenced. */
  refs: FhirRefs;
  now: Date;
  /**
   * The family page as the caller reads it (toFamilyOverview): its people, relationships and care team. The export
   * service reads it once and passes it on; a part run on its own reads it itself (fhir-people.part.ts#familyView).
   */
  overview?: FamilyOverview;
  /** The parent the record is about (appointments' theParent), or null when the family has none; as overview. */
  parentId?: string | null;
};

/** Returns the part's resources; every reference in them goes through `refs`. */
export type FhirPart = (input: FhirPartInput) => Promise<Resource[]>;
