// Starting a family from a FHIR R4 referral Bundle (issue 19 §3): the fixtures are valid R4; a valid referral makes the
// family through intake (once per idempotency key, with the duplicate check); an invalid one is refused with every
// problem at its FHIR path, and makes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { r4Errors, unresolvedReferences } from './fhir-validator.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string): Bundle => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
const GP = 'gp-referral-mother-two-children.json';
const HV = 'health-visitor-referral-baby.json';
const URL = '/api/referrals/fhir?teamRole=childrens_social_worker';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

const owner = async <R>(text: string, values: unknown[] = []) => (await t.database.asOwner(text, values)).rows as R[];
const count = async (text: string, values: unknown[] = []) => (await owner<{ n: number }>(text, values))[0]?.n;
/** What a refused Bundle could have made: families, people, family.started events. */
const made = async () => ({
  families: await count('SELECT count(*)::int AS n FROM families'),
  people: await count('SELECT count(*)::int AS n FROM people'),
  started: await count("SELECT count(*)::int AS n FROM audit_events WHERE action = 'family.started'"),
});
const received = () =>
  owner<{ family_id: string | null; outcome: string; details: Record<string, unknown>; username: string }>(
    `SELECT a.family_id, a.outcome, a.details, acc.username FROM audit_events a LEFT JOIN accounts acc ON acc.id = a.actor_account_id
     WHERE a.action = 'referral.fhir_received' ORDER BY a.occurred_at, a.id`,
  );

