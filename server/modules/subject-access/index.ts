// Public face of the subject access module: exports of everything held about one person, and the job that builds them.
export { registerSubjectAccessRoutes } from './subject-access.routes.ts';
export { runPendingExports } from './subject-access.service.ts';
