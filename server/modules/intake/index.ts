// Public face of the intake module: starting a family.
export { mayStartFamily } from './intake.policy.ts';
export { registerIntakeRoutes } from './intake.routes.ts';
export { starter as startingWorker, startFamily } from './intake.service.ts';
