// Idempotent creates: a retry with the same key and the same request gets the entry it made; the same key with a
// different request is refused (422) and changes nothing; concurrent retries make one entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { canonicalJson, requestFingerprint } from './request-fingerprint.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';

let t: TestApp;
let daniel: TestClient;
let marie: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [daniel, marie] = await Promise.all([t.signIn('daniel'), t.signIn('marie')]);
});
afterAll(() => t?.close());

const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
const visit = (text: string, over: Record<string, unknown> = {}) => ({
  kind: 'home_visit',
  occurredAt,
  category: 'general',
  text,
  presentPersonIds: [MARIE],
  aboutPersonIds: [MARIE],
  ...over,
});
const create = (body: unknown, key: string) => daniel.post(`/api/families/${F}/entries`, body, { 'idempotency-key': key });

async function rowsWithKey(key: string) {
  const r = await t.database.asOwner('SELECT id, text, withholding_scope, version FROM record_entries WHERE idempotency_key = $1', [key]);
  return r.rows as { id: string; text: string; withholding_scope: string | null; version: number }[];
}
async function parentReads(text: string) {
  const record = (await marie.get('/api/portal/record')).json() as { entries: { text: string | null; withheld: boolean }[] };
  return record.entries.filter((e) => e.text?.startsWith(text));
}

describe('the same idempotency key with a different request', () => {
  it('is refused with 422 when the text changed, and the parent still reads only the first entry', async () => {
    const first = await create(visit('Key reuse A: we talked about the school run.'), 'k-reuse-text-1');
    expect(first.statusCode).toBe(201);

    const edited = await create(visit('Key reuse A: we talked about the school run. Edited after the answer was lost.'), 'k-reuse-text-1');
    expect(edited.statusCode).toBe(422);
    expect(edited.json()).toMatchObject({ error: 'idempotency_key_reused', message: expect.stringContaining('Nothing was changed') });
    expect(edited.json()).not.toHaveProperty('id');

    const rows = await rowsWithKey('k-reuse-text-1');
    expect(rows).toEqual([
      expect.objectContaining({ id: first.json().id, text: 'Key reuse A: we talked about the school run.', version: 1 }),
    ]);
    expect(await parentReads('Key reuse A')).toEqual([expect.objectContaining({ text: 'Key reuse A: we talked about the school run.' })]);
  });

  it('is refused with 422 when only a withholding was added, and nothing is kept from or shown to the parent that was not before', async () => {
    const text = 'Key reuse B: Marie spoke about a neighbour.';
    const first = await create(visit(text), 'k-reuse-withhold-1');
    expect(first.statusCode).toBe(201);
    const withheld = visit(text, { withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2099-01-01' } });

    const again = await create(withheld, 'k-reuse-withhold-1');
    expect(again.statusCode).toBe(422);
    expect(await rowsWithKey('k-reuse-withhold-1')).toEqual([expect.objectContaining({ withholding_scope: null, version: 1 })]);
    expect(await parentReads('Key reuse B')).toEqual([expect.objectContaining({ text, withheld: false })]);

    // With a new key (what the web app sends once the content changed), the edited entry is made.
    const fresh = await create(withheld, 'k-reuse-withhold-2');
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json()).toMatchObject({ withholding: { scope: 'whole' } });
  });
});

describe('the same idempotency key with the same request', () => {
  it('answers a retry with the entry it made, whatever the order of the fields or the defaults spelled out', async () => {
    const body = visit('Key replay C: a short phone call.', { kind: 'phone_call' });
    const first = await create(body, 'k-replay-0001');
    expect(first.statusCode).toBe(201);
    const reordered = Object.fromEntries(Object.entries({ ...body, presentStaffIds: [] }).reverse());
    const retry = await create(reordered, 'k-replay-0001');
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id: first.json().id, text: body.text });
    expect(await rowsWithKey('k-replay-0001')).toHaveLength(1);
  });

  it('makes one entry from 25 simultaneous sends with one key', async () => {
    const body = visit('Key concurrent D: the same save sent 25 times at once.');
    const results = await Promise.all(Array.from({ length: 25 }, () => create(body, 'k-concurrent-25')));
    expect(results.map((r) => r.statusCode).sort()).toEqual([...Array(24).fill(200), 201]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await rowsWithKey('k-concurrent-25')).toHaveLength(1);
  });

  it('of 25 simultaneous sends with one key and two different texts, makes one entry and refuses every other text', async () => {
    const bodies = Array.from({ length: 25 }, (_, i) => visit(`Key concurrent E: version ${i % 2 ? 'odd' : 'even'}.`));
    const results = await Promise.all(bodies.map((b) => create(b, 'k-concurrent-mixed')));
    const rows = await rowsWithKey('k-concurrent-mixed');
    expect(rows).toHaveLength(1);
    for (const [i, r] of results.entries()) {
      if (bodies[i]?.text === rows[0]?.text) expect([200, 201]).toContain(r.statusCode);
      else expect(r.statusCode).toBe(422);
    }
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
  });

  it('answers an entry made before fingerprints (none stored) with that entry, as before', async () => {
    const first = await create(visit('Key legacy F: written before the upgrade.'), 'k-legacy-0001');
    await t.database.asOwner("UPDATE record_entries SET idempotency_fingerprint = NULL WHERE idempotency_key = 'k-legacy-0001'");
    const retry = await create(visit('Key legacy F: written before the upgrade.'), 'k-legacy-0001');
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
  });
});

describe('the request fingerprint', () => {
  it('is the same for the same content in any key order and differs for any change', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"a":"x","d":1}]}');
    const a = requestFingerprint('POST /x', { text: 'A', ids: ['1', '2'] });
    expect(requestFingerprint('POST /x', { ids: ['1', '2'], text: 'A' })).toBe(a);
    expect(requestFingerprint('POST /x', { ids: ['1', '2'], text: 'A ' })).not.toBe(a);
    expect(requestFingerprint('POST /y', { ids: ['1', '2'], text: 'A' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
