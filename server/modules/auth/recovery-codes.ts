// Recovery codes: for signing in when the authenticator app is lost. Ten, of 80 random bits each, shown once.
import { RECOVERY_CODE_COUNT } from '../../../shared/contracts/accounts.ts';
import type { Tx } from '../../db/database.ts';
import { groupInFours, hashSecret, normaliseCode, randomCode } from './one-time-codes.ts';
import { replaceRecoveryCodes } from './recovery-codes.repo.ts';

const CODE_LENGTH = 16;

/** Makes a new set for the account (the old set stops working) and returns it, to be shown once. */
export async function issueRecoveryCodes(tx: Tx, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => randomCode(CODE_LENGTH));
  await replaceRecoveryCodes(tx, accountId, codes.map(hashSecret));
  return codes.map(groupInFours);
}

/** The hash to look a typed code up by, or null when what was typed cannot be a recovery code. */
export function recoveryCodeHash(typed: string): string | null {
  const code = normaliseCode(typed, CODE_LENGTH);
  return code ? hashSecret(code) : null;
}
