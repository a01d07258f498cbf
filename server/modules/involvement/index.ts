// Public face of the involvement module: closing and reopening the work with a family, and its closing summary.
export { registerInvolvementRoutes } from './involvement.routes.ts';
export type { InvolvementDeps } from './involvement.service.ts';
