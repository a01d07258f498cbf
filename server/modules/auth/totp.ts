// Time-based one-time codes (RFC 6238) for professionals' second factor.
import { Secret, TOTP } from 'otpauth';

function totpFor(secretBase32: string): TOTP {
  return new TOTP({ issuer: 'Umbrella', algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

/** Accepts the current code and the one either side of it, for clocks a little out of step. */
export function checkTotp(secretBase32: string, code: string): boolean {
  return totpFor(secretBase32).validate({ token: code, window: 1 }) !== null;
}

export function currentTotp(secretBase32: string): string {
  return totpFor(secretBase32).generate();
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}
