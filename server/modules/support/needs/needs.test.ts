// Needs through the API (issue 15 §1): the family adds and edits in their own words, a worker adds one with them (they
// are told and can say "that's not right"), who may change what (403 naming who can, 404 for what they do not read),
// stale saves, idempotent retries, bad input, the category rule, each family member's own page, and barriers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
let c: Record<'marie' | 'jamie' | 'clive' | 'patricia' | 'daniel' | 'helen' | 'tom' | 'priya', TestClient>;
let P: Record<string, string> = {};
let staff: Record<string, string> = {};

type NeedBody = {
  id: string;
  personId: string;
  words: string;
  version: number;
  gap: string;
  allowed: Record<string, boolean>;
  notRight: unknown;
};
type Page = {
  people: {
    personId: string;
    name: string;
    needs: NeedBody[];
    barriers: { version: number; childcare: string | null };
    mayAddNeed: boolean;
  }[];
  hiddenNeeds: number;
  gaps: { notOffered: number; notReceived: number; notHelping: number };
};

const words = (page: Page) => page.people.flatMap((p) => p.needs.map((n) => n.words));
/** A day `n` days before today (YYYY-MM-DD). */
const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const count = async (q: string, params: unknown[] = []) => Number((await t.database.asOwner(q, params)).rows[0].n);
const need = (over: Record<string, unknown> = {}) => ({
  personId: P.marie,
  domain: 'money',
  words: 'Help with money',
  importance: 'a_lot',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const names = ['marie', 'jamie', 'clive', 'patricia', 'daniel', 'helen', 'tom', 'priya'] as const;
  c = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.signIn(n)]))) as typeof c;
  const people = (await t.database.asOwner('SELECT id, preferred_name FROM people WHERE family_id = $1', [F])).rows as {
    id: string;
    preferred_name: string;
  }[];
  P = Object.fromEntries(people.map((p) => [p.preferred_name.toLowerCase(), p.id]));
  const rows = (await t.database.asOwner('SELECT username, staff_id FROM accounts WHERE staff_id IS NOT NULL')).rows as {
    username: string;
    staff_id: string;
  }[];
  staff = Object.fromEntries(rows.map((r) => [r.username, r.staff_id]));
}, 180_000);
afterAll(async () => t?.close());

