// The FHIR export of a family (placeholder: built by the export helper).
import type { FhirBundle, FhirExportQuery } from '../../../shared/contracts/fhir.ts';
import { notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import type { FhirDeps } from './fhir-deps.ts';

export async function exportFamilyBundle(
  _deps: FhirDeps,
  _ctx: RequestContext,
  _familyId: string,
  _q: FhirExportQuery,
): Promise<FhirBundle> {
  throw notFound();
}
