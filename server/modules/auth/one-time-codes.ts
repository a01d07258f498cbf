// Random codes people may have to type (letters, recovery codes): Crockford's base32, read forgivingly, stored hashed.
import { createHash, randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a printed code is hard to misread. Each symbol carries 5 bits. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** A code as typed: any case, spaces and dashes ignored, O read as 0 and I or L as 1. Null when it cannot be one. */
export function normaliseCode(input: string, length: number): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== length) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}

/** Codes of 80 bits or more need no slow hash: nobody can try 2^80 guesses against a copy of the table. */
export const hashSecret = (value: string) => createHash('sha256').update(value).digest('hex');

/** Groups a code in fours: "ABCD-EFGH-…". Typed back with or without the dashes. */
export function groupInFours(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
