// Public face of the families module.
export { registerFamiliesRoutes } from './families.routes.ts';
export type { FamiliesDeps } from './families.service.ts';
