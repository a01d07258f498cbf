// Issue 14 §3: what to tell whom (the parent's alone), "my crisis plan is now in use" (by her, or a key worker who says
// why; one at a time), each person told exactly their message and nothing more, each contingency carer's answer from
// their own login (a "cannot" tells the children's key worker, once), the young person's page, and the end of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const W = DEMO_PLAN_IDS.marieWellness;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const P = { jamie: id(102), clare: id(103), clive: id(104), patricia: id(105) };
const STAFF = { daniel: id(21), priya: id(23), helen: id(25) };
const WORDS = {
  patricia: 'PATRICIA-MSG please collect Clare from school and stay with the children',
  helen: 'HELEN-MSG please keep an eye on Jamie and Clare at school this week',
  clive: 'CLIVE-MSG please phone the children every evening',
};
// Words of Marie's wellness plan she shared with nobody (demo-plans.ts).
const UNSHARED = ['Chatty, busy, making plans', 'Up by eight', 'I stop answering the phone'];

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'patricia', 'clive', 'jamie', 'daniel', 'priya', 'helen', 'tom']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

type Crisis = {
  documentId: string;
  state: string;
  messages: { recipientPersonId: string | null; recipientStaffId: string | null; text: string; version: number }[];
  recipientChoices: { recipientPersonId: string | null; recipientStaffId: string | null; name: string }[];
  use: null | {
    id: string;
    startedByWorker: boolean;
    reason: string | null;
    people: { name: string; told: boolean; carerFor: string[]; answer: string | null; note: string | null }[];
  };
  forMe: null | { message: string | null; carerFor: { name: string; documentId: string }[]; answer: string | null };
  forChild: null | { opening: string; sections: { key: string; text: string }[] };
  can: Record<string, boolean>;
};
const crises = async (who: string) => {
  const res = await as(who).get(`/api/families/${F}/crisis-plans`);
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.body, crises: res.json().crises as Crisis[] };
};
const notes = async (who: string, kind: string) =>
  ((await as(who).get('/api/notifications')).json().notifications as { kind: string; message: string }[]).filter((n) => n.kind === kind);
const say = (who: string, to: { recipientPersonId?: string; recipientStaffId?: string }, text: string, version: number) =>
  as(who).put(`/api/families/${F}/plans/${W}/crisis-messages`, { ...to, text, version });

describe('what to tell whom: written by the parent only', () => {
  it('Marie chooses from the people she trusts, the children’s dad and her care team, and writes each one message', async () => {
    const [plan] = (await crises('marie')).crises;
    expect(plan?.state).toBe('ready');
    const choices = plan?.recipientChoices.map((r) => r.recipientPersonId ?? r.recipientStaffId);
    expect(choices).toEqual(expect.arrayContaining([P.patricia, P.clive, STAFF.helen, STAFF.daniel]));
    expect(choices).not.toContain(P.jamie);

    for (const [to, text] of [
      [{ recipientPersonId: P.patricia }, WORDS.patricia],
      [{ recipientStaffId: STAFF.helen }, WORDS.helen],
      [{ recipientPersonId: P.clive }, WORDS.clive],
    ] as const) {
      const res = await say('marie', to, text, 0);
      expect(res.statusCode, res.body).toBe(200);
    }
    const messages = (await crises('marie')).crises[0]?.messages ?? [];
    expect(messages.map((m) => m.text).sort()).toEqual(Object.values(WORDS).sort());
  });

  it('a stale save is 409 with what is saved now; the children and anyone not on the list cannot be chosen', async () => {
    expect((await say('marie', { recipientPersonId: P.patricia }, 'Another first version', 0)).statusCode).toBe(409);
    const changed = await say('marie', { recipientPersonId: P.patricia }, `${WORDS.patricia}.`, 1);
    expect(changed.statusCode, changed.body).toBe(200);
    const stale = await say('marie', { recipientPersonId: P.patricia }, 'Written on another screen', 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.messages.find((m: { recipientPersonId: string }) => m.recipientPersonId === P.patricia).text).toBe(
      `${WORDS.patricia}.`,
    );
    expect((await say('marie', { recipientPersonId: P.jamie }, 'Not for a child', 0)).statusCode).toBe(400);
    expect((await say('marie', { recipientStaffId: id(29) }, 'Not on the team', 0)).statusCode).toBe(400);
  });

  it('nobody else writes them: key workers, the people told and the other parent are refused', async () => {
    for (const who of ['daniel', 'patricia', 'clive', 'jamie'])
      expect((await say(who, { recipientPersonId: P.patricia }, 'Not mine to write', 2)).statusCode, who).toBe(403);
  });

  it('before the plan is in use, the people chosen are told nothing; the key workers see only that it is ready', async () => {
    for (const who of ['patricia', 'clive', 'helen', 'jamie', 'tom']) expect((await crises(who)).crises, who).toEqual([]);
    const { body, crises: [plan] = [] } = await crises('daniel');
    expect(plan?.state).toBe('ready');
    expect(plan?.can).toMatchObject({ start: true, end: false, startNeedsReason: true, writeMessages: false });
    for (const text of Object.values(WORDS)) expect(body).not.toContain(text.slice(0, 12));
  });
});

