// Public face of the portal module.
export { registerPortalRoutes } from './portal.routes.ts';
export { mayReadAccessLog, wholeAccessLog } from './portal.service.ts';
