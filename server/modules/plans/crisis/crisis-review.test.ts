// Issue 14 §3, after a crisis: once her crisis plan is no longer needed it moves to "after a crisis", where the parent
// looks back in her own words (what helped, what she would change; 409 when stale), chooses whether her key workers
// read them, and changes her plan herself or takes in what workers suggest (the existing suggestions: she decides).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const W = DEMO_PLAN_IDS.marieWellness;
const REFLECTION = 'REFLECTION Patricia taking the children straight away helped most. Being asked, not told.';
const CHANGES = 'CHANGES Ask Clive to do the school run from the first day.';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'patricia', 'jamie', 'daniel', 'helen']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

type Crisis = {
  state: string;
  review: null | {
    reflection: string | null;
    changes: string | null;
    sharedWithKeyWorkers: boolean;
    reviewedAt: string | null;
    dueOn: string;
    version: number;
  };
  use: null | { endedAt: string | null };
  can: Record<string, boolean>;
};
const crisisOf = async (who: string) => {
  const res = await as(who).get(`/api/families/${F}/crisis-plans`);
  return { body: res.body, plan: (res.json().crises as Crisis[])[0] };
};
const review = (who: string, body: Record<string, unknown>) => as(who).put(`/api/families/${F}/plans/${W}/crisis/review`, body);

describe('after a crisis', () => {
  it('there is nothing to look back at before the plan was used, nor while it is in use', async () => {
    expect((await review('marie', { version: 1, reflection: 'Too soon' })).statusCode).toBe(409);
    expect((await as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, {})).statusCode).toBe(201);
    const inUse = await review('marie', { version: 1, reflection: 'Too soon' });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().message).toContain('still in use');
  });

  it('once it is no longer needed, the plan is “after a crisis”, with the review due 14 days after the end', async () => {
    const ended = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/end`);
    expect(ended.statusCode).toBe(200);
    const { plan } = await crisisOf('marie');
    expect(plan?.state).toBe('after_crisis');
    expect(plan?.can.review).toBe(true);
    const endedAt = new Date(plan?.use?.endedAt ?? '');
    expect(plan?.review).toMatchObject({
      reflection: null,
      reviewedAt: null,
      dueOn: new Date(endedAt.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
    });
    expect((await crisisOf('daniel')).plan?.state).toBe('after_crisis');
  });

  it('Marie writes what helped in her own words; her key workers do not read them until she chooses; a stale save is 409', async () => {
    const version = (await crisisOf('marie')).plan?.review?.version ?? 0;
    expect((await review('marie', { version, reflection: '   ' })).statusCode).toBe(400);
    const saved = await review('marie', { version, reflection: REFLECTION, changes: CHANGES });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().state).toBe('after_crisis');
    expect(saved.json().review).toMatchObject({ reflection: REFLECTION, changes: CHANGES, sharedWithKeyWorkers: false, reviewedAt: null });
    const daniel = await crisisOf('daniel');
    expect(daniel.plan?.review).toMatchObject({ reflection: null, changes: null, reviewedAt: null });
    expect(daniel.body).not.toContain('REFLECTION');
    expect(daniel.body).not.toContain('CHANGES');

    const stale = await review('marie', { version, reflection: 'Written on the other screen' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.review.reflection).toBe(REFLECTION);
  });

  it('only Marie writes it: a key worker is refused, anyone with nothing of the plan gets 404', async () => {
    const version = (await crisisOf('marie')).plan?.review?.version ?? 0;
    expect((await review('daniel', { version, reflection: 'Not his to write' })).statusCode).toBe(403);
    for (const who of ['patricia', 'helen', 'jamie']) {
      expect((await review(who, { version, reflection: 'Not theirs' })).statusCode, who).toBe(404);
      const seen = await crisisOf(who);
      expect(seen.body, who).not.toContain('REFLECTION');
    }
  });

  it('a worker suggests a change to her plan as before, and she decides; then she finishes the review and shares it', async () => {
    const suggested = await as('daniel').post(`/api/families/${F}/plans/${W}/suggestions`, {
      sectionKey: 'crisis_others_do',
      text: 'Clive could do the school run from the first day.',
    });
    expect(suggested.statusCode, suggested.body).toBe(200);
    const mine = (await as('marie').get(`/api/families/${F}/plans`)).json().documents.find((d: { id: string }) => d.id === W);
    const suggestion = mine.suggestions.find((s: { text: string }) => s.text.startsWith('Clive could do'));
    const accepted = await as('marie').post(`/api/families/${F}/plans/${W}/suggestions/${suggestion.id}`, { accept: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().sections.find((s: { key: string }) => s.key === 'crisis_others_do').text).toContain(
      'Clive could do the school run',
    );

    const version = (await crisisOf('marie')).plan?.review?.version ?? 0;
    const done = await review('marie', { version, reflection: REFLECTION, changes: CHANGES, shareWithKeyWorkers: true, done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().state).toBe('ready');
    expect(done.json().review.reviewedAt).not.toBeNull();
    expect((await crisisOf('daniel')).plan?.review).toMatchObject({ reflection: REFLECTION, changes: CHANGES, sharedWithKeyWorkers: true });
    const events = await t.database.asOwner(
      `SELECT details FROM audit_events WHERE action = 'crisis_plan.reviewed' AND family_id = $1 ORDER BY occurred_at`,
      [F],
    );
    expect(events.rows.map((r) => r.details)).toEqual([
      { done: false, shared: false },
      { done: true, shared: true },
    ]);
    // The words are never in the audit log.
    expect(JSON.stringify(events.rows)).not.toContain('REFLECTION');
  });
});
