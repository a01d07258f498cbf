// Public face of the care-teams module.
export { registerCareTeamRoutes } from './care-teams.routes.ts';
export { mayChangeTeam } from './team-policy.ts';
