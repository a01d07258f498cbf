// The fingerprint of a create sent with an idempotency key: what the key promises to stand for (IETF Idempotency-Key draft).
import { createHash } from 'node:crypto';

/** JSON with every object's keys in order and undefined left out, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // A Date (or anything else with its own JSON form) as JSON.stringify would write it.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 (hex) of the route and the parsed body: a retry of the same request gives the same fingerprint whatever
 * the order of its fields or the defaults it left out; any change of content gives another.
 */
export function requestFingerprint(route: string, body: unknown): string {
  return createHash('sha256').update(canonicalJson({ route, body })).digest('hex');
}
