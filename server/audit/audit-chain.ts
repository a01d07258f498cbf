// The hash chain's arithmetic: how one audit row is turned into its HMAC, shared by the writer and the verifier.
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  stream: number;
  seq: number;
  id: string;
  occurredAt: Date;
  action: string;
  outcome: string;
  actorKind: string;
  actorAccountId: string | null;
  actorStaffId: string | null;
  familyId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
  ip: string | null;
  details: unknown;
  prevHash: string;
};

/** JSON with object keys sorted at every depth, so jsonb's own key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

// Made once per key: turning the raw key into a KeyObject on every event was a visible share of a request's CPU.
const keyObjects = new WeakMap<Buffer, KeyObject>();
function keyObjectOf(key: Buffer): KeyObject {
  let keyObject = keyObjects.get(key);
  if (!keyObject) {
    keyObject = createSecretKey(key);
    keyObjects.set(key, keyObject);
  }
  return keyObject;
}

/**
 * HMAC-SHA256 keyed with a secret held outside the database: someone who can write to the database
 * but does not hold the key cannot forge a row whose hash checks out.
 */
export function chainHash(key: Buffer, f: ChainedFields): string {
  const material = canonicalJson([
    f.stream,
    f.seq,
    f.id,
    f.occurredAt.toISOString(),
    f.action,
    f.outcome,
    f.actorKind,
    f.actorAccountId,
    f.actorStaffId,
    f.familyId,
    f.subjectType,
    f.subjectId,
    f.requestId,
    f.ip,
    f.details ?? {},
    f.prevHash,
  ]);
  return createHmac('sha256', keyObjectOf(key)).update(material).digest('hex');
}
