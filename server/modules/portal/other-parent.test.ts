// Issue 13 §6 through the API: Clive, Jamie and Clare's dad who lives elsewhere, signs in as their other parent. He
// reads what is about the children and himself, never Marie's own information unless she shares it, and takes part in
// the children's plans as a parent; Marie sees him named as the children's dad, never as "someone you trust".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105) };

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const entries: Record<string, string> = {};

async function write(who: string, key: string, category: string, aboutPersonIds: string[]) {
  const res = await as(who).post(`/api/families/${F}/entries`, {
    kind: 'observation',
    occurredAt: new Date().toISOString(),
    category,
    text: `${key} written by ${who}`,
    aboutPersonIds,
  });
  expect(res.statusCode, res.body).toBe(201);
  entries[key] = res.json().id;
}

const recordOf = async (who: string) => {
  const res = await as(who).get('/api/portal/record');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().entries as { id: string; text: string | null }[]).map((e) => e.text ?? '');
};

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'marie', 'clive', 'patricia']) c[u] = await t.signIn(u);
  await write('priya', 'JAMIE-GENERAL', 'general', [P.jamie]);
  await write('priya', 'CHILDREN-SOCIAL-CARE', 'childrens_social_care', [P.jamie, P.clare]);
  await write('daniel', 'JAMIE-HEALTH', 'health', [P.jamie]);
  await write('daniel', 'CLIVE-HEALTH', 'health', [P.clive]);
  // Marie's mental health, even when it names Jamie, is hers.
  await write('daniel', 'MARIE-MH-NAMING-JAMIE', 'mental_health', [P.marie, P.jamie]);
  await write('daniel', 'MARIE-AND-JAMIE-HEALTH', 'health', [P.marie, P.jamie]);
  await write('priya', 'MARIE-GENERAL', 'general', [P.marie]);
});
afterAll(() => t?.close());

describe('what Clive, the children’s other parent, reads of the record', () => {
  it('entries about the children and himself; none of Marie’s own, even one naming Jamie', async () => {
    const texts = (await recordOf('clive')).join('\n');
    for (const key of ['JAMIE-GENERAL', 'CHILDREN-SOCIAL-CARE', 'JAMIE-HEALTH', 'CLIVE-HEALTH']) expect(texts).toContain(key);
    for (const key of ['MARIE-MH-NAMING-JAMIE', 'MARIE-AND-JAMIE-HEALTH', 'MARIE-GENERAL']) expect(texts).not.toContain(key);
    // The demo's own entries are all about Marie.
    expect(texts).not.toMatch(/voices|medication|Patricia rang/);
    // Marie still reads every one of them.
    const hers = (await recordOf('marie')).join('\n');
    for (const key of Object.keys(entries)) expect(hers).toContain(key);
  });

  it('he adds his view to an entry he can see, and cannot answer one he cannot', async () => {
    const reply = (key: string) =>
      as('clive').post(`/api/portal/entries/${entries[key]}/replies`, { kind: 'reply', text: 'Jamie told me the same at the weekend.' });
    const ok = await reply('JAMIE-GENERAL');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(JSON.stringify(ok.json().replies)).toContain('Jamie told me the same');
    expect((await reply('MARIE-MH-NAMING-JAMIE')).statusCode).toBe(404);
  });

  it('a relationship ended by the team ends what it opened, on his next request', async () => {
    await t.database.asOwner(`UPDATE relationships SET kind = 'other' WHERE from_person_id = $1 AND to_person_id = $2`, [P.clive, P.jamie]);
    try {
      const texts = (await recordOf('clive')).join('\n');
      expect(texts).not.toContain('JAMIE-GENERAL');
      expect(texts).toContain('CHILDREN-SOCIAL-CARE'); // about Clare too, who is still his child
      expect((await as('clive').get(`/api/families/${F}/children/${P.jamie}`)).statusCode).toBe(404);
    } finally {
      await t.database.asOwner(`UPDATE relationships SET kind = 'parent_of' WHERE from_person_id = $1 AND to_person_id = $2`, [
        P.clive,
        P.jamie,
      ]);
    }
    expect((await recordOf('clive')).join('\n')).toContain('JAMIE-GENERAL');
    expect((await as('clive').get(`/api/families/${F}/children/${P.jamie}`)).statusCode).toBe(200);
  });
});

