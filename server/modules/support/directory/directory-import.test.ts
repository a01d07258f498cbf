// Importing an Open Referral UK directory: a valid file is upserted by identifier (new and updated counted), a file with
// any problem imports nothing and names each problem's service and field, and the Northfield sample loads with the demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_DOMAIN_KEYS } from '../../../../shared/domain/needs.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { importDirectory, readSampleDirectory, reportWords } from './directory-import.ts';

/** A small valid service in the current profile's shape; `over` replaces fields. */
function orukService(n: number, over: Record<string, unknown> = {}) {
  return {
    id: `svc-${n}`,
    name: `Test Service ${n}`,
    status: 'active',
    description: 'Help with debts and bills.',
    url: 'https://example.org/test',
    email: 'test@example.org',
    organization: { id: 'org-1', name: 'Test Organisation', website: 'https://example.org' },
    service_at_locations: [
      {
        id: `sal-${n}`,
        location: {
          id: 'loc-1',
          location_type: 'physical',
          name: 'Eastgate Library',
          transportation: 'Bus 3 to Eastgate',
          addresses: [{ id: 'a1', address_1: '1 High Street', city: 'Northfield', postal_code: 'nf1 9zz' }],
          accessibility: [{ id: 'acc1', accessibility: 'Step-free entrance' }],
        },
      },
    ],
    contacts: [{ id: `c-${n}`, name: 'Reception', phones: [{ id: `p-${n}`, number: '01632 960500' }] }],
    schedules: [{ id: `s-${n}`, freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '17:00' }],
    cost_options: [{ id: `k-${n}`, amount: 0 }],
    languages: [
      { id: `g-${n}`, name: 'English' },
      { id: `h-${n}`, code: 'pl' },
    ],
    attributes: [
      { id: `t-${n}`, taxonomy_term: { id: 'money', name: 'Money', taxonomy: 'umbrella-needs' } },
      { id: `u-${n}`, taxonomy_term: { id: 'self-referral', name: 'Refer yourself', taxonomy: 'umbrella-access' } },
    ],
    ...over,
  };
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const count = async () => Number((await database.asOwner('SELECT count(*) AS n FROM directory_services')).rows[0].n);
const row = async (id: string) => (await database.asOwner('SELECT * FROM directory_services WHERE id = $1', [id])).rows[0];

describe('importing a directory file', () => {
  it('imports a valid file (an array of services), deriving what the directory shows', async () => {
    const report = await importDirectory(database.db, [orukService(1), orukService(2, { name: 'Second Service' })]);
    expect(report).toEqual({ ok: true, imported: 2, created: 2, updated: 0 });
    expect(reportWords(report)).toBe('2 services imported (2 new, 0 updated).');
    const one = await row('svc-1');
    expect(one).toMatchObject({
      name: 'Test Service 1',
      organisation_id: 'org-1',
      domains: ['money'],
      free: true,
      self_referral: true,
      languages: ['English', 'Polish'],
      where_words: 'Eastgate Library, NF1 9ZZ',
    });
    expect(one.details).toEqual({
      eligibility: [],
      costs: ['Free'],
      openingTimes: [{ words: 'Mondays and Wednesdays, 9am to 5pm' }],
      locations: [
        {
          name: 'Eastgate Library',
          address: '1 High Street, Northfield',
          postcode: 'NF1 9ZZ',
          howToGetThere: 'Bus 3 to Eastgate',
          accessibility: ['Step-free entrance'],
        },
      ],
      contacts: [{ name: 'Reception', phone: '01632 960500', email: null }],
      howToUse: ['Refer yourself'],
    });
  });

  it('updates by identifier on re-import, replacing a service’s details, and adds the new ones ({ services: [...] })', async () => {
    const changed = orukService(1, {
      name: 'Renamed Service',
      cost_options: [{ id: 'k', amount: 3.5, amount_description: 'a session' }],
      schedules: [{ id: 's', freq: 'MONTHLY', byday: '1TU', opens_at: '10:00', closes_at: '12:00' }],
      attributes: [{ id: 't', taxonomy_term: { id: 'x', name: 'Housing advice', taxonomy: 'local-categories' } }],
      attending_access: 'referral',
      service_at_locations: [],
    });
    const report = await importDirectory(database.db, { services: [changed, orukService(3)] });
    expect(report).toEqual({ ok: true, imported: 2, created: 1, updated: 1 });
    expect(reportWords(report)).toBe('2 services imported (1 new, 1 updated).');
    expect(await count()).toBe(3);
    const one = await row('svc-1');
    expect(one).toMatchObject({
      name: 'Renamed Service',
      free: false,
      self_referral: false,
      domains: ['housing'],
      where_words: 'By phone',
    });
    expect(one.details.costs).toEqual(['£3.50 a session']);
    expect(one.details.openingTimes).toEqual([{ words: 'First Tuesday of the month, 10am to 12 noon' }]);
    expect(one.details.locations).toEqual([]);
    expect(one.details.howToUse).toEqual(['By referral from a worker']);
    expect(one.imported_at.getTime()).toBeLessThanOrEqual(one.updated_at.getTime());
  });

  it('imports nothing from a file with any problem, and names every problem’s service and field', async () => {
    const before = await count();
    const bad = [
      orukService(10),
      orukService(11, {
        email: 'not an email',
        url: 'example.org/no-scheme',
        schedules: [{ id: 's1', byday: 'MON', opens_at: '9am', closes_at: '25:00' }],
        cost_options: [{ id: 'k1', amount: '£5' }],
        languages: [{ id: 'g1' }],
      }),
      orukService(12, { status: 'open', organization: { id: 'org-9' } }),
      { ...orukService(13), id: undefined, name: '' },
      orukService(14, { schedules: [{ id: 's2', byday: 'TU', opens_at: '17:00', closes_at: '09:00' }] }),
      orukService(15, {
        contacts: [{ id: 'c', phones: [{ id: 'p' }] }],
        service_at_locations: [{ id: 'x', location: { id: 'l', addresses: [{ postal_code: '12345' }] } }],
      }),
      orukService(10),
    ];
    const report = await importDirectory(database.db, bad);
    expect(report.ok).toBe(false);
    const problems = report.ok ? [] : report.problems;
    expect(problems).toEqual([
      'service svc-11 › url: should be a web address starting https:// or http://, like https://example.org',
      'service svc-11 › email: should be an email address, like name@example.org',
      'service svc-11 › schedules[0].byday: should be days like MO,WE or 1TU (the first Tuesday of the month)',
      'service svc-11 › schedules[0].opens_at: should be a time like 09:00 or 17:30 (24-hour clock)',
      'service svc-11 › schedules[0].closes_at: should be a time like 09:00 or 17:30 (24-hour clock)',
      'service svc-11 › cost_options[0].amount: should be a number, like 0 or 2.50 (no £ sign)',
      'service svc-11 › languages[0]: give the language: its name (name) or its code (code), like Polish or pl',
      'service svc-12 › status: should be active, inactive, defunct or temporarily closed',
      'service svc-12 › organization.name: give the organisation’s name; it is missing',
      'service number 4 › id: give an identifier; it is missing',
      'service number 4 › name: give the service’s name; it is empty',
      'service svc-14 › schedules[0].closes_at: should be later than opens_at',
      'service svc-15 › service_at_locations[0].location.addresses[0].postal_code: should be a UK postcode, like NF1 2AB',
      'service svc-15 › contacts[0].phones[0].number: give the phone number; it is missing',
      'service svc-10 › id: is used by service number 1 too; each service needs its own',
    ]);
    expect(reportWords(report)).toMatch(/^Nothing was imported: the file has 15 problems to put right first\.\n {2}service svc-11 › url:/);
    expect(await count()).toBe(before);
    expect(await row('svc-10')).toBeUndefined();
  });

  it('refuses a file that is not a list of services', async () => {
    expect(await importDirectory(database.db, { organisations: [] })).toEqual({
      ok: false,
      problems: ['file: should be a list of services ([ … ]) or an object with a "services" list ({ "services": [ … ] })'],
    });
    expect(await importDirectory(database.db, [])).toEqual({ ok: false, problems: ['file: has no services in it'] });
  });

  it('imports the Northfield sample cleanly: about 40 services, every area of life at least twice, the three fixed ones', async () => {
    const report = await importDirectory(database.db, readSampleDirectory());
    expect(report.ok && report.imported).toBe(41);
    const rows = (await database.asOwner("SELECT * FROM directory_services WHERE id LIKE '5a1b2c3d-%'")).rows;
    expect(rows).toHaveLength(41);
    for (const domain of NEED_DOMAIN_KEYS) expect(rows.filter((r) => r.domains.includes(domain)).length, domain).toBeGreaterThanOrEqual(2);
    const languages = new Set(rows.flatMap((r) => r.languages));
    for (const l of ['English', 'Polish', 'Urdu', 'Arabic', 'Romanian', 'British Sign Language']) expect(languages).toContain(l);
    expect(rows.some((r) => !r.free) && rows.some((r) => r.free)).toBe(true);
    expect(rows.some((r) => !r.self_referral) && rows.some((r) => r.self_referral)).toBe(true);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('5a1b2c3d-0001-4000-8000-000000000001')).toMatchObject({
      name: 'Northfield Money Advice',
      domains: ['money'],
      free: true,
      self_referral: true,
      languages: ['English', 'Polish'],
      where_words: 'Northfield Library, NF1 2AB',
    });
    expect(byId.get('5a1b2c3d-0002-4000-8000-000000000002')).toMatchObject({
      name: 'Little Steps Childminding Network',
      domains: ['childcare_school'],
      self_referral: false,
    });
    expect(byId.get('5a1b2c3d-0003-4000-8000-000000000003')).toMatchObject({
      name: 'Parents Who’ve Been There',
      free: true,
      self_referral: true,
    });
    expect(byId.get('5a1b2c3d-0003-4000-8000-000000000003')?.domains).toEqual(expect.arrayContaining(['peer_support', 'mental_health']));
    // No real phone numbers: the Ofcom drama range only.
    const phones = rows.flatMap((r) => r.details.contacts.map((c: { phone: string | null }) => c.phone)).filter(Boolean);
    expect(phones.length).toBeGreaterThan(30);
    for (const p of phones) expect(p).toMatch(/^01632 960\d{3}$/);
  });
});
