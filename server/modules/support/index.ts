// Public face of the support module (issue 15, P8): needs in the family's words and the gap, the service directory,
// referrals with the parent's agreement, and the team's view of the gap. Each part is a folder; only this file is
// imported from outside.
import type { FastifyInstance } from 'fastify';
import type { FamilyDeps } from '../../access/family-access.ts';
import { registerDirectoryRoutes } from './directory/directory.routes.ts';
import { registerNeedsRoutes } from './needs/needs.routes.ts';
import { registerReferralRoutes } from './referrals/referrals.routes.ts';
import { registerTeamNeedsViewRoutes } from './team-view/team-view.routes.ts';

export {
  type DirectoryImportReport,
  importDirectory,
  importDirectoryFile,
  importDirectoryIn,
  readSampleDirectory,
  reportWords,
  SAMPLE_DIRECTORY_FILE,
} from './directory/directory-import.ts';
export { needsForExport } from './needs/needs-page.service.ts';
export { remindReferralChases } from './referrals/referral-chase.service.ts';
export { caseloadCounts as caseloadNeedCounts, type DomainCounts } from './team-view/team-view.repo.ts';

export function registerSupportRoutes(
  app: FastifyInstance,
  deps: FamilyDeps,
  options: { teamViewCacheSeconds: number } = { teamViewCacheSeconds: 0 },
) {
  registerNeedsRoutes(app, deps);
  registerDirectoryRoutes(app, deps);
  registerReferralRoutes(app, deps);
  registerTeamNeedsViewRoutes(app, deps, options.teamViewCacheSeconds);
}
