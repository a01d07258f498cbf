// A stale save's 409 carries what the save that won wrote, for every versioned update (issue 12, item 7): entries,
// plan items and settings, children's words, people, households and glossary terms. On a server database the loser's
// first read can come before the winner's commit, so the body must be read again after the failed UPDATE.
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
const CLARE = '00000000-0000-7000-8000-000000000103';
const CLARES_WORDS = '00000000-0000-7000-8000-000000000591';
const onServer = Boolean(process.env.TEST_DATABASE_URL);

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'sarah', 'priya', 'angela', 'alex']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The winner's change is made and held uncommitted by a connection of its own; the loser's request is sent, and once it
 * waits for the winner's row lock (its first reads already done) the winner commits. Deterministic: the loser always
 * read the row before the winner's commit, and its conditional UPDATE always fails after it.
 */
async function loseTo(winner: string, values: unknown[], loser: () => Promise<LightMyRequestResponse>) {
  const holder = new pg.Client(t.database.ownerConnection);
  await holder.connect();
  try {
    await holder.query('BEGIN');
    const pid = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const changed = await holder.query(winner, values);
    expect(changed.rowCount).toBe(1);
    const pending = loser();
    for (let waited = 0; ; waited += 20) {
      const r = await t.database.asOwner('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid]);
      if (r.rows[0].n > 0) break;
      if (waited > 60_000) throw new Error('The losing save never waited for the winner’s row lock.');
      await sleep(20);
    }
    await holder.query('COMMIT');
    return await pending;
  } finally {
    await holder.end();
  }
}

async function newEntry(text: string) {
  const res = await as('priya').post(`/api/families/${F}/entries`, {
    kind: 'home_visit',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    category: 'general',
    text,
    presentPersonIds: [MARIE],
    aboutPersonIds: [MARIE],
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number; category: string; occurredAt: string };
}
const entryEdit = (entry: { version: number; category: string; occurredAt: string }, text: string) => ({
  version: entry.version,
  text,
  category: entry.category,
  occurredAt: entry.occurredAt,
  changeNote: 'Clearer wording',
});
const worryContent = (impact: string) => ({
  whoIsWorried: 'Priya',
  worry: 'Marie finds mornings hard.',
  impactOnChild: impact,
  safetyGoal: {
    parentWillBeDoing: 'Getting up',
    childWillExperience: 'Breakfast',
    professionalsWillSee: 'Attendance',
    forHowLong: 'Three months',
  },
});
async function worryNow() {
  const plan = (await as('sarah').get(`/api/families/${F}/recovery-plan`)).json();
  return plan.plan.items.find((i: { id: string }) => i.id === DEMO_PLAN_IDS.worry) as { id: string; version: number; content: object };
}

// One connection to the embedded database runs one transaction at a time, so there the loser cannot read before the
// winner commits: these races exist only on a PostgreSQL server (TEST_DATABASE_URL).
describe.skipIf(!onServer)('a save that loses to a concurrent one gets the winner’s row in its 409', () => {
  it('an entry', async () => {
    const entry = await newEntry('Stale entry: first words.');
    const res = await loseTo(
      "UPDATE record_entries SET text = 'Stale entry: the winner’s words.', version = version + 1 WHERE id = $1",
      [entry.id],
      () => as('priya').put(`/api/families/${F}/entries/${entry.id}`, entryEdit(entry, 'Stale entry: the loser’s words.')),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ id: entry.id, text: 'Stale entry: the winner’s words.', version: 2 });
  });

  it('an entry’s withholding', async () => {
    const entry = await newEntry('Stale withholding: first words.');
    const res = await loseTo(
      "UPDATE record_entries SET withholding_scope = 'whole', withholding_reason = 'third_party', withholding_review_on = '2099-01-01', version = version + 1 WHERE id = $1",
      [entry.id],
      () => as('priya').post(`/api/families/${F}/entries/${entry.id}/withholding`, { version: 1, withholding: null }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ version: 2, withholding: { scope: 'whole' } });
  });

  it('a plan item, named after whoever saved it', async () => {
    const worry = await worryNow();
    const res = await loseTo(
      "UPDATE recovery_plan_items SET content = jsonb_set(content, '{impactOnChild}', '\"WINNER-IMPACT\"'), updated_by_name = 'Winner Person', version = version + 1 WHERE id = $1",
      [worry.id],
      () =>
        as('daniel').put(`/api/families/${F}/recovery-plan/items/${worry.id}`, { version: worry.version, content: worryContent('LOSER') }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ version: worry.version + 1, content: { impactOnChild: 'WINNER-IMPACT' } });
    expect(res.json().message).toMatch(/^Winner Person changed this/);
  });

  it('the plan’s review date and invitations', async () => {
    const plan = (await as('sarah').get(`/api/families/${F}/recovery-plan`)).json().plan;
    const res = await loseTo("UPDATE recovery_plans SET review_on = '2098-03-04', version = version + 1 WHERE id = $1", [plan.id], () =>
      as('sarah').put(`/api/families/${F}/recovery-plan`, { version: plan.version, reviewOn: '2097-01-01', ratingInviteePersonIds: [] }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current.plan).toMatchObject({ version: plan.version + 1, reviewOn: '2098-03-04' });
  });

  it('who reads a child’s words', async () => {
    const words = (await as('priya').get(`/api/families/${F}/child-words`)).json().words.find((w: { id: string }) => w.id === CLARES_WORDS);
    const res = await loseTo("UPDATE child_words SET share_with = '{care_team}', version = version + 1 WHERE id = $1", [CLARES_WORDS], () =>
      as('priya').put(`/api/families/${F}/child-words/${CLARES_WORDS}/sharing`, {
        version: words.version,
        shareWith: [],
        childConsented: false,
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ id: CLARES_WORDS, version: words.version + 1, shareWith: ['care_team'] });
  });

  it('a person', async () => {
    const o = (await as('priya').get(`/api/families/${F}`)).json();
    const clare = o.people.find((p: { id: string }) => p.id === CLARE);
    const res = await loseTo("UPDATE people SET school = 'Winner Primary', version = version + 1 WHERE id = $1", [CLARE], () =>
      as('priya').put(`/api/families/${F}/people/${CLARE}`, {
        kind: 'child',
        fullName: clare.fullName,
        preferredName: 'Clare',
        dateOfBirth: clare.dateOfBirth,
        householdId: clare.householdId,
        school: 'Loser School',
        version: clare.version,
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ id: CLARE, version: clare.version + 1, school: 'Winner Primary' });
  });

  it('a household', async () => {
    const added = (await as('priya').post(`/api/families/${F}/households`, { name: 'Stale house', addressConfidential: false })).json();
    const res = await loseTo("UPDATE households SET name = 'Winner house', version = version + 1 WHERE id = $1", [added.id], () =>
      as('priya').put(`/api/families/${F}/households/${added.id}`, { name: 'Loser house', addressConfidential: false, version: 1 }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ id: added.id, version: 2, name: 'Winner house' });
  });

  it('a glossary term', async () => {
    const lac = (await t.client().get('/api/glossary')).json().terms.find((x: { term: string }) => x.term === 'LAC');
    const res = await loseTo(
      "UPDATE glossary_terms SET plain = 'the winner’s plain words', version = version + 1 WHERE id = $1",
      [lac.id],
      () => as('alex').put(`/api/glossary/${lac.id}`, { ...lac, id: undefined, plain: 'the loser’s plain words' }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ id: lac.id, version: lac.version + 1, plain: 'the winner’s plain words' });
  });
});

describe('two saves of one thing at once, 50 times over', () => {
  it('an entry: one is saved, and the other’s 409 holds the saved words', async () => {
    const entry = await newEntry('Race: round 0.');
    let version = entry.version;
    for (let round = 1; round <= 50; round++) {
      const body = (who: string) => entryEdit({ ...entry, version }, `Race: round ${round} by ${who}.`);
      const [a, b] = await Promise.all([
        as('priya').put(`/api/families/${F}/entries/${entry.id}`, body('Priya')),
        as('angela').put(`/api/families/${F}/entries/${entry.id}`, body('Angela')),
      ]);
      const won = [a, b].find((r) => r.statusCode === 200);
      const lost = [a, b].find((r) => r.statusCode === 409);
      expect([a.statusCode, b.statusCode].sort(), `round ${round}`).toEqual([200, 409]);
      expect(lost?.json().current, `round ${round}`).toMatchObject({ text: won?.json().text, version: version + 1 });
      version += 1;
    }
  });

  it('a plan item: one is saved, and the other’s 409 holds the saved words', async () => {
    let worry = await worryNow();
    for (let round = 1; round <= 50; round++) {
      const save = (who: string) =>
        as(who).put(`/api/families/${F}/recovery-plan/items/${worry.id}`, {
          version: worry.version,
          content: worryContent(`round ${round} by ${who}`),
        });
      const [a, b] = await Promise.all([save('sarah'), save('daniel')]);
      const won = [a, b].find((r) => r.statusCode === 200);
      const lost = [a, b].find((r) => r.statusCode === 409);
      expect([a.statusCode, b.statusCode].sort(), `round ${round}`).toEqual([200, 409]);
      expect(lost?.json().current, `round ${round}`).toMatchObject({
        version: worry.version + 1,
        content: { impactOnChild: won?.json().content.impactOnChild },
      });
      worry = won?.json() ?? worry;
    }
  });
});