describe('Marie’s own things stay hers', () => {
  it('her consents, her sharing page, who has looked and her sharing choices are refused', async () => {
    expect((await as('clive').get('/api/portal/sharing')).statusCode).toBe(403);
    expect((await as('clive').get('/api/portal/access-log')).statusCode).toBe(403);
    const consent = await as('clive').post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.council,
      purpose: 'So the social worker knows',
    });
    expect(consent.statusCode).toBe(403);
    const share = {
      documentKind: 'wellness',
      documentId: DEMO_PLAN_IDS.marieWellness,
      sectionKey: 'daily',
      recipientPersonId: P.clive,
      shared: true,
    };
    expect((await as('clive').put(`/api/families/${F}/plan-shares`, share)).statusCode).toBe(403);
  });

  it('her overview shows him no adult mental health involvement and no professionals’ notes', async () => {
    const res = await as('clive').get('/api/portal/my-family');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const marie = body.people.find((p: { id: string }) => p.id === P.marie);
    expect(marie.knownToAdultMentalHealth).not.toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/hospital|voices/i);
  });
});

describe('the children’s plans, as a parent', () => {
  it('reads and writes the children’s contingency plans; of Marie’s wellness plan only what she shared', async () => {
    const docs = (await as('clive').get(`/api/families/${F}/plans`)).json();
    type Doc = { id: string; kind: string; sections: { key: string; version: number }[]; can: { write: boolean } };
    const wellness = docs.documents.filter((d: Doc) => d.kind === 'wellness') as Doc[];
    expect(wellness.map((d) => d.sections.map((s) => s.key))).toEqual([['crisis_others_do']]);
    const jamie = docs.documents.find((d: Doc) => d.id === DEMO_PLAN_IDS.jamieContingency) as Doc;
    expect(jamie.can.write).toBe(true);
    const section = jamie.sections[0] as { key: string; version: number };
    const saved = await as('clive').put(`/api/families/${F}/plans/${jamie.id}/sections/${section.key}`, {
      version: section.version,
      text: 'CLIVE-VIEW: I can have the children on school nights too.',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const marieReads = (await as('marie').get(`/api/families/${F}/plans`)).json();
    expect(JSON.stringify(marieReads)).toContain('CLIVE-VIEW');
  });

  it('rates and agrees as a parent once Marie shares the goals with him, without being invited', async () => {
    const before = await as('clive').get(`/api/families/${F}/recovery-plan`);
    expect(before.json().plan).toBeNull();
    const shared = await as('marie').put(`/api/families/${F}/plan-shares`, {
      documentKind: 'recovery',
      documentId: DEMO_PLAN_IDS.recoveryPlan,
      sectionKey: 'goals',
      recipientPersonId: P.clive,
      shared: true,
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const plan = (await as('clive').get(`/api/families/${F}/recovery-plan`)).json();
    expect(plan.can.rate).toBe(true);
    const goal = plan.plan.items.find((i: { kind: string }) => i.kind === 'parent_goal');
    expect(goal).toBeDefined();
    const rated = await as('clive').put(`/api/families/${F}/recovery-plan/rating`, { itemId: goal.id, score: 6 });
    expect(rated.statusCode, rated.body).toBe(200);
    const ratings = (await as('marie').get(`/api/families/${F}/recovery-plan`)).json().plan.ratings as {
      itemId: string;
      name: string;
      role: string;
      score: number;
    }[];
    const his = ratings.find((r) => r.itemId === goal.id && r.name.startsWith('Clive'));
    expect(his).toMatchObject({ role: 'Parent', score: 6 });
  });

  it('Marie sees him among the people she can share with as Jamie and Clare’s dad, never as someone she trusts', async () => {
    const docs = (await as('marie').get(`/api/families/${F}/plans`)).json();
    const clive = docs.shareRecipients.find((r: { personId: string | null }) => r.personId === P.clive);
    expect(clive.description).toBe('Jamie and Clare’s dad');
    const patricia = docs.shareRecipients.find((r: { personId: string | null }) => r.personId === P.patricia);
    expect(patricia.description).toBe('Someone you trust');
  });
});
