// Subject access exports for every demo family persona, each compared with that persona's own API reads:
// an export holds exactly what the person could read themselves, whoever asked for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const person = (n: number) => `00000000-0000-7000-8000-000000000${n}`;
const PEOPLE = { marie: person(101), jamie: person(102), clare: person(103), clive: person(104), patricia: person(105) };
type Persona = keyof typeof PEOPLE;
const PASSWORD = 'Umbrella-demo-2026';

let t: TestApp;
let ruth: TestClient;
const as: Partial<Record<Persona, TestClient>> = {};

type Doc = { id: string; sections: { key: string; text: string }[] };
type Item = { id: string; at: string };
type Sharing = { consents: unknown[] };
/** The parts of an export's JSON the comparison reads. */
type ExportJson = {
  producedAt: string;
  viewedAs: string;
  family: unknown;
  entries: Item[] | null;
  sharing: Sharing | null;
  plans: { recoveryPlan: { items: Item[] } | null; documents: Doc[]; childWords: Item[] };
  accessLog: Item[] | null;
  calendar: { coming: { id: string }[]; past: { id: string }[] } | null;
};

async function exportFor(requester: TestClient, who: Persona, self: boolean): Promise<{ content: ExportJson; id: string }> {
  const asked = self
    ? await requester.post('/api/portal/exports')
    : await requester.post('/api/governance/exports', { familyId: F, personId: PEOPLE[who] });
  expect(asked.statusCode, asked.body).toBe(202);
  const got = await exportWhenReady(t.database.db, requester, asked.json().id);
  const content = got.json().content;
  return { content: typeof content === 'string' ? JSON.parse(content) : content, id: asked.json().id };
}

/** Every page of a cursor-paged list, or null when the persona may not read it at all. */
async function allPages(c: TestClient, url: string, key: string): Promise<Item[] | null> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const res = await c.get(cursor ? `${url}?cursor=${encodeURIComponent(cursor)}` : url);
    if (res.statusCode === 403 || res.statusCode === 404) return null;
    expect(res.statusCode, res.body).toBe(200);
    items.push(...res.json()[key]);
    cursor = res.json().nextCursor;
  } while (cursor);
  return items;
}

const ids = (xs: { id: string }[] | null | undefined) => (xs ?? []).map((x) => x.id).sort();

/** What the persona's own API reads return, reduced to what an export must match. */
async function ownReads(c: TestClient) {
  const record = await allPages(c, '/api/portal/record', 'entries');
  const family = await c.get('/api/portal/my-family');
  const plan = await c.get(`/api/families/${F}/recovery-plan`);
  const plans = await c.get(`/api/families/${F}/plans`);
  const words = await c.get(`/api/families/${F}/child-words`);
  const sharing = await c.get('/api/portal/sharing');
  const accessLog = await allPages(c, '/api/portal/access-log', 'items');
  return {
    entryIds: record === null ? null : ids(record),
    family: family.json(),
    planItemIds: plan.statusCode === 200 ? ids(plan.json().plan?.items) : [],
    documents: plans.statusCode === 200 ? documentsOf(plans.json().documents) : [],
    childWordsIds: words.statusCode === 200 ? ids(words.json().words) : [],
    sharing: sharing.statusCode === 200 ? (sharing.json() as Sharing) : null,
    accessLog,
  };
}

const documentsOf = (docs: Doc[]) =>
  docs.map((d) => ({ id: d.id, sections: d.sections.map((s) => `${s.key}:${s.text}`) })).sort((a, b) => a.id.localeCompare(b.id));

async function expectExportMatches(content: ExportJson, c: TestClient) {
  const own = await ownReads(c);
  expect(content.entries === null ? null : ids(content.entries)).toEqual(own.entryIds);
  expect(content.family).toEqual(own.family);
  expect(ids(content.plans.recoveryPlan?.items)).toEqual(own.planItemIds);
  expect(documentsOf(content.plans.documents)).toEqual(own.documents);
  expect(ids(content.plans.childWords)).toEqual(own.childWordsIds);
  expect(content.sharing).toEqual(own.sharing);
  // The log grows with every read; compare what had happened when the export was made.
  const before = (xs: Item[] | null) => (xs === null ? null : xs.filter((x) => x.at < content.producedAt));
  expect(before(content.accessLog)).toEqual(before(own.accessLog));
  return own;
}

beforeAll(async () => {
  t = await createTestApp();
  ruth = await t.signIn('ruth');
  for (const p of ['marie', 'jamie', 'clive', 'patricia'] as const) as[p] = await t.signIn(p);
  // Some history for the logs and a mental-health entry about Marie that names the children.
  const daniel = await t.signIn('daniel');
  const wrote = await daniel.post(`/api/families/${F}/entries`, {
    kind: 'observation',
    occurredAt: new Date().toISOString(),
    category: 'mental_health',
    text: 'MARIE-MH-NOTE about her medication',
    aboutPersonIds: [PEOPLE.marie],
  });
  expect(wrote.statusCode, wrote.body).toBe(201);
  await daniel.get(`/api/families/${F}/entries/${wrote.json().id}`);
  const aboutJamie = await daniel.post(`/api/families/${F}/entries`, {
    kind: 'observation',
    occurredAt: new Date().toISOString(),
    category: 'general',
    text: 'JAMIE-GENERAL note about football',
    aboutPersonIds: [PEOPLE.jamie],
  });
  expect(aboutJamie.statusCode, aboutJamie.body).toBe(201);
  const granted = await (as.jamie as TestClient).post('/api/portal/consents', {
    category: 'health',
    recipientOrganisationId: DEMO_IDS.school,
    purpose: 'So school knows about my appointments',
  });
  expect(granted.statusCode, granted.body).toBe(201);
});
afterAll(() => t?.close());

