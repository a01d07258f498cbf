// Referrals through the API (issue 15 §3): a worker refers with the parent's agreement (the disclosure log row, her
// sharing page, what she is told), self-referral, each step and the refusals, "did it help?" (only the right person)
// and the gap it feeds, and the chase reminder (once per status date).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../audit/audit-log.ts';
import { loadConfig } from '../../../config.ts';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp, type TestClient } from '../../../test/test-app.ts';
import { remindReferralChases } from '../index.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
let c: Record<'marie' | 'jamie' | 'clive' | 'tom' | 'priya' | 'helen' | 'daniel', TestClient>;
let P: Record<string, string> = {};
let staff: Record<string, string> = {};
const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });

type Support = {
  id: string;
  kind: string;
  version: number;
  helped: string | null;
  receivedFrom: string | null;
  referral: Record<string, unknown> & { history: unknown[] };
};
type NeedBody = { id: string; gap: string; supports: Support[] };

const rows = async (q: string, params: unknown[] = []) => (await t.database.asOwner(q, params)).rows;
const count = async (q: string, params: unknown[] = []) => Number((await rows(q, params))[0].n);
const today = () => new Date().toISOString().slice(0, 10);
const referral = (over: Record<string, unknown> = {}) => ({
  serviceId: 'test-debt-advice',
  sharedCategories: ['health'],
  sentText: 'Marie would like help with debts and the gas bill. Mornings suit her best.',
  agreedHow: 'in_person',
  ...over,
});
const addNeed = async (client: TestClient, url: string, body: Record<string, unknown>) => {
  const res = await client.post(url, { domain: 'money', importance: 'a_lot', ...body });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};
const status = (client: TestClient, url: string, body: Record<string, unknown>) => client.post(url, { statusOn: today(), ...body });

beforeAll(async () => {
  t = await createTestApp();
  const names = ['marie', 'jamie', 'clive', 'tom', 'priya', 'helen', 'daniel'] as const;
  c = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.signIn(n)]))) as typeof c;
  const people = (await rows('SELECT id, preferred_name FROM people WHERE family_id = $1', [F])) as {
    id: string;
    preferred_name: string;
  }[];
  P = Object.fromEntries(people.map((p) => [p.preferred_name.toLowerCase(), p.id]));
  const accounts = (await rows('SELECT username, staff_id FROM accounts WHERE staff_id IS NOT NULL')) as {
    username: string;
    staff_id: string;
  }[];
  staff = Object.fromEntries(accounts.map((r) => [r.username, r.staff_id]));
  // Two services of our own, whatever the demo's directory holds: one a worker refers to, one that takes self-referrals.
  await t.database.asOwner("INSERT INTO directory_organisations (id, name) VALUES ('test-org', 'Northgate Advice Trust')");
  await t.database.asOwner(
    `INSERT INTO directory_services (id, organisation_id, name, self_referral) VALUES
      ('test-debt-advice', 'test-org', 'Northgate Money Advice', false), ('test-pantry', 'test-org', 'Community Pantry', true)`,
  );
}, 180_000);
afterAll(async () => t?.close());

