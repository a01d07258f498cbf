// The crisis plan in action in a subject access export: each person's copy holds it as their own screens show it — the
// parent's every message and her reflection, the children's other parent only the message meant for him.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../audit/audit-log.ts';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../../seeds/demo-plans.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp, type TestClient } from '../../../test/test-app.ts';
import { runPendingExports } from '../../subject-access/index.ts';

const F = DEMO_IDS.mariesFamily;
const W = DEMO_PLAN_IDS.marieWellness;
const PATRICIA = '00000000-0000-7000-8000-000000000105';
const CLIVE = '00000000-0000-7000-8000-000000000104';
const HELEN = '00000000-0000-7000-8000-000000000025';
const FOR_PATRICIA = 'Please collect Clare from school and stay with the children.';
const FOR_HELEN = 'Please keep an eye on Jamie and Clare at school.';
const FOR_CLIVE = 'Please do the school runs this week.';
let t: TestApp;
let marie: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  marie = await t.signIn('marie');
  for (const [to, text] of [
    [{ recipientPersonId: PATRICIA }, FOR_PATRICIA],
    [{ recipientStaffId: HELEN }, FOR_HELEN],
    [{ recipientPersonId: CLIVE }, FOR_CLIVE],
  ] as const) {
    const res = await marie.put(`/api/families/${F}/plans/${W}/crisis-messages`, { ...to, text, version: 0 });
    expect(res.statusCode, res.body).toBe(200);
  }
  const started = await marie.post(`/api/families/${F}/plans/${W}/crisis/start`, {});
  expect(started.statusCode, started.body).toBeLessThan(300);
}, 120_000);
afterAll(() => t?.close());

async function exportOf(c: TestClient) {
  const asked = await c.post('/api/portal/exports');
  expect(asked.statusCode, asked.body).toBe(202);
  // Another runner may have claimed the export a moment before this one (claims skip locked rows): run until it is ready.
  const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
  await expect
    .poll(
      async () => {
        await runPendingExports({ db: t.database.db, audit });
        return (await c.get(`/api/exports/${asked.json().id}`)).json().status;
      },
      { timeout: 30_000 },
    )
    .toBe('ready');
  const got = await c.get(`/api/exports/${asked.json().id}`);
  const content = got.json().content;
  return JSON.stringify(typeof content === 'string' ? JSON.parse(content) : content);
}

describe('the crisis plan in a subject access export', () => {
  it('holds every message in the parent’s copy, and only his own in the other parent’s', async () => {
    const hers = await exportOf(marie);
    for (const words of [FOR_PATRICIA, FOR_HELEN, FOR_CLIVE]) expect(hers).toContain(words);
    const clives = await exportOf(await t.signIn('clive'));
    expect(clives).toContain(FOR_CLIVE);
    expect(clives).not.toContain(FOR_PATRICIA);
    expect(clives).not.toContain(FOR_HELEN);
  });
});
