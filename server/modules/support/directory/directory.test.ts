// The directory API on the demo (the Northfield sample is loaded with it): search by area of life, words (with prefix
// matching), language, free and saved, with limits; one service's page; saving for family members only, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectorySearchResult, ServiceDetail } from '../../../../shared/contracts/directory.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const MONEY_ADVICE = '5a1b2c3d-0001-4000-8000-000000000001';
const LITTLE_STEPS = '5a1b2c3d-0002-4000-8000-000000000002';
const PEER_GROUP = '5a1b2c3d-0003-4000-8000-000000000003';

let t: TestApp;
let marie: TestClient;
let tom: TestClient;
let jamie: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [marie, tom, jamie] = await Promise.all([t.signIn('marie'), t.signIn('tom'), t.signIn('jamie')]);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function find(client: TestClient, query: string): Promise<DirectorySearchResult> {
  const res = await client.get(`/api/directory/services${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const names = (r: DirectorySearchResult) => r.services.map((s) => s.name);

describe('searching the directory', () => {
  it('lists active services by name, 20 at a time, with every language for the filter', async () => {
    const all = await find(tom, '');
    expect(all.total).toBe(41);
    expect(all.services).toHaveLength(20);
    expect(names(all)).toEqual([...names(all)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(all.languages).toEqual(expect.arrayContaining(['Arabic', 'British Sign Language', 'English', 'Polish', 'Romanian', 'Urdu']));
    const page = await find(tom, 'limit=5&offset=40');
    expect(page.services).toHaveLength(1);
    expect(page.total).toBe(41);
  });

  it('finds services by area of life', async () => {
    const money = await find(marie, 'domain=money&limit=100');
    expect(money.services.every((s) => s.domains.includes('money'))).toBe(true);
    expect(names(money)).toContain('Northfield Money Advice');
    expect(names(money)).not.toContain('Little Steps Childminding Network');
    const childcare = await find(marie, 'domain=childcare_school&limit=100');
    expect(names(childcare)).toContain('Little Steps Childminding Network');
  });

  it('finds words anywhere in the name, description or organisation, each word a prefix, most relevant first', async () => {
    for (const words of ['debt', 'deb', 'DEBTS', 'money advice', 'advice partnership']) {
      const found = await find(tom, `q=${encodeURIComponent(words)}`);
      expect(names(found), words).toContain('Northfield Money Advice');
    }
    const debt = await find(tom, 'q=debt');
    // Named for it beats mentioned in passing.
    expect(debt.services[0]?.name).toBe('Northfield Money Advice');
    expect((await find(tom, 'q=childmind')).services.map((s) => s.id)).toEqual([LITTLE_STEPS]);
    // Punctuation is ignored rather than breaking the search.
    expect(names(await find(tom, `q=${encodeURIComponent("debt & (advice | ')!:*")}`))).toContain('Northfield Money Advice');
    expect((await find(tom, 'q=zzzxqy')).total).toBe(0);
  });

  it('finds services by language (any case) and only free ones', async () => {
    const polish = await find(marie, 'language=polish&limit=100');
    expect(polish.total).toBeGreaterThan(3);
    expect(polish.services.every((s) => s.languages.includes('Polish'))).toBe(true);
    const bsl = await find(marie, `language=${encodeURIComponent('British Sign Language')}&limit=100`);
    expect(names(bsl)).toContain('Deaf Families Northfield');
    const free = await find(marie, 'free=true&limit=100');
    expect(free.services.every((s) => s.free)).toBe(true);
    expect(names(free)).not.toContain('Community Wheels');
    expect(free.total).toBeLessThan(41);
    const freeMoneyPolish = await find(marie, 'free=true&domain=money&language=Polish&q=debt');
    expect(freeMoneyPolish.services.map((s) => s.id)).toEqual([MONEY_ADVICE]);
  });

  it('refuses a wrong filter with a plain 400 naming the field', async () => {
    const res = await marie.get('/api/directory/services?domain=luck');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/domain/);
    expect((await marie.get('/api/directory/services?limit=0')).statusCode).toBe(400);
  });

  it('is not open to the signed-out or to a platform administrator', async () => {
    expect((await t.client().get('/api/directory/services')).statusCode).toBe(401);
    const jordan = await t.signIn('jordan');
    expect((await jordan.get('/api/directory/services')).statusCode).toBe(403);
  });
});

describe('one service’s page', () => {
  it('shows opening times, where it is and how to get there, costs, eligibility, contacts and how to use it', async () => {
    const res = await marie.get(`/api/directory/services/${MONEY_ADVICE}`);
    expect(res.statusCode).toBe(200);
    const s: ServiceDetail = res.json();
    expect(s).toMatchObject({
      id: MONEY_ADVICE,
      name: 'Northfield Money Advice',
      organisationName: 'Northfield Advice Partnership',
      domains: ['money'],
      free: true,
      selfReferral: true,
      languages: ['English', 'Polish'],
      where: 'Northfield Library, NF1 2AB',
      saved: false,
      costs: ['Free'],
      openingTimes: [{ words: 'Mondays to Fridays, 9am to 5pm' }, { words: 'Tuesdays and Thursdays, 10am to 1pm' }],
      howToUse: expect.arrayContaining(['Refer yourself', 'Drop in', 'By phone']),
    });
    expect(s.locations[0]).toMatchObject({ name: 'Northfield Library', postcode: 'NF1 2AB', address: '12 Market Street, Northfield' });
    expect(s.locations[0]?.howToGetThere).toMatch(/Buses 4, 12 and 27/);
    expect(s.locations[0]?.accessibility.length).toBeGreaterThan(0);
    expect(s.contacts[0]?.phone).toBe('01632 960001');
    expect(s.eligibility).toContain('Anyone living in Northfield');
    const steps: ServiceDetail = (await tom.get(`/api/directory/services/${LITTLE_STEPS}`)).json();
    expect(steps).toMatchObject({ selfReferral: false, howToUse: ['By referral from a worker'] });
  });

  it('answers an unknown service with a plain 404', async () => {
    const res = await marie.get('/api/directory/services/no-such-service');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/could not find that service/);
  });
});

describe('saving a service', () => {
  it('lets a family member save a service for herself, idempotently, and find it again; others do not see it as saved', async () => {
    for (let k = 0; k < 2; k++) expect((await marie.put(`/api/directory/saved/${PEER_GROUP}`)).statusCode).toBe(204);
    const mine = await find(marie, 'saved=true');
    expect(mine.services.map((s) => s.id)).toEqual([PEER_GROUP]);
    expect(mine.services[0]?.saved).toBe(true);
    expect(((await marie.get(`/api/directory/services/${PEER_GROUP}`)).json() as ServiceDetail).saved).toBe(true);
    // Saved is per person: Jamie and Tom have not saved it.
    expect((await find(jamie, 'saved=true')).total).toBe(0);
    expect(((await tom.get(`/api/directory/services/${PEER_GROUP}`)).json() as ServiceDetail).saved).toBe(false);
    const { rows } = await t.database.asOwner(
      "SELECT subject_type, subject_id, details FROM audit_events WHERE action = 'directory_service.saved' ORDER BY occurred_at",
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ subject_type: 'person', details: { service: PEER_GROUP } });

    for (let k = 0; k < 2; k++) expect((await marie.delete(`/api/directory/saved/${PEER_GROUP}`)).statusCode).toBe(204);
    expect((await find(marie, 'saved=true')).total).toBe(0);
  });

  it('lets a young person keep his own list', async () => {
    expect((await jamie.put(`/api/directory/saved/${MONEY_ADVICE}`)).statusCode).toBe(204);
    expect((await find(jamie, 'saved=true')).services.map((s) => s.id)).toEqual([MONEY_ADVICE]);
    expect((await find(marie, 'saved=true')).total).toBe(0);
  });

  it('answers 404 for a service not in the directory, saving nothing', async () => {
    const res = await marie.put('/api/directory/saved/no-such-service');
    expect(res.statusCode).toBe(404);
    const { rows } = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM directory_saved_services WHERE service_id = 'no-such-service'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses a professional with a plain 403 saying who saves services, audited', async () => {
    const res = await tom.put(`/api/directory/saved/${MONEY_ADVICE}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/Only family members save services/);
    expect((await tom.delete(`/api/directory/saved/${MONEY_ADVICE}`)).statusCode).toBe(403);
    const { rows } = await t.database.asOwner(
      "SELECT details FROM audit_events WHERE action = 'access.denied' AND subject_type = 'directory_service' ORDER BY occurred_at",
    );
    expect(rows.map((r) => r.details.attempted)).toEqual(['directory_service.saved', 'directory_service.unsaved']);
    expect((await find(tom, 'saved=true')).total).toBe(0);
  });
});