describe('a worker refers with the parent’s agreement', () => {
  let needId: string;
  let supportId: string;

  it('records what was agreed and sent and the lawful basis, writes the disclosure log, tells Marie; a retry shares nothing again', async () => {
    needId = await addNeed(c.marie, '/api/portal/needs', { personId: P.marie, words: 'Help with the debts' });
    const url = `/api/families/${F}/needs/${needId}/referrals`;
    const res = await c.tom.post(url, referral(), { 'idempotency-key': 'tom-debt-referral' });
    expect(res.statusCode).toBe(201);
    const s = (res.json() as NeedBody).supports[0];
    supportId = s?.id ?? '';
    expect(s).toMatchObject({ kind: 'referral', description: 'Referral to Northgate Money Advice', serviceName: 'Northgate Money Advice' });
    expect(s?.referral).toMatchObject({
      status: 'sent',
      sharedCategories: ['general', 'health'],
      lawfulBasis: 'consent',
      agreedHow: 'in_person',
      mayUpdate: true,
      history: [{ status: 'sent', by: "Tom Reilly, Northfield Children's Services" }],
    });
    expect(res.json().gap).toBe('not_received');
    const log = await rows("SELECT * FROM disclosures WHERE via = 'referral' AND source_id = $1", [supportId]);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      recipient_description: 'Northgate Money Advice (Northgate Advice Trust)',
      lawful_basis: 'consent',
      decided_by_description: "Tom Reilly, Northfield Children's Services",
      purpose: 'A referral for support with money and debt',
    });
    expect([...log[0].categories].sort()).toEqual(['general', 'health']);
    expect((await rows('SELECT disclosure_id FROM need_supports WHERE id = $1', [supportId]))[0].disclosure_id).toBe(log[0].id);

    const retry = await c.tom.post(url, referral(), { 'idempotency-key': 'tom-debt-referral' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().supports).toHaveLength(1);
    expect(await count("SELECT count(*) AS n FROM disclosures WHERE via = 'referral' AND source_id = $1", [supportId])).toBe(1);
    expect((await c.tom.post(url, referral({ sentText: 'Something else' }), { 'idempotency-key': 'tom-debt-referral' })).statusCode).toBe(
      422,
    );

    const told = await rows("SELECT message FROM notifications WHERE kind = 'referral_sent' AND message LIKE '%Northgate Money Advice%'");
    expect(told).toHaveLength(1);
    expect(told[0].message).toContain('Tom Reilly sent a referral to Northgate Money Advice for you');
    expect(told[0].message).toContain('general notes, health');
  });

  it('is listed on Marie’s sharing page', async () => {
    const sharing = await c.marie.get('/api/portal/sharing');
    expect(sharing.statusCode).toBe(200);
    const share = sharing.json().shares.find((x: { recipient: string }) => x.recipient.startsWith('Northgate Money Advice'));
    expect(share).toMatchObject({ via: 'referral', lawfulBasis: 'Consent', decidedBy: "Tom Reilly, Northfield Children's Services" });
    expect(share.categories).toEqual(expect.arrayContaining(['General notes', 'Health']));
  });

  it('refuses a service not in the directory, and consent without how she agreed, saving and sharing nothing', async () => {
    const url = `/api/families/${F}/needs/${needId}/referrals`;
    const before = [await count('SELECT count(*) AS n FROM need_supports'), await count('SELECT count(*) AS n FROM disclosures')];
    const unknown = await c.tom.post(url, referral({ serviceId: 'no-such-service' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ message: 'Choose a service from the directory.', fields: { serviceId: expect.any(String) } });
    const noAgreement = await c.tom.post(url, referral({ agreedHow: undefined }));
    expect(noAgreement.statusCode).toBe(400);
    expect(noAgreement.json().fields).toHaveProperty('agreedHow');
    expect(await count('SELECT count(*) AS n FROM need_supports')).toBe(before[0]);
    expect(await count('SELECT count(*) AS n FROM disclosures')).toBe(before[1]);
  });

  it('moves step by step, each with its date and who set it; Marie is told each step; wrong moves are refused', async () => {
    const url = `/api/families/${F}/referrals/${supportId}/status`;
    const accepted = await status(c.tom, url, { status: 'accepted', version: 1 });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().supports[0].referral.history).toHaveLength(2);
    expect((await status(c.tom, url, { status: 'accepted', version: 1 })).statusCode).toBe(409);
    const jump = await status(c.tom, url, { status: 'ended', version: 2 });
    expect(jump.statusCode).toBe(400);
    expect(jump.json().fields).toHaveProperty('status');
    const noReason = await status(c.tom, url, { status: 'declined', version: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toHaveProperty('reason');
    expect(
      await count("SELECT count(*) AS n FROM notifications WHERE kind = 'referral_updated' AND message LIKE '%Northgate Money Advice%'"),
    ).toBe(1);
    // Nobody else moves it: Marie did not make it, Helen's school neither; a key worker may.
    expect((await status(c.marie, `/api/portal/referrals/${supportId}/status`, { status: 'started', version: 2 })).statusCode).toBe(403);
    const helen = await status(c.helen, url, { status: 'started', version: 2 });
    expect(helen.statusCode).toBe(403);
    expect(helen.json().message).toMatch(/key workers/);
    const started = await status(c.priya, url, { status: 'started', version: 2 });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ gap: 'being_helped', supports: [{ receivedFrom: today() }] });
    expect(started.json().supports[0].referral.history.at(-1)).toMatchObject({
      status: 'started',
      by: "Priya Shah, Northfield Children's Services",
    });
  });

  it('asks “did it help?” once when it ends, and is final after that', async () => {
    const url = `/api/families/${F}/referrals/${supportId}/status`;
    const ended = await status(c.tom, url, { status: 'ended', version: 3 });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().supports[0]).toMatchObject({ receivedUntil: today() });
    expect(ended.json().gap).toBe('being_helped');
    const asked = await rows(
      "SELECT recipient_account_id, message FROM notifications WHERE kind = 'support_did_it_help' AND message LIKE '%Northgate Money Advice%'",
    );
    expect(asked).toHaveLength(1);
    expect(asked[0].message).toMatch(/Did it help\?/);
    const again = await status(c.tom, url, { status: 'started', version: 4 });
    expect(again.statusCode).toBe(400);
  });

  it('lets only the person (or the parent for her children) say whether it helped, and that closes the gap', async () => {
    const body = { helped: 'yes', words: 'They sorted a payment plan with the gas company.' };
    expect((await c.jamie.post(`/api/portal/supports/${supportId}/helped`, body)).statusCode).toBe(404);
    expect((await c.clive.post(`/api/portal/supports/${supportId}/helped`, body)).statusCode).toBe(404);
    expect((await c.tom.post(`/api/portal/supports/${supportId}/helped`, body)).statusCode).toBe(403);
    const bad = await c.marie.post(`/api/portal/supports/${supportId}/helped`, { helped: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('helped');
    const res = await c.marie.post(`/api/portal/supports/${supportId}/helped`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ gap: 'helped', supports: [{ helped: 'yes', helpedWords: body.words }] });
    const forTom = (await c.tom.get(`/api/families/${F}/needs`)).json();
    const seen = forTom.people.flatMap((p: { needs: NeedBody[] }) => p.needs).find((n: NeedBody) => n.id === needId);
    expect(seen.gap).toBe('helped');
  });
});

