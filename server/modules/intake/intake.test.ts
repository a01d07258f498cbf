// Starting a family (issue 13 §4): who may start one, the duplicate check that links a family the caller sees and
// names only whom to ask for one they do not (audited both ways), and a retried form making one family.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { mayStartFamily } from './intake.policy.ts';

const F = DEMO_IDS.mariesFamily;
const H = DEMO_IDS.hughesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

const newFamily = (extra: Record<string, unknown> = {}) => ({
  referredBy: 'Sam herself, at her appointment',
  referralReason: 'Sam asked for help with the children’s routines while she gets well.',
  teamRole: 'community_psychiatric_nurse',
  people: [
    { kind: 'parent', fullName: 'Sam Carter', dateOfBirth: '1991-04-02', knownToAdultMentalHealth: true },
    { kind: 'child', fullName: 'Ava Carter', dateOfBirth: '2015-09-10' },
    { kind: 'child', fullName: 'Noah Carter', dateOfBirth: '2019-01-22' },
  ],
  ...extra,
});

const auditRows = (action: string) =>
  t.database
    .asOwner(
      `SELECT a.family_id, a.details, acc.username FROM audit_events a LEFT JOIN accounts acc ON acc.id = a.actor_account_id
       WHERE a.action = $1 ORDER BY a.occurred_at`,
      [action],
    )
    .then((r) => r.rows as { family_id: string | null; details: Record<string, unknown>; username: string }[]);

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'helen', 'mark', 'alex', 'ruth', 'marie', 'patricia']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('who may start a family', () => {
  const pro = (organisationKind: string, role = 'practitioner') =>
    ({ kind: 'professional', accountId: 'a', staffId: 's', organisationId: 'o', organisationKind, role, name: 'N' }) as never;
  it.each([
    ['adult_mental_health', 'practitioner', { allowed: true, keyWorker: 'adult_mental_health' }],
    ['childrens_services', 'team_manager', { allowed: true, keyWorker: 'childrens_services' }],
    ['health', 'practitioner', { allowed: true, keyWorker: null }],
    ['education', 'practitioner', { allowed: true, keyWorker: null }],
    ['voluntary', 'practitioner', { allowed: false, reason: 'organisation_kind' }],
    ['adult_mental_health', 'information_governance_lead', { allowed: false, reason: 'role' }],
    ['childrens_services', 'administrator', { allowed: false, reason: 'role' }],
  ])('%s %s → %j', (kind, role, expected) => {
    expect(mayStartFamily(pro(kind, role))).toEqual(expected);
  });
  it('a family member is not a professional', () => {
    expect(mayStartFamily({ kind: 'parent', accountId: 'a', personId: 'p', familyId: 'f', name: 'M', language: 'en' })).toEqual({
      allowed: false,
      reason: 'not_a_professional',
    });
  });

  for (const who of ['alex', 'ruth', 'marie', 'patricia']) {
    it(`${who} holds no permission to start a family: 403`, async () => {
      expect((await as(who).post('/api/families', newFamily())).statusCode).toBe(403);
      expect((await as(who).post('/api/intake/duplicate-check', { fullName: 'Dawn Hughes', dateOfBirth: '1995-01-30' })).statusCode).toBe(
        403,
      );
    });
  }
});

