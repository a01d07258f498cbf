// Public face of the accounts module: one-time tokens for invitations, sign-in letters and password resets, and the
// routes that accept them, reset forgotten passwords and change a person's own password and recovery codes.

export { cancelOpenTokens } from './account-tokens.repo.ts';
export { formatForLetter, issueAccountToken, normaliseToken, TOKEN_LIFETIME_MS } from './account-tokens.ts';
export { registerAccountRoutes, withoutTokens } from './accounts.routes.ts';
