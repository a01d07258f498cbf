// Public face of the insights module (issue 18 §2): counts across a manager's caseload, never a family.
export { registerInsightsRoutes } from './insights.routes.ts';