describe('the family refers themselves, and answers for the children', () => {
  it('only to a service that takes self-referrals, agreed in Umbrella; they keep it up to date themselves', async () => {
    const needId = await addNeed(c.marie, '/api/portal/needs', { personId: P.marie, domain: 'food', words: 'Food until payday' });
    const url = `/api/portal/needs/${needId}/referrals`;
    const notSelf = await c.marie.post(url, referral({ sentText: 'I need help with debts' }));
    expect(notSelf.statusCode).toBe(400);
    expect(notSelf.json().fields).toHaveProperty('serviceId');
    const res = await c.marie.post(
      url,
      referral({ serviceId: 'test-pantry', sharedCategories: [], sentText: 'Food parcel, please', agreedHow: undefined }),
    );
    expect(res.statusCode).toBe(201);
    const s = res.json().supports[0];
    expect(s.referral).toMatchObject({ agreedHow: 'in_umbrella', lawfulBasis: 'consent', sharedCategories: ['general'], mayUpdate: true });
    expect(s.offeredBy).toBe('Marie');
    const moved = await status(c.marie, `/api/portal/referrals/${s.id}/status`, { status: 'started', version: 1 });
    expect(moved.statusCode).toBe(200);
    expect(await count("SELECT count(*) AS n FROM disclosures WHERE via = 'referral' AND decided_by_description = 'Marie'")).toBe(1);
  });

  it('a referral for Clare: Marie answers “did it help”, Clive may not, Jamie does not even see it', async () => {
    const needId = await addNeed(c.marie, '/api/portal/needs', {
      personId: P.clare,
      domain: 'childcare_school',
      words: 'After-school club on Tuesdays',
    });
    const made = await c.priya.post(
      `/api/families/${F}/needs/${needId}/referrals`,
      referral({ sharedCategories: [], sentText: 'Clare, 9, Tuesdays' }),
    );
    expect(made.statusCode).toBe(201);
    const supportId = made.json().supports[0].id;
    const body = { helped: 'a_bit' };
    expect((await c.clive.post(`/api/portal/supports/${supportId}/helped`, body)).statusCode).toBe(403);
    expect((await c.jamie.post(`/api/portal/supports/${supportId}/helped`, body)).statusCode).toBe(404);
    expect((await c.marie.post(`/api/portal/supports/${supportId}/helped`, body)).statusCode).toBe(200);
  });
});

