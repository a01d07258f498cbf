// Public face of the overrides module: safeguarding overrides (sharing without consent) and their review.
export { registerOverrideRoutes } from './overrides.routes.ts';
