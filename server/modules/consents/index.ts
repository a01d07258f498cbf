// Public face of the consents module: consent, consent requests, the sharing page, and the sharing log (every
// disclosure and whom to tell) that overrides and emergency access write to as well.

/** The consents the sharing page lists, and whether each is in force (the FHIR export's Consent resources, issue 19). */
export { activeOverrides, consentsOf, noteExpiredConsents } from './consents.repo.ts';
export { registerConsentRoutes } from './consents.routes.ts';
export * as sharingLog from './sharing-log.repo.ts';
export { consentStatus, sharingFor } from './sharing-overview.ts';
