// Ids made in application code: UUIDv7 (time-ordered, index-friendly, needing no central sequence), and the id of a
// deduplicated notification, made from its dedupe key.
import { createHash, randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;
// Random bytes taken from the system 4 KiB at a time, not 16 per id: a call to the system's random source per id was
// a noticeable part of each request (issue 22). Each id still gets its own fresh 16 bytes; none is ever reused.
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let used = POOL_SIZE;

function sixteenRandomBytes(): Buffer {
  if (used === POOL_SIZE) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = Buffer.from(pool.subarray(used, used + 16));
  used += 16;
  return bytes;
}

export function newId(): string {
  const bytes = sixteenRandomBytes();
  let ms = Date.now();
  // Keep ids made in the same millisecond in order by using 12 bits of the random part as a counter.
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      lastMs = ++ms;
      counter = 0;
    }
  } else {
    lastMs = ms;
    counter = 0;
  }
  bytes[0] = (ms / 2 ** 40) & 0xff;
  bytes[1] = (ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | ((counter >>> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a notification with a dedupe key: a name-based UUID (version 8: the first 16 bytes of the SHA-256 of
 * "notification:" and the key), so the primary key is what makes a reminder once however many instances or runs
 * write it (migration 0059; on Citus a second unique key would not hold across shards). The database computes the
 * same in notification_id_for() and refuses a row whose id is not it. Never equal to a UUIDv7, which has version 7.
 */
export function notificationIdFor(dedupeKey: string): string {
  const bytes = createHash('sha256').update(`notification:${dedupeKey}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
