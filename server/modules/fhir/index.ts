// Public face of the FHIR module (issue 19): the family in FHIR R4 out, a referral in.
export { registerFhirRoutes } from './fhir.routes.ts';
