// Public face of the help module: asking for help and raising a worry, answering them, a team's duty worker, and
// the escalation job.

export { registerHelpRoutes } from './help.routes.ts';
export type { HelpDeps } from './help.service.ts';
export { requestsFor as helpRequestsAsSeenBy } from './help.service.ts';
export { escalateHelpRequests } from './help-escalation.service.ts';
export { worriesToReview } from './help-governance.repo.ts';