describe('my crisis plan is now in use', () => {
  let useId = '';

  it('Marie starts it; a second start answers with the one in use; two at once make one', async () => {
    const started = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, {});
    expect(started.statusCode, started.body).toBe(201);
    const plan = started.json() as Crisis;
    expect(plan.state).toBe('in_use');
    useId = plan.use?.id ?? '';
    expect(plan.use?.startedByWorker).toBe(false);
    expect(plan.use?.people.map((p) => [p.name, p.told, p.carerFor]).sort()).toEqual(
      [
        ['Clive', true, []],
        ['Helen Carter', true, []],
        ['Patricia', true, ['Jamie', 'Clare']],
      ].sort(),
    );
    const again = await Promise.all([
      as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, {}),
      as('daniel').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: 'Marie rang the duty line.' }),
    ]);
    expect(again.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(again.map((r) => r.json().use.id)).toEqual([useId, useId]);
    const inUse = await t.database.asOwner('SELECT count(*)::int AS n FROM crisis_activations WHERE family_id = $1 AND ended_at IS NULL', [
      F,
    ]);
    expect(inUse.rows[0]?.n).toBe(1);
    const events = await t.database.asOwner(`SELECT details FROM audit_events WHERE action = 'crisis_plan.started' AND family_id = $1`, [
      F,
    ]);
    expect(events.rows.map((r) => r.details)).toContainEqual({ told: 3, carers: 1, byWorker: false });
  });

  it('each person chosen is told, with a link to their page; the key workers are told who started it', async () => {
    expect((await notes('patricia', 'crisis_plan_started'))[0]?.message).toContain('You are named to look after Jamie and Clare');
    expect((await notes('helen', 'crisis_plan_started'))[0]?.message).toContain('Marie asked us to tell you something');
    expect(await notes('clive', 'crisis_plan_started')).toHaveLength(1);
    for (const worker of ['daniel', 'priya']) expect((await notes(worker, 'crisis_plan_started'))[0]?.message).toContain('Marie started');
    expect(await notes('tom', 'crisis_plan_started')).toEqual([]);
    // Nobody's notification carries what Marie asked to be told: that is on their page only.
    for (const who of ['patricia', 'helen', 'clive', 'daniel'])
      for (const n of await notes(who, 'crisis_plan_started')) expect(n.message).not.toContain('MSG');
  });

  it('what leaves the server for Patricia: her message, not anyone else’s, and no section Marie did not share', async () => {
    const { body, crises: [plan] = [] } = await crises('patricia');
    expect(plan?.forMe?.message).toBe(`${WORDS.patricia}.`);
    expect(plan?.forMe?.carerFor.map((x) => [x.name, x.documentId])).toEqual([
      ['Jamie', DEMO_PLAN_IDS.jamieContingency],
      ['Clare', DEMO_PLAN_IDS.clareContingency],
    ]);
    expect(plan?.can.answerAsCarer).toBe(true);
    expect(plan?.messages).toEqual([]);
    expect(plan?.use).toBeNull();
    expect(body).not.toContain('HELEN-MSG');
    expect(body).not.toContain('CLIVE-MSG');
    for (const words of UNSHARED) expect(body).not.toContain(words);
    // Her plans read as before: what Marie shared with her, and the children's contingency plans she cares under.
    const plans = await as('patricia').get(`/api/families/${F}/plans`);
    for (const words of UNSHARED) expect(plans.body).not.toContain(words);
    expect(plans.body).not.toContain('MSG');
  });

  it('Helen and Clive read their own message only; a worker not chosen, nothing; the key workers, who was told but no words', async () => {
    const helen = await crises('helen');
    expect(helen.crises[0]?.forMe).toMatchObject({ message: WORDS.helen, carerFor: [], answer: null });
    expect(helen.crises[0]?.can.answerAsCarer).toBe(false);
    expect(helen.body).not.toContain('PATRICIA-MSG');
    expect(helen.body).not.toContain('CLIVE-MSG');
    const clive = await crises('clive');
    expect(clive.crises[0]?.forMe?.message).toBe(WORDS.clive);
    expect(clive.body).not.toContain('PATRICIA-MSG');
    expect((await crises('tom')).crises).toEqual([]);
    const daniel = await crises('daniel');
    expect(daniel.crises[0]?.use?.people).toHaveLength(3);
    expect(daniel.body).not.toContain('MSG');
    expect(daniel.crises[0]?.can).toMatchObject({ start: false, end: true });
  });

  it('Patricia confirms from her own login; a “cannot” tells the children’s key worker, once each', async () => {
    expect((await as('helen').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' })).statusCode).toBe(403);
    expect((await as('clive').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' })).statusCode).toBe(403);
    expect((await as('tom').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' })).statusCode).toBe(403);

    const can = await as('patricia').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' });
    expect(can.statusCode, can.body).toBe(200);
    expect(can.json().forMe.answer).toBe('can');
    expect((await notes('priya', 'crisis_carer_answered'))[0]?.message).toContain('Patricia can look after Jamie and Clare');
    expect(await notes('daniel', 'crisis_carer_answered')).toEqual([]);
    await as('patricia').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' });
    expect(await notes('priya', 'crisis_carer_answered')).toHaveLength(1);

    const cannot = await as('patricia').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, {
      answer: 'cannot',
      note: 'My mum has been taken to hospital.',
    });
    expect(cannot.statusCode).toBe(200);
    const told = await notes('priya', 'crisis_carer_answered');
    expect(told).toHaveLength(2);
    expect(told.map((n) => n.message).join()).toContain('Patricia cannot look after Jamie and Clare');
    const marie = (await crises('marie')).crises[0];
    expect(marie?.use?.people.find((p) => p.name === 'Patricia')).toMatchObject({
      answer: 'cannot',
      note: 'My mum has been taken to hospital.',
    });
    const alerted = await t.database.asOwner(
      'SELECT alerted_at FROM crisis_activation_people WHERE activation_id = $1 AND person_id = $2',
      [useId, P.patricia],
    );
    expect(alerted.rows[0]?.alerted_at).not.toBeNull();
  });

  it('Jamie’s page says in plain, kind words what happens now, from his own contingency plan', async () => {
    const { body, crises: [plan] = [] } = await crises('jamie');
    expect(plan?.forChild?.opening).toContain('Your mum is not very well at the moment and is getting help');
    expect(plan?.forChild?.opening).toContain('it is not your fault');
    expect(plan?.forChild?.sections.map((s) => s.key)).toEqual(['carer', 'what_told']);
    expect(plan?.forChild?.sections[0]?.text).toContain('Patricia will look after Jamie');
    expect(plan?.forMe).toBeNull();
    expect(body).not.toContain('MSG');
    expect(body).not.toContain('Clare walks to Oak Lane');
    const plans = (await as('jamie').get(`/api/families/${F}/plans`)).json().documents as { id: string; sections: { key: string }[] }[];
    expect(plans.find((d) => d.id === DEMO_PLAN_IDS.jamieContingency)?.sections.map((s) => s.key)).toEqual(['carer', 'what_told']);
    expect(plans.find((d) => d.id === DEMO_PLAN_IDS.clareContingency)).toBeUndefined();
  });

  it('Marie says it is no longer needed: the people told are told, and their pages and Jamie’s go back to how they were', async () => {
    expect((await as('helen').post(`/api/families/${F}/plans/${W}/crisis/end`)).statusCode).toBe(403);
    const ended = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().state).toBe('after_crisis');
    expect((await notes('patricia', 'crisis_plan_ended'))[0]?.message).toBe(
      'Marie’s crisis plan is no longer in use. Thank you for your help.',
    );
    expect(await notes('priya', 'crisis_plan_ended')).toHaveLength(1);
    for (const who of ['patricia', 'helen', 'jamie']) expect((await crises(who)).crises, who).toEqual([]);
    const plans = (await as('jamie').get(`/api/families/${F}/plans`)).json().documents as { id: string }[];
    expect(plans.find((d) => d.id === DEMO_PLAN_IDS.jamieContingency)).toBeUndefined();
    expect((await as('patricia').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' })).statusCode).toBe(409);
    expect((await as('marie').post(`/api/families/${F}/plans/${W}/crisis/end`)).statusCode).toBe(409);
  });

  it('a key worker starts it only with a reason, which Marie reads; she is told; someone not on it gets 404', async () => {
    expect((await as('tom').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: 'I am worried.' })).statusCode).toBe(404);
    const noReason = await as('priya').post(`/api/families/${F}/plans/${W}/crisis/start`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields?.reason).toBeTruthy();
    const started = await as('priya').post(`/api/families/${F}/plans/${W}/crisis/start`, {
      reason: 'The school rang: Marie did not collect Clare and is not answering.',
    });
    expect(started.statusCode, started.body).toBe(201);
    const marie = (await crises('marie')).crises[0];
    expect(marie?.use).toMatchObject({
      startedByWorker: true,
      reason: 'The school rang: Marie did not collect Clare and is not answering.',
    });
    expect((await notes('marie', 'crisis_plan_started'))[0]?.message).toContain('Priya Shah started your crisis plan');
    // Priya started it: she is not told of her own start, Daniel is.
    expect(await notes('priya', 'crisis_plan_started')).toHaveLength(1);
    expect(await notes('daniel', 'crisis_plan_started')).toHaveLength(2);
    const ended = await as('priya').post(`/api/families/${F}/plans/${W}/crisis/end`);
    expect(ended.statusCode).toBe(200);
    expect((await notes('marie', 'crisis_plan_ended'))[0]?.message).toContain('Priya Shah said your crisis plan is no longer needed');
  });

  it('two starts at the same moment make one use: one is told it started, the other is answered with it', async () => {
    const both = await Promise.all([
      as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, {}),
      as('daniel').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: 'Marie rang the duty line.' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(both.map((r) => r.json().use.id)).size).toBe(1);
    const inUse = await t.database.asOwner('SELECT count(*)::int AS n FROM crisis_activations WHERE family_id = $1 AND ended_at IS NULL', [
      F,
    ]);
    expect(inUse.rows[0]?.n).toBe(1);
    expect((await as('marie').post(`/api/families/${F}/plans/${W}/crisis/end`)).statusCode).toBe(200);
  });
});
