// Inputs that pass a format check but cannot be stored (impossible dates, year 0, a far cursor, NUL bytes,
// versions beyond a database integer), times in the future and review dates in the past: each is a 400 that
// names the field, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const JAMIE = '00000000-0000-7000-8000-000000000102';
const PATRICIA = '00000000-0000-7000-8000-000000000105';
const ABOVE_INT4 = 2_147_483_648;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const cursorAt = (time: string) => Buffer.from(`${time}|0190b7e2-4c1a-7d2e-9f00-1234567890ab`).toString('base64url');

let t: TestApp;
const c: Record<string, TestClient> = {};
let entry: { id: string; version: number };
let marieEntryId: string;
let person: { id: string; version: number; fullName: string; kind: string };
let glossary: { id: string; version: number; term: string; plain: string; explanation: string; aliases: string[] };
let planVersion: number;
let contingencyVersion: number;

const visit = (extra: Record<string, unknown> = {}) => ({
  kind: 'home_visit',
  occurredAt: new Date().toISOString(),
  category: 'general',
  text: 'Visited Marie at home.',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'marie', 'ruth', 'alex']) c[u] = await t.signIn(u);
  const created = await c.daniel?.post(`/api/families/${F}/entries`, visit());
  if (created?.statusCode !== 201) throw new Error(created?.body);
  entry = created.json();
  marieEntryId = entry.id;
  const family = (await c.priya?.get(`/api/families/${F}`))?.json();
  person = family.people.find((p: { id: string }) => p.id === JAMIE);
  glossary = (await c.alex?.get('/api/glossary'))?.json().terms[0];
  // Versions straight from the database: this test is about the values sent, not about reading plans.
  const versions = await t.database.asOwner(
    'SELECT (SELECT version FROM recovery_plans WHERE id = $1) AS plan, (SELECT version FROM plan_documents WHERE id = $2) AS doc',
    [DEMO_PLAN_IDS.recoveryPlan, DEMO_PLAN_IDS.jamieContingency],
  );
  planVersion = versions.rows[0].plan;
  contingencyVersion = versions.rows[0].doc;
});
afterAll(() => t?.close());

type Case = { who: string; method: 'GET' | 'POST' | 'PUT'; url: () => string; body?: () => unknown; field: string; what: string };

