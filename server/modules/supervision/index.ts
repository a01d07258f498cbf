// Public face of the supervision module: reflective supervision between a manager and a worker (issue 18 §3).
export { registerSupervisionRoutes } from './supervision.routes.ts';
export type { SupervisionDeps } from './supervision.service.ts';