describe('a subject access export is built from the person’s own view', () => {
  it('Marie’s export, asked by her and by the information governance lead, matches her own reads', async () => {
    const marie = as.marie as TestClient;
    for (const self of [true, false]) {
      const { content } = await exportFor(self ? marie : ruth, 'marie', self);
      const own = await expectExportMatches(content, marie);
      expect(own.entryIds?.length).toBeGreaterThan(0);
      expect(JSON.stringify(content)).toContain('MARIE-MH-NOTE');
      // Her visits and appointments, as her calendar shows them (issue 17).
      const calendar = (await marie.get('/api/portal/calendar')).json();
      const ids = (c: { coming: { id: string }[]; past: { id: string }[] }) => [...c.coming, ...c.past].map((a) => a.id).sort();
      if (!content.calendar) throw new Error('Marie’s copy has her calendar');
      expect(ids(content.calendar)).toEqual(ids(calendar));
      expect(ids(content.calendar).length).toBeGreaterThan(0);
    }
  });

  it('Jamie’s export, asked by him and by the information governance lead, matches his own reads', async () => {
    const jamie = as.jamie as TestClient;
    for (const self of [true, false]) {
      const { content } = await exportFor(self ? jamie : ruth, 'jamie', self);
      const own = await expectExportMatches(content, jamie);
      expect(own.entryIds?.length).toBeGreaterThan(0);
      expect(own.sharing?.consents.length).toBeGreaterThan(0);
      expect(JSON.stringify(content)).not.toContain('MARIE-MH-NOTE');
      // The calendar is the parent's alone, on the page and in the copy.
      expect(content.calendar).toBeNull();
    }
  });

  it('Clive’s export (the children’s other parent), asked by him and by the lead, matches his own reads: the children’s, not Marie’s', async () => {
    const clive = as.clive as TestClient;
    for (const self of [true, false]) {
      const { content } = await exportFor(self ? clive : ruth, 'clive', self);
      expect(content.viewedAs).toBe('other_parent');
      const own = await expectExportMatches(content, clive);
      expect(own.entryIds?.length).toBeGreaterThan(0);
      const text = JSON.stringify(content);
      expect(text).toContain('JAMIE-GENERAL');
      expect(text).not.toContain('MARIE-MH-NOTE');
      // Marie's consents and who has looked at her record are hers.
      expect(content.sharing).toBeNull();
      expect(content.accessLog).toBeNull();
      expect(content.calendar).toBeNull();
    }
  });

  for (const who of ['patricia'] as const) {
    it(`${who}’s export (a network member: asked by the information governance lead) holds no record, sharing or access log`, async () => {
      const c = as[who] as TestClient;
      // A network member cannot ask for it themselves (no permission); the lead asks on their behalf.
      expect((await c.post('/api/portal/exports')).statusCode).toBe(403);
      const { content } = await exportFor(ruth, who, false);
      const own = await expectExportMatches(content, c);
      expect(own.entryIds).toBeNull();
      expect(content.entries).toBeNull();
      expect(content.sharing).toBeNull();
      expect(content.accessLog).toBeNull();
      const text = JSON.stringify(content);
      expect(text).not.toContain('MARIE-MH-NOTE');
      expect(text).not.toContain('school play');
    });
  }

  it('Clare, a child without an account, gets the young person’s view of herself', async () => {
    const { content } = await exportFor(ruth, 'clare', false);
    expect(content.viewedAs).toBe('young_person');
    expect(JSON.stringify(content)).not.toContain('MARIE-MH-NOTE');
    // Give Clare an account afterwards: her own reads then match what the export held.
    await t.database.asOwner(
      `INSERT INTO accounts (id, username, password_hash, kind, family_id, person_id)
       SELECT '00000000-0000-7000-8000-00000000c1a4', 'clare', password_hash, 'young_person', family_id, $1 FROM accounts WHERE username = 'jamie'`,
      [PEOPLE.clare],
    );
    const clare = t.client();
    expect((await clare.post('/api/session/login', { username: 'clare', password: PASSWORD })).statusCode).toBe(200);
    await expectExportMatches(content, clare);
  });
});

describe('the printable export', () => {
  it('is served as an attachment with a safe file name', async () => {
    const { id } = await exportFor(as.marie as TestClient, 'marie', true);
    const doc = await (as.marie as TestClient).get(`/api/exports/${id}/document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toMatch(/text\/html/);
    expect(doc.headers['content-disposition']).toBe(`attachment; filename="umbrella-copy-${id}.html"`);
  });
});