const CASES: Case[] = [
  // Audit search dates (JSON and CSV).
  ...['2026-99-99', '2026-13-45', '2027-02-30', '0000-01-01'].map<Case>((d) => ({
    who: 'ruth',
    method: 'GET',
    url: () => `/api/governance/audit?from=${d}`,
    field: 'from',
    what: `audit search from ${d}`,
  })),
  { who: 'ruth', method: 'GET', url: () => '/api/governance/audit.csv?to=2026-13-45', field: 'to', what: 'audit CSV to 2026-13-45' },
  // Involvement start, date of birth.
  {
    who: 'priya',
    method: 'POST',
    url: () => `/api/families/${F}/involvement`,
    body: () => ({ level: 'early_help', startedOn: '2027-02-30' }),
    field: 'startedOn',
    what: 'involvement started on 30 February',
  },
  {
    who: 'priya',
    method: 'POST',
    url: () => `/api/families/${F}/people`,
    body: () => ({ kind: 'child', fullName: 'Baby Dubois', dateOfBirth: '2026-99-99' }),
    field: 'dateOfBirth',
    what: 'date of birth 2026-99-99',
  },
  {
    who: 'priya',
    method: 'PUT',
    url: () => `/api/families/${F}/people/${person.id}`,
    body: () => ({ kind: person.kind, fullName: person.fullName, version: ABOVE_INT4 }),
    field: 'version',
    what: 'a person’s version above the integer range',
  },
  // Entries: when it happened, the text, the withholding review date, the version, the cursor.
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries`,
    body: () => visit({ occurredAt: '0000-01-01T00:00:00Z' }),
    field: 'occurredAt',
    what: 'an entry in year 0',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries`,
    body: () => visit({ occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }),
    field: 'occurredAt',
    what: 'an entry three days ahead',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries`,
    body: () => visit({ text: 'Visited\u0000 Marie.' }),
    field: 'text',
    what: 'a NUL byte in an entry',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries`,
    body: () => visit({ category: 'third_party', withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2026-13-45' } }),
    field: 'withholding.reviewOn',
    what: 'a new entry withheld until 2026-13-45',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries/${entry.id}/withholding`,
    body: () => ({ version: entry.version, withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2026-99-99' } }),
    field: 'withholding.reviewOn',
    what: 'withholding review 2026-99-99',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries/${entry.id}/withholding`,
    body: () => ({ version: entry.version, withholding: { scope: 'whole', reason: 'third_party', reviewOn: day(-2) } }),
    field: 'withholding.reviewOn',
    what: 'withholding review in the past',
  },
  {
    who: 'daniel',
    method: 'PUT',
    url: () => `/api/families/${F}/entries/${entry.id}`,
    body: () => ({
      version: ABOVE_INT4,
      text: 'Changed.',
      category: 'general',
      occurredAt: new Date().toISOString(),
      changeNote: 'Typo.',
    }),
    field: 'version',
    what: 'an entry version above the integer range',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/entries/${entry.id}/replies`,
    body: () => ({ kind: 'team_answer', text: 'Thank you\u0000' }),
    field: 'text',
    what: 'a NUL byte in a team answer',
  },
  {
    who: 'daniel',
    method: 'GET',
    url: () => `/api/families/${F}/entries?cursor=${cursorAt('+275760-09-13T00:00:00.000Z')}`,
    field: 'cursor',
    what: 'an entries cursor in year 275760',
  },
  {
    who: 'marie',
    method: 'GET',
    url: () => `/api/portal/record?cursor=${cursorAt('0000-01-01T00:00:00.000Z')}`,
    field: 'cursor',
    what: 'a portal cursor in year 0',
  },
  {
    who: 'marie',
    method: 'POST',
    url: () => `/api/portal/entries/${marieEntryId}/replies`,
    body: () => ({ kind: 'disagree', text: 'That is not\u0000 right.' }),
    field: 'text',
    what: 'a NUL byte in Marie’s reply',
  },
  // Consent end dates.
  {
    who: 'marie',
    method: 'POST',
    url: () => '/api/portal/consents',
    body: () => ({ category: 'mental_health', recipientOrganisationId: DEMO_IDS.council, purpose: 'Planning', endsOn: '2026-13-45' }),
    field: 'endsOn',
    what: 'consent ending 2026-13-45',
  },
  {
    who: 'daniel',
    method: 'POST',
    url: () => `/api/families/${F}/overrides`,
    body: () => ({
      categories: ['mental_health'],
      recipientOrganisationId: DEMO_IDS.school,
      lawfulBasis: 'prevent_serious_harm',
      justification: 'The school needs to watch for signs today.',
      endsAt: '0000-01-01T00:00:00Z',
      tellParent: true,
    }),
    field: 'endsAt',
    what: 'an override ending in year 0',
  },
  // Plans: review dates (impossible and past), asked-on dates, versions.
  {
    who: 'priya',
    method: 'PUT',
    url: () => `/api/families/${F}/recovery-plan`,
    body: () => ({ version: planVersion, reviewOn: '2027-02-30' }),
    field: 'reviewOn',
    what: 'plan review on 30 February',
  },
  {
    who: 'priya',
    method: 'PUT',
    url: () => `/api/families/${F}/recovery-plan`,
    body: () => ({ version: planVersion, reviewOn: day(-1) }),
    field: 'reviewOn',
    what: 'plan review yesterday',
  },
  {
    who: 'priya',
    method: 'POST',
    url: () => `/api/families/${F}/recovery-plan/reviews`,
    body: () => ({ nextReviewOn: '0000-01-01' }),
    field: 'nextReviewOn',
    what: 'next review in year 0',
  },
  {
    who: 'priya',
    method: 'POST',
    url: () => `/api/families/${F}/recovery-plan/reviews`,
    body: () => ({ nextReviewOn: day(-3) }),
    field: 'nextReviewOn',
    what: 'next review in the past',
  },
  {
    who: 'priya',
    method: 'PUT',
    url: () => `/api/families/${F}/plans/${DEMO_PLAN_IDS.jamieContingency}/carer`,
    body: () => ({ version: contingencyVersion, carerPersonId: PATRICIA, askedOn: '2026-13-45' }),
    field: 'askedOn',
    what: 'carer asked on 2026-13-45',
  },
  {
    who: 'priya',
    method: 'PUT',
    url: () => `/api/families/${F}/plans/${DEMO_PLAN_IDS.jamieContingency}/carer`,
    body: () => ({ version: ABOVE_INT4, carerPersonId: PATRICIA, askedOn: null }),
    field: 'version',
    what: 'a contingency plan version above the integer range',
  },
  {
    who: 'priya',
    method: 'GET',
    url: () => `/api/families/${F}/recovery-plan/versions/${ABOVE_INT4}`,
    field: 'number',
    what: 'a plan version number above the integer range',
  },
  {
    who: 'priya',
    method: 'GET',
    url: () => `/api/families/${F}/recovery-plan/compare?from=1&to=${ABOVE_INT4}`,
    field: 'to',
    what: 'comparing with a version above the integer range',
  },
  // Glossary and the staff search.
  {
    who: 'alex',
    method: 'PUT',
    url: () => `/api/glossary/${glossary.id}`,
    body: () => ({ ...glossary, version: ABOVE_INT4 }),
    field: 'version',
    what: 'a glossary version above the integer range',
  },
  { who: 'priya', method: 'GET', url: () => '/api/staff?q=Dan%00iel', field: 'q', what: 'a NUL byte in the staff search' },
];

async function writes(): Promise<string> {
  const r = await t.database.asOwner(
    `SELECT (SELECT count(*) FROM audit_events WHERE action NOT LIKE '%.viewed' AND action NOT LIKE '%.listed' AND action NOT LIKE '%.searched')
          || '/' || (SELECT count(*) FROM record_entry_versions) || '/' || (SELECT count(*) FROM record_entry_replies)
          || '/' || (SELECT count(*) FROM people) || '/' || (SELECT count(*) FROM consents) AS n`,
  );
  return r.rows[0].n as string;
}

describe('an input that cannot be stored is a 400 naming the field, and nothing is written', () => {
  it.each(CASES.map((k) => [k.what, k] as const))('%s', async (_what, k) => {
    const before = await writes();
    const client = c[k.who] as TestClient;
    const res = k.method === 'GET' ? await client.get(k.url()) : await client[k.method === 'POST' ? 'post' : 'put'](k.url(), k.body?.());
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().fields ?? {}), res.body).toContain(k.field);
    expect(res.json().message).toMatch(/\w/);
    expect(await writes()).toBe(before);
  });

  it('still accepts the same requests with good values (the table tests the values, not the routes)', async () => {
    expect(
      (await c.daniel?.post(`/api/families/${F}/entries`, visit({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() })))
        ?.statusCode,
    ).toBe(201);
    const withheld = await c.daniel?.post(`/api/families/${F}/entries/${entry.id}/withholding`, {
      version: entry.version,
      withholding: { scope: 'whole', reason: 'third_party', reviewOn: day(0) },
    });
    expect(withheld?.statusCode, withheld?.body).toBe(200);
    expect((await c.ruth?.get('/api/governance/audit?from=2024-02-29&to=2200-12-31'))?.statusCode).toBe(200);
    expect(
      (await c.priya?.post(`/api/families/${F}/people`, { kind: 'child', fullName: 'Baby Dubois', dateOfBirth: '2024-02-29' }))?.statusCode,
    ).toBe(201);
  });
});
