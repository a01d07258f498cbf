// "About you" (issue 18 §2): a family member answers, changes and clears her own equity answers, and only hers; a worker
// has no way to read anyone's one by one (not through any route, the family's pages or a subject access export); her
// own export holds them, nobody else's does; and the insights' group of a family is her answers, counted.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EquityBreakdown } from '../../../shared/domain/learning.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { familyEquityGroup } from './index.ts';

const F = DEMO_IDS.mariesFamily;
const H = DEMO_IDS.hughesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
let t: TestApp;
let marie: TestClient;
let jamie: TestClient;
let clive: TestClient;
let patricia: TestClient;
let priya: TestClient;
let angela: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  [marie, jamie, clive, patricia, priya, angela] = await Promise.all([
    t.signIn('marie'),
    t.signIn('jamie'),
    t.signIn('clive'),
    t.signIn('patricia'),
    t.signIn('priya'),
    t.signIn('angela'),
  ]);
}, 120_000);
afterAll(async () => t?.close());

const rows = async (q: string) => (await t.database.asOwner(q)).rows as Record<string, unknown>[];

/** The family's group as the insights would count it. */
async function groupOf(familyId: string, breakdown: EquityBreakdown): Promise<string> {
  const row = await t.database.db
    .selectFrom('families as f')
    .select(familyEquityGroup(breakdown, 'f.id').as('g'))
    .where('f.id', '=', familyId)
    .executeTakeFirstOrThrow();
  return row.g;
}

/** The person's own export: its JSON and its printable document, as one text to search. */
async function exportOf(requester: TestClient): Promise<string> {
  const asked = await requester.post('/api/portal/exports');
  expect(asked.statusCode, asked.body).toBe(202);
  const got = await exportWhenReady(t.database.db, requester, asked.json().id);
  const document = await requester.get(`/api/exports/${asked.json().id}/document`);
  expect(document.statusCode).toBe(200);
  const content = got.json().content;
  return JSON.stringify(typeof content === 'string' ? JSON.parse(content) : content) + document.body;
}

/** The answers part of an export's text (its JSON first), or null. */
function aboutYouIn(body: string): unknown {
  const json = body.slice(0, body.indexOf('<!doctype'));
  return (JSON.parse(json) as { aboutYou: unknown }).aboutYou;
}

describe('a parent’s own answers', () => {
  it('starts with nothing answered, and the family is "not recorded"', async () => {
    const res = await marie.get('/api/portal/about-me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ethnicity: null,
      firstLanguage: null,
      disability: null,
      financialHardship: null,
      version: 0,
      updatedAt: null,
    });
    expect(await groupOf(F, 'ethnicity')).toBe('not_recorded');
  });

  it('saves the answers she chooses to give, and reads them back', async () => {
    const saved = await marie.put('/api/portal/about-me', { version: 0, ethnicity: 'other_arab', firstLanguage: 'fr' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      ethnicity: 'other_arab',
      firstLanguage: 'fr',
      disability: null,
      financialHardship: null,
      version: 1,
    });
    const more = await marie.put('/api/portal/about-me', { version: 1, financialHardship: 'yes' });
    expect(more.json()).toMatchObject({ ethnicity: 'other_arab', firstLanguage: 'fr', financialHardship: 'yes', version: 2 });
    expect((await marie.get('/api/portal/about-me')).json()).toMatchObject({
      ethnicity: 'other_arab',
      financialHardship: 'yes',
      version: 2,
    });
    const [event] = await rows(
      `SELECT details, subject_id FROM audit_events WHERE action = 'equity.answered' ORDER BY occurred_at DESC LIMIT 1`,
    );
    // The audit log says how many she answered, never what.
    expect(event).toEqual({ details: { answered: 3 }, subject_id: MARIE });
  });

  it('refuses a save from a page read before another change (409, with the answers as they are now), changing nothing', async () => {
    const stale = await marie.put('/api/portal/about-me', { version: 1, disability: 'no' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ financialHardship: 'yes', disability: null, version: 2 });
    expect((await marie.get('/api/portal/about-me')).json().disability).toBeNull();
    const first = await marie.put('/api/portal/about-me', { version: 0, disability: 'no' });
    expect(first.statusCode).toBe(409);
  });

  it('refuses an unknown group or language with a plain message naming the question, saving nothing', async () => {
    const group = await marie.put('/api/portal/about-me', { version: 2, ethnicity: 'martian' });
    expect(group.statusCode).toBe(400);
    expect(group.json().fields.ethnicity).toContain('Choose one of the ethnic groups');
    const language = await marie.put('/api/portal/about-me', { version: 2, firstLanguage: 'xx' });
    expect(language.statusCode).toBe(400);
    expect(language.json().fields.firstLanguage).toContain('Choose a language from the list');
    const yesNo = await marie.put('/api/portal/about-me', { version: 2, disability: 'maybe' });
    expect(yesNo.json().fields.disability).toContain('Choose yes, no');
    expect((await marie.get('/api/portal/about-me')).json().version).toBe(2);
  });

  it('names no person: a save that tries to is refused', async () => {
    const other = await jamie.put('/api/portal/about-me', { version: 0, personId: MARIE, ethnicity: 'white_irish' });
    expect(other.statusCode).toBe(400);
  });

  it('groups her family by her answers for the insights (ethnicity by its census heading), in SELECT and GROUP BY alike', async () => {
    expect(await groupOf(F, 'ethnicity')).toBe('other');
    expect(await groupOf(F, 'first_language')).toBe('fr');
    expect(await groupOf(F, 'financial_hardship')).toBe('yes');
    expect(await groupOf(F, 'disability')).toBe('not_recorded');
    expect(await groupOf(F, 'none')).toBe('all');
    expect(await groupOf(H, 'ethnicity')).toBe('not_recorded');
    const g = familyEquityGroup('ethnicity', 'f.id');
    const counted = await t.database.db
      .selectFrom('families as f')
      .select([g.as('g'), sql<number>`count(*)::int`.as('n')])
      .groupBy(g)
      .orderBy('g')
      .execute();
    expect(counted.find((r) => r.g === 'other')?.n).toBe(1);
    expect(counted.reduce((n, r) => n + r.n, 0)).toBe(Number((await rows('SELECT count(*)::int AS n FROM families'))[0]?.n));
  });
});

