// The equity module's public face: its routes, a person's answers for her own export, and a family's group for counting.
export { familyEquityGroup } from './equity.repo.ts';
export { registerEquityRoutes } from './equity.routes.ts';
export { equityAnswersForExport } from './equity.service.ts';
