// Public face of the families module.

export { type FamilyQuery, findFamily, loadFamilyParts, type Reader } from './families.repo.ts';
export { registerFamiliesRoutes } from './families.routes.ts';
export type { FamiliesDeps } from './families.service.ts';
export { auditedRead, type FamilyDeps, type FamilyRow, isUuid, readFamily, withFamily } from './family-access.ts';
export { registerFamilyEditRoutes } from './family-edits.routes.ts';
export { toFamilyOverview } from './family-overview.ts';
