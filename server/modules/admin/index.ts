// Public face of the administrator console module: its routes, and the first administrator of a new installation.
export { registerAdminRoutes } from './admin.routes.ts';
export { createFirstAdministrator, type FirstAdministratorInput, FirstAdministratorRefused } from './first-administrator.ts';