describe('another adult’s referral is theirs', () => {
  it('tells Clive of the referral of his own need, and never the children’s mother', async () => {
    const needId = await addNeed(c.clive, '/api/portal/needs', { personId: P.clive, domain: 'work_learning', words: 'A course for work' });
    const told = () =>
      rows(
        `SELECT a.username FROM notifications n JOIN accounts a ON a.id = n.recipient_account_id WHERE n.kind = 'referral_sent' ORDER BY n.created_at, n.id`,
      );
    const before = (await told()).length;
    const sharesOf = async (client: TestClient) =>
      ((await client.get('/api/portal/sharing')).json().shares as { via?: string; recipient: string }[]).length;
    const mariesBefore = await sharesOf(c.marie);
    const made = await c.tom.post(
      `/api/families/${F}/needs/${needId}/referrals`,
      referral({ sharedCategories: [], sentText: 'Clive, evenings' }),
    );
    expect(made.statusCode).toBe(201);
    expect((await told()).slice(before).map((r) => r.username)).toEqual(['clive']);
    // Nor does the share reach her sharing page: what leaves the server for her is unchanged.
    expect(await sharesOf(c.marie)).toBe(mariesBefore);
  });

  it('lists a referral about Jamie on his own sharing page, and one about his mother not', async () => {
    const sharesOf = async () => (await c.jamie.get('/api/portal/sharing')).json().shares as unknown[];
    const before = (await sharesOf()).length;
    const mine = await addNeed(c.jamie, '/api/portal/needs', { personId: P.jamie, domain: 'child_own', words: 'Someone to talk to' });
    expect((await c.priya.post(`/api/families/${F}/needs/${mine}/referrals`, referral({ sentText: 'Jamie, 14' }))).statusCode).toBe(201);
    expect((await sharesOf()).length).toBe(before + 1);
    const hers = await addNeed(c.marie, '/api/portal/needs', { personId: P.marie, domain: 'money', words: 'Help with the rent' });
    expect((await c.tom.post(`/api/families/${F}/needs/${hers}/referrals`, referral({ sentText: 'Marie, rent' }))).statusCode).toBe(201);
    expect((await sharesOf()).length).toBe(before + 1);
  });
});

describe('the chase reminder', () => {
  it('reminds the referrer once per status date when a referral has waited longer than the chase days', async () => {
    const needId = await addNeed(c.marie, '/api/portal/needs', { personId: P.marie, domain: 'housing', words: 'A dry flat' });
    const made = await c.tom.post(`/api/families/${F}/needs/${needId}/referrals`, referral({ sentText: 'Damp flat' }));
    const supportId = made.json().supports[0].id as string;
    const now = new Date();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    const mine = () =>
      count("SELECT count(*) AS n FROM notifications WHERE kind = 'referral_chase_due' AND dedupe_key LIKE $1", [`%${supportId}%`]);
    await t.database.asOwner('UPDATE need_supports SET referral_status_on = $2, offered_on = $2 WHERE id = $1', [supportId, daysAgo(14)]);
    await remindReferralChases(t.database.db, audit, now, 14);
    expect(await mine()).toBe(0);
    await t.database.asOwner('UPDATE need_supports SET referral_status_on = $2, offered_on = $2 WHERE id = $1', [supportId, daysAgo(15)]);
    await remindReferralChases(t.database.db, audit, now, 14);
    await remindReferralChases(t.database.db, audit, now, 14);
    expect(await mine()).toBe(1);
    const told = await rows(
      "SELECT recipient_staff_id, message FROM notifications WHERE kind = 'referral_chase_due' AND dedupe_key LIKE $1",
      [`%${supportId}%`],
    );
    expect(told[0]).toMatchObject({ recipient_staff_id: staff.tom });
    expect(told[0].message).toMatch(/^Your referral of Marie to Northgate Money Advice was sent since .* It may be worth chasing\.$/);
    // A step cannot be dated before the last one.
    await status(c.tom, `/api/families/${F}/referrals/${supportId}/status`, { status: 'waiting', statusOn: daysAgo(16), version: 1 }).then(
      (r) => expect(r.statusCode).toBe(400),
    );
    const waiting = await status(c.tom, `/api/families/${F}/referrals/${supportId}/status`, { status: 'waiting', version: 1 });
    expect(waiting.statusCode).toBe(200);
    // Put on the list today: reminded again once it has waited longer than 14 days from today.
    const later = (n: number) => new Date(now.getTime() + n * 86_400_000);
    await remindReferralChases(t.database.db, audit, later(14), 14);
    expect(await mine()).toBe(1);
    await remindReferralChases(t.database.db, audit, later(15), 14);
    await remindReferralChases(t.database.db, audit, later(16), 14);
    expect(await mine()).toBe(2);
    expect(
      await count("SELECT count(*) AS n FROM audit_events WHERE action = 'referral.chase_reminded' AND subject_id = $1", [supportId]),
    ).toBe(2);
  });

  it('waits 14 days unless REFERRAL_CHASE_DAYS says otherwise, and names a wrong value', () => {
    expect(loadConfig({}).referralChaseDays).toBe(14);
    expect(loadConfig({ REFERRAL_CHASE_DAYS: '21' }).referralChaseDays).toBe(21);
    expect(() => loadConfig({ REFERRAL_CHASE_DAYS: '0' })).toThrow(/REFERRAL_CHASE_DAYS/);
    expect(() => loadConfig({ REFERRAL_CHASE_DAYS: 'a fortnight' })).toThrow(/REFERRAL_CHASE_DAYS/);
  });
});