describe('everyone else', () => {
  it('a young person answers for himself; his answers never touch his mother’s, nor the family’s group', async () => {
    const his = await jamie.get('/api/portal/about-me');
    expect(his.json()).toMatchObject({ ethnicity: null, version: 0 });
    const saved = await jamie.put('/api/portal/about-me', { version: 0, ethnicity: 'mixed_other', disability: 'prefer_not_to_say' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await marie.get('/api/portal/about-me')).json()).toMatchObject({ ethnicity: 'other_arab', disability: null });
    expect(await groupOf(F, 'ethnicity')).toBe('other');
  });

  it('the children’s father who lives elsewhere answers his own, which are not the family’s group either', async () => {
    const saved = await clive.put('/api/portal/about-me', { version: 0, ethnicity: 'white_british', disability: 'yes' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await groupOf(F, 'disability')).toBe('not_recorded');
  });

  it('someone the parent trusts has no such page', async () => {
    expect((await patricia.get('/api/portal/about-me')).statusCode).toBe(403);
    expect((await patricia.put('/api/portal/about-me', { version: 0, ethnicity: 'white_irish' })).statusCode).toBe(403);
  });

  it('a worker, even a manager, cannot read anyone’s answers: no route, and none on the family’s pages', async () => {
    for (const c of [priya, angela]) {
      expect((await c.get('/api/portal/about-me')).statusCode).toBe(403);
      for (const path of [
        `/api/families/${F}/about-me`,
        `/api/families/${F}/equity`,
        `/api/families/${F}/people/${MARIE}/equity`,
        `/api/families/${F}/people/${MARIE}/about-me`,
        '/api/equity',
        `/api/equity/${MARIE}`,
      ])
        expect((await c.get(path)).statusCode, path).toBe(404);
    }
    for (const path of [
      `/api/families/${F}`,
      `/api/families/${F}/people`,
      `/api/families/${F}/entries`,
      `/api/families/${F}/people/${MARIE}`,
    ]) {
      const res = await priya.get(path);
      expect(res.statusCode, path).toBeLessThan(500);
      expect(res.body, path).not.toMatch(/other_arab|financialHardship|ethnicity|firstLanguage/i);
    }
  });
});

describe('a copy of everything held about someone', () => {
  it('holds her own answers in her own export', async () => {
    const body = await exportOf(marie);
    expect(aboutYouIn(body)).toMatchObject({ ethnicity: 'other_arab', firstLanguage: 'fr', financialHardship: 'yes', disability: null });
    // The printable copy says it in words.
    expect(body).toContain('<h2>About you</h2>');
    expect(body).toContain('<dt>Ethnic group</dt><dd>Arab</dd>');
    expect(body).toContain('<dt>First language</dt><dd>French</dd>');
  });

  it('holds only his own in the father’s export, never hers', async () => {
    const body = await exportOf(clive);
    expect(aboutYouIn(body)).toMatchObject({ ethnicity: 'white_british', disability: 'yes' });
    expect(body).not.toContain('other_arab');
  });

  it('holds none of his mother’s in a young person’s export', async () => {
    const body = await exportOf(jamie);
    expect(aboutYouIn(body)).toMatchObject({ ethnicity: 'mixed_other' });
    expect(body).not.toContain('other_arab');
  });
});

describe('clearing', () => {
  it('"Remove my answers" clears every answer, and her family is "not recorded" again', async () => {
    const now = (await marie.get('/api/portal/about-me')).json();
    const cleared = await marie.put('/api/portal/about-me', {
      version: now.version,
      ethnicity: null,
      firstLanguage: null,
      disability: null,
      financialHardship: null,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ ethnicity: null, firstLanguage: null, disability: null, financialHardship: null });
    expect(await groupOf(F, 'ethnicity')).toBe('not_recorded');
    expect(await groupOf(F, 'financial_hardship')).toBe('not_recorded');
    const [event] = await rows(`SELECT details FROM audit_events WHERE action = 'equity.answered' ORDER BY occurred_at DESC LIMIT 1`);
    expect(event?.details).toEqual({ answered: 0 });
  });
});