/** A copy of the GP's referral, changed by `change`, with fresh names so no earlier test's family matches it. */
type Entry = { fullUrl?: string; resource: Record<string, unknown> };
function gp(change: (b: { entry: Entry[] }, r: (i: number) => Record<string, unknown>) => void = () => {}, surname = 'Walsh'): Bundle {
  const b = JSON.parse(JSON.stringify(fixture(GP)).replaceAll('Walsh', surname)) as { entry: Entry[] };
  change(b, (i) => {
    const entry = b.entry[i];
    if (!entry) throw new Error(`No entry ${i} in the fixture`);
    return entry.resource;
  });
  return b as unknown as Bundle;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['priya', 'marie', 'alex', 'daniel']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('the fixtures', () => {
  it.each([GP, HV])('%s is valid FHIR R4 and its references resolve', (name) => {
    const bundle = fixture(name);
    expect(r4Errors(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
  });
});

describe('a valid referral', () => {
  let familyId = '';
  const headers = { 'idempotency-key': 'fhir-referral-gp-0001' };

  it('starts the family for priya: the people, their relationships, who referred and why, as sent', async () => {
    const before = await made();
    const res = await as('priya').post(URL, fixture(GP), headers);
    expect(res.statusCode, res.body).toBe(201);
    const answer = res.json();
    familyId = answer.familyId;
    expect(answer).toEqual({
      familyId: expect.any(String),
      displayName: 'Walsh family',
      people: [
        { entry: 'Bundle.entry[1]', fullUrl: 'urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b1002', resourceType: 'Patient', kind: 'parent' },
        {
          entry: 'Bundle.entry[2]',
          fullUrl: 'urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b1003',
          resourceType: 'RelatedPerson',
          kind: 'child',
        },
        {
          entry: 'Bundle.entry[3]',
          fullUrl: 'urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b1004',
          resourceType: 'RelatedPerson',
          kind: 'child',
        },
      ],
    });
    expect(await made()).toEqual({
      families: (before.families ?? 0) + 1,
      people: (before.people ?? 0) + 3,
      started: (before.started ?? 0) + 1,
    });

    const family = await as('priya').get(`/api/families/${familyId}`);
    expect(family.statusCode).toBe(200);
    const overview = family.json();
    expect(
      overview.people.map((p: { fullName: string; kind: string; dateOfBirth: string }) => [p.fullName, p.kind, p.dateOfBirth]).sort(),
    ).toEqual([
      ['Kai Walsh', 'child', '2014-02-03'],
      ['Leanne Marie Walsh', 'parent', '1989-07-12'],
      ['Maisie Walsh', 'child', '2018-10-21'],
    ]);
    expect(overview.people.find((p: { fullName: string }) => p.fullName === 'Leanne Marie Walsh').preferredName).toBe('Lee');
    expect(overview.relationships.map((r: { summary: string }) => r.summary).sort()).toEqual(
      ['Kai and Maisie are brother or sister', "Lee is Kai's parent", "Lee is Maisie's parent"].sort(),
    );
    expect(overview.careTeam).toEqual([expect.objectContaining({ name: 'Priya Shah', teamRole: 'childrens_social_worker' })]);
    const [row] = await owner<{ referred_by: string; referral_reason: string }>(
      'SELECT referred_by, referral_reason FROM families WHERE id = $1',
      [familyId],
    );
    expect(row).toEqual({
      referred_by: 'Dr A Khan, Northfield Surgery',
      referral_reason:
        'Leanne has had a hard few months with low mood since her mum died, and is finding mornings with the children difficult. She would like some help with routines and someone to talk to.\n\nLeanne agreed to this referral and is happy to be contacted by phone in the afternoons.',
    });
    const audit = (await received()).at(-1);
    expect(audit).toEqual({
      family_id: familyId,
      outcome: 'allowed',
      username: 'priya',
      details: { outcome: 'created', entries: 7, people: 3, children: 2 },
    });
    expect(JSON.stringify(audit)).not.toContain('Walsh');
  });

  it('the same Bundle with the same idempotency-key answers 200 with the same family, and makes nothing more', async () => {
    const before = await made();
    const res = await as('priya').post(URL, fixture(GP), headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().familyId).toBe(familyId);
    expect((await made()).families).toBe(before.families);
    expect((await made()).people).toBe(before.people);
    expect((await received()).at(-1)?.details).toEqual({ outcome: 'retried', entries: 7, people: 3, children: 2 });
  });

  it('another Bundle under the same idempotency-key is 422, and makes nothing', async () => {
    const before = await made();
    const other = gp((_b, r) => {
      r(3).birthDate = '2018-10-22';
    });
    const res = await as('priya').post(URL, other, headers);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toBe('idempotency_key_reused');
    expect((await made()).families).toBe(before.families);
  });

  it('accepts application/fhir+json (and with a charset), as FHIR clients send it', async () => {
    const res = await as('priya').post(URL, gp(undefined, 'Brennan'), { 'content-type': 'application/fhir+json' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().displayName).toBe('Brennan family');
    const hv = await as('priya').post(URL.replace('childrens_social_worker', 'family_support_worker'), fixture(HV), {
      'content-type': 'application/fhir+json; charset=utf-8',
    });
    expect(hv.statusCode, hv.body).toBe(201);
    // A referral about a baby: the baby and her brother are children, their mother the parent.
    expect(hv.json().people.map((p: { entry: string; kind: string }) => [p.entry, p.kind])).toEqual([
      ['Bundle.entry[1]', 'child'],
      ['Bundle.entry[2]', 'parent'],
      ['Bundle.entry[3]', 'child'],
    ]);
    expect(hv.json().displayName).toBe('Osei family');
    const [row] = await owner<{ referred_by: string }>('SELECT referred_by FROM families WHERE id = $1', [hv.json().familyId]);
    expect(row?.referred_by).toBe('Hannah Lee');
    const relationships = (await as('priya').get(`/api/families/${hv.json().familyId}`)).json().relationships;
    expect(relationships.map((r: { summary: string }) => r.summary).sort()).toEqual(
      ["Abena is Kofi's parent", "Abena is Ruby's parent", 'Ruby and Kofi are brother or sister'].sort(),
    );
  });
});

describe('a referral as a FHIR message', () => {
  it('a Bundle of type message, its MessageHeader first, starts the family too', async () => {
    const message = gp((b) => {
      (b as { type?: string }).type = 'message';
      for (const e of b.entry) delete (e as { request?: unknown }).request;
      b.entry.unshift({
        fullUrl: 'urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b1000',
        resource: {
          resourceType: 'MessageHeader',
          eventCoding: { system: 'https://example.org/referral-events', code: 'referral-request' },
          source: { endpoint: 'https://northfield-surgery.example/fhir' },
          focus: [{ reference: 'urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b1001' }],
        },
      });
    }, 'Okonkwo');
    expect(r4Errors(message)).toEqual([]);
    const res = await as('priya').post(URL, message);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().people.map((p: { entry: string; kind: string }) => [p.entry, p.kind])).toEqual([
      ['Bundle.entry[2]', 'parent'],
      ['Bundle.entry[3]', 'child'],
      ['Bundle.entry[4]', 'child'],
    ]);
  });
});

describe('someone already known', () => {
  // Marie Dubois, born 1990-05-20, is in the demo family, on priya's caseload.
  const marie = () =>
    gp((_b, r) => {
      r(1).name = [{ use: 'official', family: 'Dubois', given: ['Marie'] }];
      r(1).birthDate = '1990-05-20';
    }, 'Dubois');

  it('is a 409 with the matches, each person named by its entry; nothing is made', async () => {
    const before = await made();
    const res = await as('priya').post(URL, marie());
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toEqual({
      error: 'possible_duplicate',
      message: expect.any(String),
      people: [
        {
          index: 0,
          entry: 'Bundle.entry[1]',
          fullName: 'Marie Dubois',
          matches: [expect.objectContaining({ where: 'your_family', personName: 'Marie Dubois' })],
        },
      ],
    });
    expect(await made()).toEqual(before);
    expect((await received()).at(-1)).toMatchObject({ family_id: null, details: { outcome: 'possible_duplicate' } });
  });

  it('and 201 when the worker says they are different people (continueDespiteMatches=true)', async () => {
    const res = await as('priya').post(`${URL}&continueDespiteMatches=true`, marie());
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('an invalid referral is refused with each problem at its FHIR path, and makes nothing', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    ['not a Bundle', { resourceType: 'Patient', name: [{ family: 'Walsh' }] }, { resourceType: expect.stringContaining('Bundle') }],
    [
      'no ServiceRequest',
      gp((b, _r) => {
        b.entry.splice(0, 1);
      }),
      { 'Bundle.entry': expect.stringContaining('none') },
    ],
    [
      'two ServiceRequests',
      gp((b, _r) => {
        b.entry.push({ ...(JSON.parse(JSON.stringify(b.entry[0])) as Entry), fullUrl: 'urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b1999' });
      }),
      { 'Bundle.entry': expect.stringContaining('has 2') },
    ],
    [
      'its subject not in the Bundle',
      gp((_b, r) => {
        r(0).subject = { reference: 'Patient/somewhere-else' };
      }),
      { 'Bundle.entry[0].resource.subject': expect.stringContaining('Patient sent in this Bundle') },
    ],
    [
      'a date of birth 2020-13-40',
      gp((_b, r) => {
        r(2).birthDate = '2020-13-40';
      }),
      { 'Bundle.entry[2].resource.birthDate': expect.stringContaining('not a date') },
    ],
    [
      'a date of birth that does not exist (2020-02-30) and one in the future',
      gp((_b, r) => {
        r(2).birthDate = '2020-02-30';
        r(3).birthDate = '2199-01-01';
      }),
      {
        'Bundle.entry[2].resource.birthDate': expect.stringContaining('not a real date'),
        'Bundle.entry[3].resource.birthDate': expect.stringContaining('future'),
      },
    ],
    [
      'an unknown property',
      gp((_b, r) => {
        r(1).favouriteColour = 'green';
      }),
      { 'Bundle.entry[1].resource.favouriteColour': expect.stringContaining('“favouriteColour” is not part of this resource') },
    ],
    [
      'a Patient with no name',
      gp((_b, r) => {
        delete r(1).name;
      }),
      { 'Bundle.entry[1].resource.name': expect.stringContaining('name') },
    ],
    [
      'a missing required element, and the teamRole left out',
      gp((_b, r) => {
        delete r(0).status;
      }),
      {
        'Bundle.entry[0].resource.status': expect.stringContaining('requires'),
        teamRole: expect.stringContaining('childrens_social_worker'),
      },
    ],
    [
      'a child with no date of birth (intake’s own rule, at the FHIR path)',
      gp((_b, r) => {
        delete r(3).birthDate;
      }),
      { 'Bundle.entry[3].resource.birthDate': expect.stringContaining('date of birth') },
    ],
    [
      'no reason given',
      gp((_b, r) => {
        delete r(0).reasonCode;
        delete r(0).note;
        delete r(0).code;
      }),
      { 'Bundle.entry[0].resource.reasonCode': expect.stringContaining('why') },
    ],
    [
      'a Bundle type a referral does not come as (searchset)',
      gp((b) => {
        (b as { type?: string }).type = 'searchset';
        for (const e of b.entry) delete (e as { request?: unknown }).request;
      }),
      { 'Bundle.type': expect.stringContaining('transaction, collection, message') },
    ],
    [
      '31 people',
      gp((b, _r) => {
        for (let i = 0; i < 29; i++) {
          const child = JSON.parse(JSON.stringify(b.entry[2])) as Entry;
          child.fullUrl = `urn:uuid:0b6f4d0e-3f0c-4a53-9d3e-6c1a2f9b2${String(i).padStart(3, '0')}`;
          b.entry.push(child);
        }
      }),
      { 'Bundle.entry': expect.stringContaining('up to 30 people') },
    ],
  ];

  it.each(cases)('%s → 400', async (name, bundle, fields) => {
    const before = await made();
    const url = name.includes('teamRole') ? '/api/referrals/fhir' : URL;
    const res = await as('priya').post(url, bundle, { 'idempotency-key': `fhir-invalid-${cases.findIndex((c) => c[0] === name)}-x` });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toEqual({ error: 'invalid_input', message: expect.stringContaining('nothing was made'), fields });
    expect(await made()).toEqual(before);
    expect((await received()).at(-1)).toMatchObject({ family_id: null, outcome: 'failed', details: { outcome: 'invalid' } });
  });

  it('a referral about an adult with no children is refused until the worker says they asked (askedNoChildren=true)', async () => {
    const alone = gp((b, _r) => {
      b.entry.splice(2, 2);
    }, 'Moreno');
    const refused = await as('priya').post(URL, alone);
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().fields)).toEqual(['askedNoChildren']);
    const asked = await as('priya').post(`${URL}&askedNoChildren=true`, alone);
    expect(asked.statusCode, asked.body).toBe(201);
  });
});

describe('who may send a referral', () => {
  it.each(['marie', 'alex'])('%s: 403, and nothing is made', async (who) => {
    const before = await made();
    const res = await as(who).post(URL, gp(undefined, 'Forbes'));
    expect(res.statusCode).toBe(403);
    expect(await made()).toEqual(before);
  });
  it('a worker in adult mental health may send one too, with their own team role', async () => {
    const res = await as('daniel').post('/api/referrals/fhir?teamRole=community_psychiatric_nurse', gp(undefined, 'Hale'));
    expect(res.statusCode, res.body).toBe(201);
  });
});
