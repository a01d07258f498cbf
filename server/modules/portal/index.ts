// Public face of the portal module.
export { registerPortalRoutes } from './portal.routes.ts';
