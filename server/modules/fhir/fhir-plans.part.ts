// The plans part of a family's FHIR export (placeholder until its helper builds it).
import type { FhirPart } from './fhir-part.ts';

export const plansPart: FhirPart = async () => [];
