// Public face of the family-accounts module: invitations of the family and of the people they trust, and who in a
// family is told of a change (its parents' accounts, its key workers), for the modules that change the family.
export { invitationsToReview, keyWorkers, previousKeyWorker } from './family-accounts.repo.ts';
export { registerFamilyAccountRoutes } from './family-accounts.routes.ts';
