// Public face of the emergency access module ("break the glass"), and the job that closes lapsed accesses.

export { registerEmergencyAccessRoutes } from './emergency-access.routes.ts';
export { closeLapsedEmergencyAccesses } from './emergency-access.service.ts';
