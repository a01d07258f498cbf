// Needs in the subject access export (issue 15): each person's copy holds their needs exactly as their own needs page
// shows them (the parent's: hers and the children's; a young person's: his own), and a network member's holds none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { exportWhenReady } from '../../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
let marie: TestClient;
let jamie: TestClient;
let ruth: TestClient;
let P: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  [marie, jamie, ruth] = await Promise.all([t.signIn('marie'), t.signIn('jamie'), t.signIn('ruth')]);
  const people = (await t.database.asOwner('SELECT id, preferred_name FROM people WHERE family_id = $1', [F])).rows as {
    id: string;
    preferred_name: string;
  }[];
  P = Object.fromEntries(people.map((p) => [p.preferred_name.toLowerCase(), p.id]));
  const need = (personId: string, words: string) => ({ personId, domain: 'money', words, importance: 'a_lot' });
  expect((await marie.post('/api/portal/needs', need(P.marie as string, 'EXPORT-MARIE-NEED'))).statusCode).toBe(201);
  expect((await jamie.post('/api/portal/needs', need(P.jamie as string, 'EXPORT-JAMIE-NEED'))).statusCode).toBe(201);
}, 180_000);
afterAll(async () => t?.close());

async function exportOf(requester: TestClient, body?: Record<string, string>) {
  const asked = body ? await requester.post('/api/governance/exports', body) : await requester.post('/api/portal/exports');
  expect(asked.statusCode, asked.body).toBe(202);
  const got = await exportWhenReady(t.database.db, requester, asked.json().id);
  const content = got.json().content;
  return { ...(typeof content === 'string' ? JSON.parse(content) : content), exportId: asked.json().id as string };
}

describe('needs in a subject access export', () => {
  it('the parent’s copy holds her needs page exactly, the children’s needs included', async () => {
    const copy = await exportOf(marie);
    const page = (await marie.get('/api/portal/needs')).json();
    expect(copy.needs).toEqual(page);
    expect(JSON.stringify(copy.needs)).toContain('EXPORT-JAMIE-NEED');
    const doc = await marie.get(`/api/exports/${copy.exportId}/document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain('<h2>What would help</h2>');
    expect(doc.body).toContain('EXPORT-JAMIE-NEED');
  });

  it('a young person’s copy holds only his own', async () => {
    const copy = await exportOf(jamie);
    expect(copy.needs).toEqual((await jamie.get('/api/portal/needs')).json());
    expect(copy.needs.people.map((p: { name: string }) => p.name)).toEqual(['Jamie']);
    expect(JSON.stringify(copy.needs)).not.toContain('EXPORT-MARIE-NEED');
  });

  it('a network member’s copy (asked by the governance lead) holds none', async () => {
    const copy = await exportOf(ruth, { familyId: F, personId: P.patricia as string });
    expect(copy.needs).toBeNull();
    expect(JSON.stringify(copy)).not.toContain('EXPORT-MARIE-NEED');
  });
});
