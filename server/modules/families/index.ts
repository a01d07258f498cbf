// Public face of the families module. (findFamily, withFamily and readFamily live in server/access.)

export { loadFamilyParts } from './families.repo.ts';
export { registerFamiliesRoutes } from './families.routes.ts';
export type { FamiliesDeps } from './families.service.ts';
export { registerFamilyEditRoutes } from './family-edits.routes.ts';
/** The involvement level's one change path, in the caller's transaction (a meeting's decision uses it: modules/meetings). */
export { recordInvolvementChange } from './family-edits.service.ts';
export { toFamilyOverview } from './family-overview.ts';
