// Issue 14 §3, with the clock under the test's control: a contingency carer who has not answered within the set time
// is named to the children's key worker, once; one who answered, or whose crisis plan has ended, is not; a crisis plan
// not looked back at 14 days after it ended is a reminder to the parent and the key workers, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindCrisisPlans } from '../../../jobs/scheduler.ts';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const W = DEMO_PLAN_IDS.marieWellness;
const CLIVE = `00000000-0000-7000-8000-${'104'.padStart(12, '0')}`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'patricia', 'clive', 'daniel', 'priya']) c[u] = await t.signIn(u);
  // Clare's dad is asked to look after her, Patricia after Jamie: two carers to answer.
  const clare = (await as('priya').get(`/api/families/${F}/plans`))
    .json()
    .documents.find((d: { id: string }) => d.id === DEMO_PLAN_IDS.clareContingency);
  const named = await as('priya').put(`/api/families/${F}/plans/${DEMO_PLAN_IDS.clareContingency}/carer`, {
    version: clare.version,
    carerPersonId: CLIVE,
    askedOn: new Date().toISOString().slice(0, 10),
  });
  expect(named.statusCode, named.body).toBe(200);
});
afterAll(() => t?.close());

const notes = async (who: string, kind: string) =>
  ((await as(who).get('/api/notifications')).json().notifications as { kind: string; message: string }[]).filter((n) => n.kind === kind);
const start = async () => {
  const res = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, {});
  expect(res.statusCode, res.body).toBe(201);
  return { at: new Date(res.json().use.startedAt as string), id: res.json().use.id as string };
};
const end = async () => {
  const res = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/end`);
  expect(res.statusCode, res.body).toBe(200);
  return new Date(res.json().use.endedAt as string);
};
const run = (now: Date, hours?: number) => remindCrisisPlans(t.database.db, now, hours);

describe('a carer who has not answered', () => {
  it('is named to the children’s key worker after 2 hours, once; a carer who answered is not', async () => {
    const { at } = await start();
    expect((await as('clive').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' })).statusCode).toBe(200);

    expect((await run(new Date(at.getTime() + HOUR))).carers).toBe(0);
    expect(await notes('priya', 'crisis_carer_no_answer')).toEqual([]);

    expect((await run(new Date(at.getTime() + 2 * HOUR + 60_000))).carers).toBe(1);
    const told = await notes('priya', 'crisis_carer_no_answer');
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toBe(
      'Patricia has not said whether they can look after Jamie. Marie’s crisis plan started more than 2 hours ago. Please check who is looking after them.',
    );
    // The adult mental health key worker is not the children's key worker.
    expect(await notes('daniel', 'crisis_carer_no_answer')).toEqual([]);

    expect((await run(new Date(at.getTime() + 5 * HOUR))).carers).toBe(0);
    expect(await notes('priya', 'crisis_carer_no_answer')).toHaveLength(1);
    // Answering late still tells the key worker the answer, once.
    await as('patricia').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'can' });
    expect((await notes('priya', 'crisis_carer_answered')).map((n) => n.message).join()).toContain('Patricia can look after Jamie');
    await end();
  });

  it('the time is configuration; a carer who said “cannot” was told at once and is not named again; an ended plan asks nobody', async () => {
    const before = (await notes('priya', 'crisis_carer_no_answer')).length;
    const { at } = await start();
    await as('patricia').post(`/api/families/${F}/plans/${W}/crisis/carer-answer`, { answer: 'cannot', note: 'I am away.' });
    expect((await run(new Date(at.getTime() + 20 * 60_000), 0.5)).carers).toBe(0);
    expect((await run(new Date(at.getTime() + 31 * 60_000), 0.5)).carers).toBe(1);
    const told = await notes('priya', 'crisis_carer_no_answer');
    expect(told).toHaveLength(before + 1);
    expect(told[0]?.message).toContain('Clive has not said whether they can look after Clare');
    expect(told[0]?.message).toContain('more than 30 minutes ago');
    await end();

    const again = await start();
    await end();
    expect((await run(new Date(again.at.getTime() + 10 * HOUR))).carers).toBe(0);
  });
});

describe('after a crisis: the review reminder', () => {
  it('comes 14 days after the end if nobody has looked back, to the parent and the key workers, once', async () => {
    const ids = await t.database.asOwner(
      'SELECT id, ended_at FROM crisis_activations WHERE family_id = $1 AND reviewed_at IS NULL ORDER BY ended_at DESC',
      [F],
    );
    const latest = new Date(ids.rows[0]?.ended_at as Date);
    expect((await run(new Date(latest.getTime() + 13 * DAY))).reviews).toBe(0);
    expect(await notes('marie', 'crisis_review_due')).toHaveLength(0);
  });

  it('a use reviewed in time is not reminded; the others are, once each', async () => {
    const plan = (await as('marie').get(`/api/families/${F}/crisis-plans`)).json().crises[0];
    const reviewed = await as('marie').put(`/api/families/${F}/plans/${W}/crisis/review`, {
      version: plan.review.version,
      reflection: 'Patricia coming round early helped most.',
      done: true,
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const open = await t.database.asOwner(
      'SELECT count(*)::int AS n FROM crisis_activations WHERE family_id = $1 AND reviewed_at IS NULL',
      [F],
    );
    const far = new Date(Date.now() + 20 * DAY);
    const first = await run(far);
    expect(first.reviews).toBe(open.rows[0]?.n);
    const marie = await notes('marie', 'crisis_review_due');
    expect(marie).toHaveLength(first.reviews);
    expect(marie[0]?.message).toBe(
      'It has been two weeks since your crisis plan was last used. When you feel ready, you can write what helped and what you would change.',
    );
    for (const worker of ['daniel', 'priya']) expect(await notes(worker, 'crisis_review_due'), worker).toHaveLength(first.reviews);
    expect((await run(far)).reviews).toBe(0);
    expect(await notes('marie', 'crisis_review_due')).toHaveLength(first.reviews);
  });
});
