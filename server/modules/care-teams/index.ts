// Public face of the care-teams module.
export { registerCareTeamRoutes } from './care-teams.routes.ts';