describe('the duplicate check', () => {
  const check = (who: string, fullName: string, dateOfBirth: string) =>
    as(who).post('/api/intake/duplicate-check', { fullName, dateOfBirth });

  it('a match in a family the caller cannot see names only the organisation to ask and how to reach it', async () => {
    const res = await check('daniel', '  dawn   HUGHES ', '1995-01-30');
    expect(res.statusCode, res.body).toBe(200);
    // The whole answer, exactly: nothing of the Hughes family (its id, name, people, workers) leaves the server.
    expect(res.json()).toEqual({
      matches: [
        {
          where: 'elsewhere',
          organisationName: 'Riverside Health',
          phone: '0300 100 5000',
          email: 'hv@riverside-health.example',
          message:
            'This person may already be known to Riverside Health. Ask them before you start a new family: 0300 100 5000 or hv@riverside-health.example.',
        },
      ],
    });
    for (const secret of [H, 'Hughes', 'Lily', 'Mark', 'Ellis', 'health_visitor', 'early_help']) expect(res.body).not.toContain(secret);
    const audited = (await auditRows('intake.duplicate_checked')).filter((r) => r.username === 'daniel');
    expect(audited.at(-1)).toMatchObject({ family_id: H, details: { outcome: 'elsewhere', people: 1 } });
  });

  it('a middle name or a preferred first name still matches', async () => {
    expect((await check('daniel', 'Dawn Elizabeth Hughes', '1995-01-30')).json().matches).toHaveLength(1);
    expect((await check('daniel', 'Dawn Hughes', '1995-01-31')).json().matches).toHaveLength(0);
    expect((await check('daniel', 'Jamie Dubois', '2012-03-14')).json().matches).toHaveLength(1);
  });

  it('a match in a family the caller can see links to it', async () => {
    const res = await check('priya', 'Jamie Dubois', '2012-03-14');
    expect(res.json()).toEqual({
      matches: [{ where: 'your_family', familyId: F, familyName: expect.any(String), personName: 'Jamie Dubois' }],
    });
    const audited = (await auditRows('intake.duplicate_checked')).filter((r) => r.username === 'priya');
    expect(audited.at(-1)).toMatchObject({ family_id: F, details: { outcome: 'your_family' } });
    const seen = await check('mark', 'Dawn Hughes', '1995-01-30');
    expect(seen.json().matches[0]).toMatchObject({ where: 'your_family', familyId: H });
  });

  it('no match is audited too', async () => {
    const res = await check('helen', 'Nobody Known', '2001-01-01');
    expect(res.json()).toEqual({ matches: [] });
    const audited = (await auditRows('intake.duplicate_checked')).filter((r) => r.username === 'helen');
    expect(audited.at(-1)).toMatchObject({ family_id: null, details: { outcome: 'none', people: 1 } });
  });

  it('the parent of the family matched sees that someone checked; the answer to the worker stays the same', async () => {
    const log = (await as('marie').get('/api/portal/access-log')).json();
    expect(JSON.stringify(log)).toContain('Checked whether you were already known to a service');
  });

  it('an impossible date is a 400 naming the field', async () => {
    const res = await check('daniel', 'Dawn Hughes', '1995-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('dateOfBirth');
  });
});

describe('starting a family', () => {
  it('makes the family with its people, the caller as its adult mental health key worker, once per key', async () => {
    const headers = { 'idempotency-key': 'start-carter-0001' };
    const first = await as('daniel').post('/api/families', newFamily(), headers);
    expect(first.statusCode, first.body).toBe(201);
    const { familyId, displayName } = first.json();
    expect(displayName).toBe('Carter family');

    const again = await as('daniel').post('/api/families', newFamily(), headers);
    expect(again.statusCode).toBe(200);
    expect(again.json().familyId).toBe(familyId);
    const changed = await as('daniel').post('/api/families', newFamily({ familyName: 'Another' }), headers);
    expect(changed.statusCode).toBe(422);

    const overview = (await as('daniel').get(`/api/families/${familyId}`)).json();
    expect(overview.people.map((p: { fullName: string }) => p.fullName).sort()).toEqual(['Ava Carter', 'Noah Carter', 'Sam Carter']);
    expect(overview.careTeam).toEqual([expect.objectContaining({ name: 'Daniel Okafor', keyWorker: 'adult_mental_health' })]);
    expect(overview.relationships.map((r: { summary: string }) => r.summary)).toEqual(
      expect.arrayContaining(["Sam is Ava's parent", "Sam is Noah's parent", 'Ava and Noah are brother or sister']),
    );
    expect(overview.childrenNotAskedAbout).toEqual([]);
    // Nobody else is on the team, so nobody else can open it.
    expect((await as('priya').get(`/api/families/${familyId}`)).statusCode).toBe(404);
    const rows = await t.database.asOwner('SELECT count(*)::int AS n FROM family_start_keys WHERE idempotency_key = $1', [
      headers['idempotency-key'],
    ]);
    expect(rows.rows[0].n).toBe(1);
    const started = (await auditRows('family.started')).filter((r) => r.family_id === familyId);
    expect(started.map((r) => r.details)).toEqual([{ people: 3, children: 2, keyWorker: 'adult_mental_health' }, { retried: true }]);
  });

  it('retries sent at once make one family', async () => {
    const headers = { 'idempotency-key': 'start-parallel-0001' };
    const body = newFamily({ people: [{ kind: 'parent', fullName: 'Kim Lowe', dateOfBirth: '1988-08-08' }], askedNoChildren: true });
    const all = await Promise.all(Array.from({ length: 5 }, () => as('priya').post('/api/families', body, headers)));
    expect(all.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(all.map((r) => r.json().familyId)).size).toBe(1);
    const rows = await t.database.asOwner('SELECT count(*)::int AS n FROM family_start_keys WHERE idempotency_key = $1', [
      headers['idempotency-key'],
    ]);
    expect(rows.rows[0].n).toBe(1);
    const people = await t.database.asOwner("SELECT count(*)::int AS n FROM people WHERE full_name = 'Kim Lowe'");
    expect(people.rows[0].n).toBe(1);
    const family = (await as('priya').get(`/api/families/${all[0]?.json().familyId}`)).json();
    expect(family.careTeam[0]).toMatchObject({ name: 'Priya Shah', keyWorker: 'childrens_services' });
  });

  it('a school starts a family without a key worker side', async () => {
    const res = await as('helen').post(
      '/api/families',
      newFamily({
        teamRole: 'school_pastoral_lead',
        people: [{ kind: 'parent', fullName: 'Lee Park', dateOfBirth: '1980-02-02' }],
        askedNoChildren: true,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const family = (await as('helen').get(`/api/families/${res.json().familyId}`)).json();
    expect(family.careTeam[0]).toMatchObject({ name: expect.stringContaining('Helen'), keyWorker: null });
  });

  it('someone possibly known elsewhere stops the start with only whom to ask, until the worker says they are different people', async () => {
    const body = newFamily({
      people: [
        { kind: 'parent', fullName: 'Dawn Hughes', dateOfBirth: '1995-01-30' },
        { kind: 'child', fullName: 'Rose Hughes', dateOfBirth: '2020-05-05' },
      ],
    });
    const stopped = await as('daniel').post('/api/families', body);
    expect(stopped.statusCode).toBe(409);
    const json = stopped.json();
    expect(json.error).toBe('possible_duplicate');
    expect(json.people).toEqual([
      {
        index: 0,
        fullName: 'Dawn Hughes',
        matches: [expect.objectContaining({ where: 'elsewhere', organisationName: 'Riverside Health' })],
      },
    ]);
    expect(stopped.body).not.toContain(H);
    expect(stopped.body).not.toContain('Lily');
    const count = await t.database.asOwner("SELECT count(*)::int AS n FROM people WHERE full_name = 'Rose Hughes'");
    expect(count.rows[0].n).toBe(0);
    const anyway = await as('daniel').post('/api/families', { ...body, continueDespiteMatches: true });
    expect(anyway.statusCode, anyway.body).toBe(201);
  });

  it('asks about children (think family) and names each field to fix', async () => {
    const noChildren = await as('daniel').post('/api/families', newFamily({ people: [{ kind: 'parent', fullName: 'Jo Bell' }] }));
    expect(noChildren.statusCode).toBe(400);
    expect(noChildren.json().fields).toHaveProperty('askedNoChildren');
    const noBirthday = await as('daniel').post(
      '/api/families',
      newFamily({
        people: [
          { kind: 'parent', fullName: 'Jo Bell' },
          { kind: 'child', fullName: 'Mo Bell' },
        ],
      }),
    );
    expect(noBirthday.statusCode).toBe(400);
    expect(noBirthday.json().fields).toHaveProperty(['people.1.dateOfBirth']);
    const noParent = await as('daniel').post(
      '/api/families',
      newFamily({ people: [{ kind: 'child', fullName: 'Mo Bell', dateOfBirth: '2018-01-01' }] }),
    );
    expect(noParent.statusCode).toBe(400);
    expect(noParent.json().fields).toHaveProperty('people');
    const noReason = await as('daniel').post('/api/families', newFamily({ referralReason: '   ' }));
    expect(noReason.json().fields).toHaveProperty('referralReason');
    const future = await as('daniel').post(
      '/api/families',
      newFamily({
        people: [
          { kind: 'parent', fullName: 'Jo Bell' },
          { kind: 'child', fullName: 'Mo Bell', dateOfBirth: '2199-01-01' },
        ],
      }),
    );
    expect(future.json().fields).toHaveProperty(['people.1.dateOfBirth']);
  });

  it('"asked, none" is recorded for the adults of a family started without children', async () => {
    const res = await as('daniel').post(
      '/api/families',
      newFamily({
        people: [{ kind: 'parent', fullName: 'Ari Stone', dateOfBirth: '1979-03-03', knownToAdultMentalHealth: true }],
        askedNoChildren: true,
      }),
    );
    const family = (await as('daniel').get(`/api/families/${res.json().familyId}`)).json();
    expect(family.people[0]).toMatchObject({ dependants: 'asked_none', dependantsAskedBy: 'Daniel Okafor' });
    expect(family.childrenNotAskedAbout).toEqual([]);
  });
});
