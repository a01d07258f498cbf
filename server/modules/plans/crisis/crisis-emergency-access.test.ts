// Issue 14 §3: a crisis responder who is not on the care team reads, under emergency access, the sections of the
// wellness plan the parent marked for crisis services and the children's contingency plans, and nothing else of the
// wellness plan; every other rule of emergency access stands (read-only, audited, ends with the access).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, readPersonas } from '../../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';
import { currentTotp } from '../../auth/index.ts';

const F = DEMO_IDS.mariesFamily;
const W = DEMO_PLAN_IDS.marieWellness;
const secret = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'daniel', 'mark']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

type Doc = { id: string; kind: string; personId: string; sections: { key: string; text: string }[] };
const plansOf = async (who: string) => {
  const res = await as(who).get(`/api/families/${F}/plans`);
  return { status: res.statusCode, body: res.body, documents: res.statusCode === 200 ? (res.json().documents as Doc[]) : [] };
};
const mark = async (keys: string[]) => {
  const plan = (await as('marie').get(`/api/families/${F}/crisis-plans`)).json().crises[0];
  const res = await as('marie').put(`/api/families/${F}/plans/${W}/crisis-services`, { sectionKeys: keys, version: plan.documentVersion });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const CONTINGENCY_KEYS = ['carer', 'must_not_care', 'routine', 'keeping_in_touch', 'what_told', 'agencies'];
// Words of Marie's wellness plan that she did not mark for crisis services (demo-plans.ts).
const UNMARKED_WORDS = ['Chatty, busy, making plans', 'Up by eight', 'I stop answering the phone'];

describe('emergency access: the sections marked for crisis services and the children’s contingency plans', () => {
  let accessId = '';

  it('before any emergency access, the out-of-hours worker reaches nothing of the family', async () => {
    await mark(['crisis_signs', 'crisis_others_do']);
    expect((await plansOf('mark')).status).toBe(404);
    expect((await as('mark').get(`/api/families/${F}/crisis-plans`)).statusCode).toBe(404);
  });

  it('under emergency access, exactly the marked sections of the wellness plan and the whole of each contingency plan', async () => {
    const granted = await as('mark').post('/api/emergency-access', {
      familyIds: [F],
      reason: 'Out of hours: Marie’s crisis plan is in use and the crisis team is on its way.',
      code: currentTotp(secret('mark')),
    });
    expect(granted.statusCode, granted.body).toBe(201);
    accessId = granted.json().id;

    const { status, body, documents } = await plansOf('mark');
    expect(status).toBe(200);
    const wellness = documents.find((d) => d.kind === 'wellness');
    expect(wellness?.sections.map((s) => s.key)).toEqual(['crisis_signs', 'crisis_others_do']);
    expect(wellness?.sections.find((s) => s.key === 'crisis_signs')?.text).toContain('I stop talking');
    for (const words of UNMARKED_WORDS) expect(body).not.toContain(words);

    const contingency = documents.filter((d) => d.kind === 'contingency');
    expect(contingency.map((d) => d.id).sort()).toEqual([DEMO_PLAN_IDS.jamieContingency, DEMO_PLAN_IDS.clareContingency].sort());
    for (const d of contingency) expect(d.sections.map((s) => s.key)).toEqual(CONTINGENCY_KEYS);
    expect(body).toContain('Patricia will look after Jamie at her house on Elm Road');

    // Nothing of what Marie asked to be told to whom, and no sharing choices, reach the responder.
    const crises = await as('mark').get(`/api/families/${F}/crisis-plans`);
    expect(crises.statusCode).toBe(200);
    expect(crises.json().crises).toEqual([]);
  });

  it('a section she unmarks is gone on the next request; marking nothing leaves only the contingency plans', async () => {
    await mark(['crisis_signs']);
    let wellness = (await plansOf('mark')).documents.find((d) => d.kind === 'wellness');
    expect(wellness?.sections.map((s) => s.key)).toEqual(['crisis_signs']);
    await mark([]);
    const after = await plansOf('mark');
    wellness = after.documents.find((d) => d.kind === 'wellness');
    expect(wellness).toBeUndefined();
    expect(after.documents.filter((d) => d.kind === 'contingency')).toHaveLength(2);
    await mark(['crisis_signs', 'crisis_others_do']);
  });

  it('everything else is as before: the recovery plan’s category rule, no children’s words, and nothing can be changed', async () => {
    const thirdParty = await as('daniel').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'action',
      category: 'third_party',
      content: { what: 'THIRD-PARTY-ACTION from a neighbour’s call', who: 'Daniel', byWhen: '2027-03-01' },
    });
    expect(thirdParty.statusCode, thirdParty.body).toBe(201);
    const recovery = await as('mark').get(`/api/families/${F}/recovery-plan`);
    expect(recovery.statusCode).toBe(200);
    expect(recovery.body).not.toContain('THIRD-PARTY-ACTION');
    expect(recovery.json().plan.hiddenItems).toBeGreaterThan(0);
    expect((await as('mark').get(`/api/families/${F}/child-words`)).json().words).toEqual([]);

    const jamie = (await plansOf('mark')).documents.find((d) => d.id === DEMO_PLAN_IDS.jamieContingency);
    expect(
      (await as('mark').put(`/api/families/${F}/plans/${DEMO_PLAN_IDS.jamieContingency}/sections/routine`, { text: 'Changed', version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(jamie?.sections.find((s) => s.key === 'routine')?.text).toContain('8:05 bus');
    const marks = await as('mark').put(`/api/families/${F}/plans/${W}/crisis-services`, { sectionKeys: ['daily'], version: 1 });
    expect(marks.statusCode).toBe(403);
    const start = await as('mark').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: 'Trying' });
    expect(start.statusCode).toBe(404);
  });

  it('each read is on the record Marie sees, naming the sections read', async () => {
    const events = await t.database.asOwner(
      `SELECT details FROM audit_events WHERE action = 'plans.viewed' AND actor_staff_id = $1 AND family_id = $2 ORDER BY occurred_at`,
      ['00000000-0000-7000-8000-000000000029', F],
    );
    const seen = events.rows.at(-1)?.details.documents as { kind: string; sections: string[] }[];
    expect(seen.find((d) => d.kind === 'wellness')?.sections).toEqual(['crisis_signs', 'crisis_others_do']);
  });

  it('when the access ends, the family is out of reach again: 404', async () => {
    expect((await as('mark').post(`/api/emergency-access/${accessId}/end`)).statusCode).toBe(204);
    expect((await plansOf('mark')).status).toBe(404);
    expect((await as('mark').get(`/api/families/${F}/crisis-plans`)).statusCode).toBe(404);
  });
});
