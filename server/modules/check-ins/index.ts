// Public face of the check-ins module.
export { registerCheckInRoutes } from './check-ins.routes.ts';
export { checkInsForExport, remindCheckIns } from './check-ins.service.ts';
