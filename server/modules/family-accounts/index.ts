// Public face of the family-accounts module: invitations of the family and of the people they trust.
export { invitationsToReview } from './family-accounts.repo.ts';
export { registerFamilyAccountRoutes } from './family-accounts.routes.ts';
