// The demo family loads once: loading it again changes nothing, and every persona can sign in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../audit/audit-log.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../test/test-app.ts';
import { loadDemoFamily, readPersonas } from './demo-family.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const counts = async () =>
  (
    await t.database.asOwner(
      `SELECT (SELECT count(*) FROM families)::int AS families, (SELECT count(*) FROM people)::int AS people,
              (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM care_team_members)::int AS team`,
    )
  ).rows[0];

describe('the demo family', () => {
  it('is idempotent: a second load changes nothing', async () => {
    const before = await counts();
    expect(before).toEqual({ families: 2, people: 7, accounts: 16, team: 7 });
    const again = await loadDemoFamily(t.database.db, createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }));
    expect(again.loaded).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('gives every persona in demo/personas.json a working login', async () => {
    for (const p of readPersonas()) {
      const c = await t.signIn(p.username);
      const me = (await c.get('/api/session')).json();
      expect(me.signedIn, p.username).toBe(true);
      expect(me.me.kind).toBe(p.kind);
    }
  });

  it('shows a newcomer early help at work: Marie’s answered request and her check-ins (issue 14)', async () => {
    const marie = await t.signIn('marie');
    const help = (await marie.get('/api/portal/help')).json();
    expect(help.requests).toHaveLength(1);
    expect(JSON.stringify(help.requests[0])).toContain('Daniel Okafor');
    expect(JSON.stringify(help.requests[0])).toContain('energy grant');
    const checkIns = (await marie.get('/api/portal/check-ins')).json();
    expect(checkIns.settings.rhythm).toBe('weekly');
    expect(checkIns.checkIns.length).toBeGreaterThanOrEqual(6);
    const daniel = await t.signIn('daniel');
    expect((await daniel.get('/api/families/00000000-0000-7000-8000-000000000100/check-ins')).json().people).toHaveLength(1);
  });
});
