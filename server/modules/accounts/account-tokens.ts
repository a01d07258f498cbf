// One-time account tokens: made here, given to the person once (by mail or a printed letter), stored only as a hash.
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { AccountTokenPurpose } from '../../db/schema.ts';
import { groupInFours, hashSecret, normaliseCode, randomCode } from '../auth/index.ts';
import * as repo from './account-tokens.repo.ts';

/** 26 symbols of 5 bits: 130 random bits. */
const TOKEN_LENGTH = 26;

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  invitation: 7 * 24 * 3_600_000,
  sign_in_letter: 7 * 24 * 3_600_000,
  password_reset: 30 * 60_000,
};

/** Tokens that open the welcome page: a newer one of either kind cancels every older one (the old may be in the wrong hands). */
const WELCOME_PURPOSES: AccountTokenPurpose[] = ['invitation', 'sign_in_letter'];

/** A token from a link or typed from a letter, in its one written form; null when it cannot be one. */
export const normaliseToken = (input: string) => normaliseCode(input, TOKEN_LENGTH);

export function tokenPath(purpose: AccountTokenPurpose, token: string): string {
  return purpose === 'password_reset' ? `/reset-password/${token}` : `/welcome/${token}`;
}

/**
 * Makes a one-time token for an account, in the caller's transaction, and cancels the account's earlier unused
 * tokens of the same purpose (for invitations and sign-in letters: of either of the two). Invitations and letters
 * last 7 days, password resets 30 minutes. The token itself is returned once and never stored.
 */
export async function issueAccountToken(
  tx: Tx,
  input: { accountId: string; purpose: AccountTokenPurpose; createdByStaffId: string | null },
): Promise<{ token: string; expiresAt: Date; path: string }> {
  const purposes = input.purpose === 'password_reset' ? ['password_reset' as const] : WELCOME_PURPOSES;
  await repo.cancelOpenTokens(tx, input.accountId, purposes, 'replaced_by_newer');
  const token = randomCode(TOKEN_LENGTH);
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[input.purpose]);
  await repo.insertToken(tx, {
    id: newId(),
    accountId: input.accountId,
    purpose: input.purpose,
    tokenHash: hashSecret(token),
    createdByStaffId: input.createdByStaffId,
    expiresAt,
  });
  return { token, expiresAt, path: tokenPath(input.purpose, token) };
}

/** A token grouped in fours for a printed letter: "ABCD-EFGH-…". Typed back with or without the dashes. */
export const formatForLetter = groupInFours;
