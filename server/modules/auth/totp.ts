// Time-based one-time codes (RFC 6238) for professionals' second factor. A code names a 30-second time step;
// the step of each accepted code is recorded per account, so a code works once (RFC 6238 §5.2).
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_MS = 30_000;

function totpFor(secretBase32: string): TOTP {
  return new TOTP({ issuer: 'Umbrella', algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

/** The time step a moment falls in. */
export const stepAt = (timestamp = Date.now()) => Math.floor(timestamp / TOTP_PERIOD_MS);

/**
 * The time step of `code` when it is the current code or the one either side of it (clocks a little out of
 * step), or null. Whether that step was already used is for the caller to decide against the account.
 */
export function totpStep(secretBase32: string, code: string, timestamp = Date.now()): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp, window: 1 });
  return delta === null ? null : stepAt(timestamp) + delta;
}

/** The code for a time step (tests and the demo helper: the step after one just used). */
export function totpForStep(secretBase32: string, step: number): string {
  return totpFor(secretBase32).generate({ timestamp: step * TOTP_PERIOD_MS });
}

export function currentTotp(secretBase32: string): string {
  return totpFor(secretBase32).generate();
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from a QR code: the secret, the issuer and the account's name. */
export function otpauthUri(secretBase32: string, accountName: string): string {
  return new TOTP({
    issuer: 'Umbrella',
    label: accountName,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  }).toString();
}
