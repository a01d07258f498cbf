// Public face of the families module. (findFamily, withFamily and readFamily live in server/access.)

export { loadFamilyParts } from './families.repo.ts';
export { registerFamiliesRoutes } from './families.routes.ts';
export type { FamiliesDeps } from './families.service.ts';
export { registerFamilyEditRoutes } from './family-edits.routes.ts';
export { toFamilyOverview } from './family-overview.ts';
