// Public face of the glossary module.
export { registerGlossaryRoutes } from './glossary.routes.ts';
export { seedGlossary } from './glossary.service.ts';
