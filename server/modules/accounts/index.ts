// Public face of the accounts module: one-time tokens for invitations, sign-in letters and password resets.
export { formatForLetter, issueAccountToken, TOKEN_LIFETIME_MS } from './account-tokens.ts';
