// No change to the family's situation happens silently (issue 13 §7, PRODUCT §7): a new involvement level is told to
// the parent in full (what it means, what happens next, whom to talk to, her right to add her view), and so is a key
// worker replaced by another; joining and leaving the team are told too (care-teams.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const told = async (who: string, kind: string) =>
  (await as(who).get('/api/notifications'))
    .json()
    .notifications.filter((n: { kind: string }) => n.kind === kind)
    .map((n: { message: string }) => n.message) as string[];
const memberId = async (name: string) =>
  (await as('angela').get(`/api/families/${F}`)).json().careTeam.find((m: { name: string }) => m.name === name)?.id as string;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['priya', 'angela', 'marie', 'jamie']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('telling the family what changes', () => {
  it('the move to a child protection plan tells Marie what it means, what happens next, whom to talk to and her right to reply', async () => {
    const res = await as('priya').post(`/api/families/${F}/involvement`, { level: 'child_protection_plan', startedOn: '2026-11-02' });
    expect(res.statusCode, res.body).toBe(204);
    const messages = await told('marie', 'involvement_changed');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toBe(
      'Children’s services’ involvement with your family has changed from “Child in need” to “Child protection plan”. ' +
        'What this means: A meeting of professionals decided there is a risk of serious harm to your child, and a plan is needed to keep them safe. ' +
        'What happens next: A social worker visits often. A group of people, including you, meets regularly to check the plan is working. It is reviewed at least every six months. ' +
        'Your rights: You can go to the meetings, bring a supporter, say what you think, and complain if you disagree. You can get free advice from a solicitor or a family advice charity. ' +
        "If you have questions, talk to Priya Shah at Northfield Children's Services. " +
        'You can add your own view to what is written about this, and it will be kept beside it.',
    );
    // Only the parent is told; saving the same level again tells nobody again.
    expect(await told('jamie', 'involvement_changed')).toEqual([]);
    await as('priya').post(`/api/families/${F}/involvement`, { level: 'child_protection_plan', startedOn: '2026-11-03' });
    expect(await told('marie', 'involvement_changed')).toHaveLength(1);
  });

  it('a key worker replaced: Marie is told who takes over from whom and what they do', async () => {
    expect(
      (await as('angela').post(`/api/families/${F}/care-team/${await memberId('Priya Shah')}/end`, { reason: 'Moved team' })).statusCode,
    ).toBe(204);
    expect(
      (await as('angela').post(`/api/families/${F}/care-team/${await memberId('Tom Reilly')}/end`, { reason: 'Becomes key worker' }))
        .statusCode,
    ).toBe(204);
    const tom = (await as('angela').get('/api/staff?q=tom')).json().staff[0].id;
    const added = await as('angela').post(`/api/families/${F}/care-team`, {
      staffId: tom,
      teamRole: 'family_support_worker',
      keyWorker: 'childrens_services',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(await told('marie', 'key_worker_changed')).toEqual([
      "Tom Reilly (Family support worker, Northfield Children's Services) is now your family’s key worker for children’s services, instead of Priya Shah. Helps your family day to day: routines, parenting, and getting to the help you need. A key worker is the person to go to first. You can see how to reach them on your family’s page.",
    ]);
    expect((await told('marie', 'care_team_changed')).filter((m) => m.startsWith('Tom Reilly') && m.includes('is now working'))).toEqual(
      [],
    );
  });
});
