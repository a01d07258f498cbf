// Public face of the consents module: consent, sharing, overrides, emergency access, exports, governance.

export { noteExpiredConsents } from './consents.repo.ts';
export { registerConsentRoutes } from './consents.routes.ts';
export { closeLapsedEmergencyAccesses } from './emergency-access.service.ts';
export { runPendingExports } from './subject-access.service.ts';
