// Public face of the governance module: the information governance lead's console.
export { registerGovernanceRoutes } from './governance.routes.ts';
