// Issue 16 §3 through the API: each family member chooses their own language; it comes back with the session, is
// audited as their own change, and a bad choice says what to pick. Workers have no language of their own here yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'jamie', 'daniel']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('a family member’s language', () => {
  it('starts unchosen, and is kept on their own person once chosen', async () => {
    expect((await as('marie').get('/api/session')).json().me.language).toBeNull();
    const res = await as('marie').put('/api/portal/language', { language: 'pl' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ language: 'pl' });
    expect((await as('marie').get('/api/session')).json().me.language).toBe('pl');
    // Jamie's is his own: Marie's choice does not change it.
    expect((await as('jamie').get('/api/session')).json().me.language).toBeNull();
    await as('jamie').put('/api/portal/language', { language: 'ur' });
    expect((await as('jamie').get('/api/session')).json().me.language).toBe('ur');
    expect((await as('marie').get('/api/session')).json().me.language).toBe('pl');
  });

  it('is audited as the person’s own change', async () => {
    const rows = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'person.language_chosen')
      .execute();
    expect(rows.map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details).language).sort()).toEqual(['pl', 'ur']);
  });

  it('refuses a language we do not ship, saying which to choose', async () => {
    const res = await as('marie').put('/api/portal/language', { language: 'fr' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.language).toMatch(/Cymraeg/);
    expect((await as('marie').get('/api/session')).json().me.language).toBe('pl');
  });

  it('makes a worker’s person form opened before it stale (409), so the worker cannot save over her choice', async () => {
    const F = '00000000-0000-7000-8000-000000000100';
    const priya = await t.signIn('priya');
    const before = (await priya.get(`/api/families/${F}`))
      .json()
      .people.find((p: { preferredName: string }) => p.preferredName === 'Marie');
    expect((await as('marie').put('/api/portal/language', { language: 'cy' })).statusCode).toBe(200);
    const stale = await priya.put(`/api/families/${F}/people/${before.id}`, {
      kind: before.kind,
      fullName: before.fullName,
      preferredName: before.preferredName,
      dateOfBirth: before.dateOfBirth,
      householdId: before.householdId,
      preferredLanguage: 'en',
      version: before.version,
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect((await as('marie').get('/api/session')).json().me.language).toBe('cy');
    await as('marie').put('/api/portal/language', { language: 'pl' });
  });

  it('is a family member’s choice only', async () => {
    expect((await as('daniel').put('/api/portal/language', { language: 'cy' })).statusCode).toBe(403);
  });
});
