// Public face of the plans module.
export { registerPlanRoutes } from './plans.routes.ts';
export { plansForExport } from './plans-export.ts';
export { remindReviews } from './recovery-plan-reviews.service.ts';