describe('the family writes down what would help', () => {
  let moneyId: string;

  it('adds her own need in her words, once for a retried key; another body with the same key is refused', async () => {
    const first = await c.marie.post('/api/portal/needs', need(), { 'idempotency-key': 'marie-money-1' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      words: 'Help with money',
      raisedBy: 'person',
      writtenBy: 'Marie',
      gap: 'not_offered',
      status: 'open',
    });
    expect(first.json().allowed).toEqual({ edit: true, notRight: false, addSupport: true, refer: true });
    moneyId = first.json().id;
    const retry = await c.marie.post('/api/portal/needs', need(), { 'idempotency-key': 'marie-money-1' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(moneyId);
    const changed = await c.marie.post('/api/portal/needs', need({ words: 'Help with debt' }), { 'idempotency-key': 'marie-money-1' });
    expect(changed.statusCode).toBe(422);
    expect(await count("SELECT count(*) AS n FROM needs WHERE idempotency_key = 'marie-money-1'")).toBe(1);
  });

  it('a parent adds for her children, the other parent for his, a young person only for himself', async () => {
    expect(
      (await c.marie.post('/api/portal/needs', need({ personId: P.clare, domain: 'childcare_school', words: 'Childcare on Tuesdays' })))
        .statusCode,
    ).toBe(201);
    expect(
      (await c.clive.post('/api/portal/needs', need({ personId: P.clare, domain: 'travel', words: 'Lifts to dance class' }))).statusCode,
    ).toBe(201);
    expect(
      (await c.jamie.post('/api/portal/needs', need({ personId: P.jamie, domain: 'child_own', words: 'Somewhere quiet to do homework' })))
        .statusCode,
    ).toBe(201);
    const forMum = await c.jamie.post('/api/portal/needs', need({ words: 'Jamie writing for mum' }));
    expect(forMum.statusCode).toBe(403);
    expect(forMum.json().message).toMatch(/parent/);
    expect((await c.clive.post('/api/portal/needs', need({ words: 'Clive writing for Marie' }))).statusCode).toBe(403);
    expect(await count("SELECT count(*) AS n FROM needs WHERE words LIKE '% writing for %'")).toBe(0);
    const denied = await count(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND details->>'attempted' = 'need.added'",
    );
    expect(denied).toBeGreaterThanOrEqual(2);
  });

  it('refuses bad input with the field named, saving nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM needs');
    const res = await c.marie.post('/api/portal/needs', need({ words: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('words');
    const badDomain = await c.marie.post('/api/portal/needs', need({ domain: 'feelings' }));
    expect(badDomain.statusCode).toBe(400);
    expect(badDomain.json().fields).toHaveProperty('domain');
    const stranger = await c.tom.post(`/api/families/${F}/needs`, need({ personId: '00000000-0000-4000-8000-000000000001' }));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().fields).toHaveProperty('personId');
    expect(await count('SELECT count(*) AS n FROM needs')).toBe(before);
  });

  it('lets her change her own words, and answers a stale save with 409 and the need as it is now', async () => {
    const edit = { domain: 'money', words: 'Help with money and the gas bill', importance: 'a_lot', status: 'open', version: 1 };
    const ok = await c.marie.put(`/api/portal/needs/${moneyId}`, edit);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ words: 'Help with money and the gas bill', version: 2 });
    const stale = await c.marie.put(`/api/portal/needs/${moneyId}`, { ...edit, words: 'Something else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ words: 'Help with money and the gas bill', version: 2 });
  });

  it('does not let a worker rewrite the family’s words (403 naming who can), nor a key worker either', async () => {
    const edit = { domain: 'money', words: 'Rewritten by a worker', importance: 'a_lot', status: 'open', version: 2 };
    const tom = await c.tom.put(`/api/families/${F}/needs/${moneyId}`, edit);
    expect(tom.statusCode).toBe(403);
    expect(tom.json().message).toMatch(/family/);
    expect((await c.daniel.put(`/api/families/${F}/needs/${moneyId}`, edit)).statusCode).toBe(403);
    // A key worker may say whether it is still needed, without touching her words; another worker may not.
    const status = { domain: 'money', words: 'Help with money and the gas bill', importance: 'a_lot', status: 'open', version: 2 };
    expect((await c.tom.put(`/api/families/${F}/needs/${moneyId}`, { ...status, status: 'met' })).statusCode).toBe(403);
  });
});

describe('a worker writes one down with the family', () => {
  let mhId: string;

  it('Daniel adds a mental health need with Marie; she is told, and it names him', async () => {
    const res = await c.daniel.post(
      `/api/families/${F}/needs`,
      need({ domain: 'mental_health', words: 'A night-time listener', importance: 'quite_a_lot' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ raisedBy: 'worker', writtenBy: 'Daniel Okafor, community mental health nurse' });
    mhId = res.json().id;
    const told = await t.database.asOwner(
      "SELECT message, recipient_account_id FROM notifications WHERE kind = 'need_added' AND message LIKE 'Daniel Okafor%'",
    );
    expect(told.rows).toHaveLength(1);
    expect(told.rows[0].message).toMatch(/^Daniel Okafor wrote down something that would help you/);
    expect(told.rows[0].message).not.toContain('night-time listener');
    const marie = await c.marie.get('/api/portal/needs');
    const mine = (marie.json() as Page).people[0]?.needs.find((n) => n.id === mhId);
    expect(mine?.allowed).toEqual({ edit: false, notRight: true, addSupport: true, refer: true });
  });

  it('is read by the category rule: Daniel and the parent read it, the school does not (only a count), nor Jamie or Clive', async () => {
    expect(words((await c.daniel.get(`/api/families/${F}/needs`)).json())).toContain('A night-time listener');
    const helen = await c.helen.get(`/api/families/${F}/needs`);
    expect(helen.statusCode).toBe(200);
    expect(JSON.stringify(helen.json())).not.toContain('night-time listener');
    expect(helen.json().hiddenNeeds).toBeGreaterThanOrEqual(1);
    expect(words(helen.json())).toContain('Help with money and the gas bill');
    expect(
      (
        await c.helen.put(`/api/families/${F}/needs/${mhId}`, {
          domain: 'mental_health',
          words: 'x',
          importance: 'a_lot',
          status: 'met',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(JSON.stringify((await c.jamie.get('/api/portal/needs')).json())).not.toContain('night-time listener');
    expect(JSON.stringify((await c.clive.get('/api/portal/needs')).json())).not.toContain('night-time listener');
  });

  it('lets Marie say “that’s not right”: kept with the need, shown to Daniel, Daniel told; she cannot rewrite his words', async () => {
    const rewrite = await c.marie.put(`/api/portal/needs/${mhId}`, {
      domain: 'mental_health',
      words: 'Mine now',
      importance: 'a_lot',
      status: 'open',
      version: 1,
    });
    expect(rewrite.statusCode).toBe(403);
    expect(rewrite.json().message).toMatch(/not right/);
    const res = await c.marie.post(`/api/portal/needs/${mhId}/not-right`, { words: 'It is in the mornings, not at night' });
    expect(res.statusCode).toBe(200);
    expect(res.json().notRight.words).toBe('It is in the mornings, not at night');
    const forDaniel = (await c.daniel.get(`/api/families/${F}/needs`)).json() as Page;
    expect(forDaniel.people.flatMap((p) => p.needs).find((n) => n.id === mhId)?.notRight).toMatchObject({
      words: 'It is in the mornings, not at night',
    });
    const told = await t.database.asOwner(
      "SELECT recipient_staff_id, message FROM notifications WHERE kind = 'need_not_right' AND message LIKE 'Marie said%'",
    );
    expect(told.rows.map((r) => r.recipient_staff_id)).toEqual([staff.daniel]);
    expect(told.rows[0].message).not.toContain('mornings');
    // Not about her own words: there is nothing to correct.
    const own = (await c.marie.get('/api/portal/needs')).json() as Page;
    const moneyId = own.people[0]?.needs.find((n) => n.words === 'Help with money and the gas bill')?.id;
    expect((await c.marie.post(`/api/portal/needs/${moneyId}/not-right`, { words: 'x' })).statusCode).toBe(403);
  });

  it('lets Daniel change his words (a stale version is 409) and Marie say it is sorted', async () => {
    const edit = { domain: 'mental_health', words: 'A morning listener', importance: 'quite_a_lot', status: 'open', version: 2 };
    const ok = await c.daniel.put(`/api/families/${F}/needs/${mhId}`, edit);
    expect(ok.statusCode).toBe(200);
    expect((await c.daniel.put(`/api/families/${F}/needs/${mhId}`, edit)).statusCode).toBe(409);
    // Moving it to a general area would let the school read it: the family's to decide.
    expect((await c.daniel.put(`/api/families/${F}/needs/${mhId}`, { ...edit, domain: 'other', version: 3 })).statusCode).toBe(403);
    const met = await c.marie.put(`/api/portal/needs/${mhId}`, { ...edit, status: 'met', version: 3 });
    expect(met.statusCode).toBe(200);
    expect(met.json()).toMatchObject({ status: 'met', gap: 'helped', words: 'A morning listener' });
  });

  it('answers a worker not on the care team with a 404, as for no family at all, and audits it', async () => {
    const mark = await t.signIn('mark');
    const page = await mark.get(`/api/families/${F}/needs`);
    expect(page.statusCode).toBe(404);
    expect(page.json().message).toBe((await mark.get('/api/families/00000000-0000-4000-8000-000000000009/needs')).json().message);
    expect((await mark.post(`/api/families/${F}/needs`, need({ words: 'Mark writing' }))).statusCode).toBe(404);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND family_id = $1 AND details->>'attempted' = 'needs.viewed'",
        [F],
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('keeps the network member out of every needs route', async () => {
    expect((await c.patricia.get('/api/portal/needs')).statusCode).toBe(403);
    expect((await c.patricia.post('/api/portal/needs', need())).statusCode).toBe(403);
    expect((await c.patricia.get(`/api/families/${F}/needs`)).statusCode).toBe(403);
    expect((await c.marie.get(`/api/families/${F}/needs`)).statusCode).toBe(403);
  });
});

describe('each family member’s own page', () => {
  it('a parent: herself first, then the children; never another adult’s needs nor the people she trusts', async () => {
    // Clive's own need is his: the children's mother does not read it (scope.ts#needVisible), nor is he listed on her page.
    const clives = await c.clive.post('/api/portal/needs', {
      personId: P.clive,
      domain: 'work_learning',
      words: 'A course so I can get back to work',
      importance: 'a_little',
    });
    expect(clives.statusCode).toBe(201);
    const page = (await c.marie.get('/api/portal/needs')).json() as Page;
    expect(page.people.map((p) => p.name)).toEqual(['Marie', 'Jamie', 'Clare']);
    expect(words(page)).not.toContain('A course so I can get back to work');
    expect(JSON.stringify((await c.marie.get('/api/portal/needs')).json())).not.toContain(clives.json().id);
    expect(words((await c.daniel.get(`/api/families/${F}/needs`)).json() as Page)).toContain('A course so I can get back to work');
    expect(page.hiddenNeeds).toBe(0);
    expect(words(page)).toEqual(
      expect.arrayContaining(['Childcare on Tuesdays', 'Lifts to dance class', 'Somewhere quiet to do homework']),
    );
  });

  it('a young person: only himself', async () => {
    const page = (await c.jamie.get('/api/portal/needs')).json() as Page;
    expect(page.people.map((p) => p.name)).toEqual(['Jamie']);
    expect(words(page)).toContain('Somewhere quiet to do homework');
    expect(words(page)).not.toContain('Childcare on Tuesdays');
  });

  it('the other parent: himself and his children, not their mother', async () => {
    const page = (await c.clive.get('/api/portal/needs')).json() as Page;
    expect(page.people.map((p) => p.name)).toEqual(['Clive', 'Jamie', 'Clare']);
    expect(words(page)).not.toContain('Help with money and the gas bill');
    expect(words(page)).toEqual(expect.arrayContaining(['Childcare on Tuesdays', 'Lifts to dance class']));
  });

  it('the care team: every person of the family, the gaps counted over what they read', async () => {
    const page = (await c.tom.get(`/api/families/${F}/needs`)).json() as Page;
    expect(page.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Marie', 'Jamie', 'Clare', 'Clive', 'Patricia']));
    const open = page.people.flatMap((p) => p.needs).filter((n) => n.gap === 'not_offered').length;
    expect(page.gaps.notOffered).toBe(open);
    expect(page.people.find((p) => p.name === 'Patricia')?.mayAddNeed).toBe(false);
  });
});

describe('practical barriers', () => {
  it('saves his once (version 0 first, then 409 for a stale first save) and shows them to the team', async () => {
    const first = await c.clive.put(`/api/portal/barriers/${P.clive}`, {
      times: 'Evenings after 6',
      travelCost: 'Two buses to Marie’s',
      version: 0,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ times: 'Evenings after 6', travelCost: 'Two buses to Marie’s', childcare: null, version: 1 });
    const again = await c.clive.put(`/api/portal/barriers/${P.clive}`, { times: 'Something else', version: 0 });
    expect(again.statusCode).toBe(409);
    expect(again.json().current.times).toBe('Evenings after 6');
    const page = (await c.helen.get(`/api/families/${F}/needs`)).json() as Page;
    expect(page.people.find((p) => p.personId === P.clive)?.barriers).toMatchObject({ times: 'Evenings after 6', version: 1 });
  });

  it('a worker saves a child’s; a young person may not save his mother’s; someone not in the family is a 404', async () => {
    expect((await c.tom.put(`/api/families/${F}/people/${P.clare}/barriers`, { times: 'After 4pm', version: 0 })).statusCode).toBe(200);
    expect((await c.jamie.put(`/api/portal/barriers/${P.marie}`, { times: 'x', version: 1 })).statusCode).toBe(403);
    expect(
      (await c.tom.put(`/api/families/${F}/people/00000000-0000-4000-8000-000000000001/barriers`, { times: 'x', version: 0 })).statusCode,
    ).toBe(404);
  });
});

describe('support offered, found and received, and the gap it makes', () => {
  let needId: string;
  let offerId: string;
  const gapOf = async (client: TestClient, url: string) =>
    ((await client.get(url)).json() as Page).people.flatMap((p) => p.needs).find((n) => n.id === needId)?.gap;

  it('moves from not offered to not received when Tom offers support, and counts it among the gaps', async () => {
    const made = await c.marie.post('/api/portal/needs', need({ personId: P.clare, domain: 'parenting', words: 'Ideas for bedtime' }));
    needId = made.json().id;
    expect(made.json().gap).toBe('not_offered');
    const before = ((await c.tom.get(`/api/families/${F}/needs`)).json() as Page).gaps;
    const res = await c.tom.post(`/api/families/${F}/needs/${needId}/supports`, { description: 'Two evening visits on bedtimes' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      gap: 'not_received',
      supports: [{ kind: 'offer', offeredBy: "Tom Reilly, Northfield Children's Services", receivedFrom: null }],
    });
    offerId = res.json().supports[0].id;
    const after = ((await c.tom.get(`/api/families/${F}/needs`)).json() as Page).gaps;
    expect(after.notOffered).toBe(before.notOffered - 1);
    expect(after.notReceived).toBe(before.notReceived + 1);
    expect(await gapOf(c.marie, '/api/portal/needs')).toBe('not_received');
  });

  it('refuses an unknown service, and a worker’s support on a need they do not read is a 404', async () => {
    const res = await c.tom.post(`/api/families/${F}/needs/${needId}/supports`, { description: 'x', serviceId: 'no-such-service' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('serviceId');
    expect((await c.tom.post(`/api/families/${F}/needs/not-a-uuid/supports`, { description: 'x' })).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000009';
    expect((await c.tom.post(`/api/families/${F}/needs/${unknown}/supports`, { description: 'x' })).statusCode).toBe(404);
  });

  it('is being helped once received; the end asks “did it help?” once; a wrong order of dates is a 400; stale is 409', async () => {
    const url = `/api/portal/needs/${needId}/supports/${offerId}`;
    const backwards = await c.marie.put(url, { receivedFrom: ago(15), receivedUntil: ago(25), version: 1 });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields).toHaveProperty('receivedUntil');
    const started = await c.marie.put(url, { receivedFrom: ago(15), receivedUntil: null, version: 1 });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ gap: 'being_helped', gapSince: ago(15) });
    expect((await c.marie.put(url, { receivedFrom: ago(15), receivedUntil: null, version: 1 })).statusCode).toBe(409);
    // Helen's school did not offer it and she is no key worker: she may not change it.
    expect(
      (
        await c.helen.put(`/api/families/${F}/needs/${needId}/supports/${offerId}`, {
          receivedFrom: ago(14),
          receivedUntil: null,
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
    const ended = await c.tom.put(`/api/families/${F}/needs/${needId}/supports/${offerId}`, {
      receivedFrom: ago(15),
      receivedUntil: ago(5),
      version: 2,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().gap).toBe('being_helped');
    await c.tom.put(`/api/families/${F}/needs/${needId}/supports/${offerId}`, {
      receivedFrom: ago(15),
      receivedUntil: ago(4),
      version: 3,
    });
    const asked = await t.database.asOwner(
      "SELECT message, message_values FROM notifications WHERE kind = 'support_did_it_help' AND message LIKE 'Two evening visits%'",
    );
    expect(asked.rows).toHaveLength(1);
    expect(asked.rows[0].message).toBe(
      'Two evening visits on bedtimes has finished for Clare. Did it help? You can say in one tap, and add a few words if you like.',
    );
    // The support as its writer (a worker) wrote it, with its language: the family's page marks it (issue 16 §3).
    expect(asked.rows[0].message_values).toMatchObject({ support: 'Two evening visits on bedtimes', supportWrittenIn: 'en' });
  });

  it('is not helping when she says “no”, and helped when support she found herself helped a bit', async () => {
    const no = await c.marie.post(`/api/portal/supports/${offerId}/helped`, { helped: 'no', words: 'Clare still will not settle.' });
    expect(no.statusCode).toBe(200);
    expect(no.json()).toMatchObject({ gap: 'not_helping', supports: [{ helped: 'no', helpedWords: 'Clare still will not settle.' }] });
    expect(await gapOf(c.tom, `/api/families/${F}/needs`)).toBe('not_helping');
    const found = await c.marie.post(`/api/portal/needs/${needId}/supports`, {
      description: 'A library story time',
      receivedFrom: ago(10),
    });
    expect(found.statusCode).toBe(201);
    const own = found.json().supports.find((s: { kind: string }) => s.kind === 'self_found');
    expect(own).toMatchObject({ offeredBy: 'Marie', receivedFrom: ago(10) });
    expect(found.json().gap).toBe('being_helped');
    const yes = await c.marie.post(`/api/portal/supports/${own.id}/helped`, { helped: 'a_bit' });
    expect(yes.json().gap).toBe('helped');
  });
});
