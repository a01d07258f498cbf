// "Who has looked" in the family's language (issue 16 §3): each line carries the audit action, who did it by kind and
// people's names and jobs as their accounts have them, so the page words it in its language; and the page has words for
// every action a family member may be shown, the same English as the audit catalogue's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessActions } from '../../../web/portal/access-log-actions.messages.ts';
import { AUDIT_ACTIONS } from '../../audit/audit-actions.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;

describe('the words of “Who has looked”', () => {
  const shown = Object.entries(AUDIT_ACTIONS).filter(([, a]) => a.family !== 'no');
  const pageWords: Readonly<Record<string, { en: unknown } | undefined>> = accessActions;

  it('the family’s page has words for every action a family member may be shown, the catalogue’s English', () => {
    const different = shown.filter(([action, a]) => pageWords[action]?.en !== a.words).map(([action, a]) => `${action}: "${a.words}"`);
    expect(different, 'add or correct these in web/portal/access-log-actions.messages.ts and its translations').toEqual([]);
  });

  it('and none for an action a family member is never shown', () => {
    const never = Object.keys(pageWords).filter((action) => !shown.some(([a]) => a === action));
    expect(never).toEqual([]);
  });
});

describe('a line of “Who has looked”, through the API', () => {
  let t: TestApp;
  let priya: TestClient;
  let marie: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    [priya, marie] = await Promise.all([t.signIn('priya'), t.signIn('marie')]);
  });
  afterAll(() => t?.close());

  it('says what was done by the action’s name, who by kind, and the name, job and organisation as written', async () => {
    expect((await priya.get(`/api/families/${F}`)).statusCode).toBe(200);
    const items = (await marie.get('/api/portal/access-log')).json().items;
    expect(items.find((i: { action: string }) => i.action === 'family.viewed')).toEqual({
      at: expect.any(String),
      who: 'Priya Shah',
      role: "Children's social worker",
      organisation: "Northfield Children's Services",
      what: 'Looked at your family’s page',
      action: 'family.viewed',
      by: 'professional',
      name: 'Priya Shah',
      jobTitle: "Children's social worker",
    });
  });
});
