// Setting up an authenticator app, the same way at welcome and later on "Your account": a new secret kept as pending and
// shown once (as text and as a QR code), then confirmed by the app's first code, which gives ten recovery codes.
import QRCode from 'qrcode';
import type { AuthenticatorSetup } from '../../../shared/contracts/accounts.ts';
import type { Tx } from '../../db/database.ts';
import { badRequest } from '../../http/errors.ts';
import { issueRecoveryCodes, newTotpSecret, otpauthUri, totpStep } from '../auth/index.ts';
import * as repo from './accounts.repo.ts';

/** A new secret and what the person is shown of it; made before the transaction that keeps it (the QR code takes a moment). */
export async function newAuthenticatorSecret(username: string): Promise<{ secret: string; setup: AuthenticatorSetup }> {
  const secret = newTotpSecret();
  const qrSvg = await QRCode.toString(otpauthUri(secret, username), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, setup: { secret: secret.match(/.{1,4}/g)?.join(' ') ?? secret, qrSvg, issuer: 'Umbrella', accountName: username } };
}

/** Keeps the secret as pending: a secret shown earlier and never confirmed is replaced, so each one is shown once only. */
export async function keepPendingSecret(tx: Tx, accountId: string, secret: string): Promise<void> {
  await repo.setPendingSecret(tx, accountId, secret);
}

/**
 * The first code from the app confirms the pending secret: it becomes the account's second factor (the code counts as
 * used) and ten new recovery codes are made. Null when the code is not right; the caller audits that and answers.
 */
export async function confirmPendingSecret(tx: Tx, accountId: string, code: string): Promise<string[] | null> {
  const pending = await repo.findPendingSecret(tx, accountId);
  if (!pending) throw badRequest('Start setting up your authenticator app again: the code shown before has not been kept.');
  const step = totpStep(pending, code);
  if (step === null) return null;
  await repo.confirmPendingSecret(tx, accountId, pending, step);
  return issueRecoveryCodes(tx, accountId);
}

export const WRONG_CODE_MESSAGE = 'That code is not right. Check the app shows Umbrella, and enter the newest code it shows.';
export const WRONG_CODE_FIELD = 'Enter the 6-digit code your authenticator app shows for Umbrella now';
