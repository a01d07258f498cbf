// Issue 16 on needs, support and referrals, through the API: what a family member writes keeps the language they wrote it
// in (§3: a need and "what would help", "that's not right", support they found, "did it help?", a self-referral, a step's
// reason, barriers) and both the family's and the team's views say so, while a worker's words are English; what the family
// is told is a message id with its values, so their page words it in their language; and the barriers a worker writes down
// are checked like any worker's words the family reads (§1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
let P: Record<string, string> = {};
const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
const today = () => new Date().toISOString().slice(0, 10);

type Step = { status: string; reason: string | null; writtenIn: string; byWorker: boolean };
type Support = {
  id: string;
  kind: string;
  writtenIn: string;
  helpedWrittenIn: string;
  offeredByWorker: boolean;
  referral: { history: Step[]; declinedReason: string | null; declinedReasonWrittenIn: string } | null;
};
type Need = {
  id: string;
  writtenIn: string;
  writer: unknown;
  notRight: { writtenIn: string } | null;
  supports: Support[];
  version: number;
};
type Page = { people: { personId: string; needs: Need[]; barriers: { writtenIn: string; version: number } }[] };

const page = async (who: string, url: string) => (await as(who).get(url)).json() as Page;
const needIn = (p: Page, id: string) => p.people.flatMap((x) => x.needs).find((n) => n.id === id) as Need;
/** Marie's latest notification of a kind, as the API gives it to her. */
const toldMarie = async (kind: string) =>
  ((await as('marie').get('/api/notifications')).json().notifications as { kind: string; messageId: string | null }[]).find(
    (n) => n.kind === kind,
  );

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['marie', 'daniel', 'tom', 'priya']) c[who] = await t.signIn(who);
  const people = (await sql('SELECT id, preferred_name FROM people WHERE family_id = $1', [F])) as { id: string; preferred_name: string }[];
  P = Object.fromEntries(people.map((p) => [p.preferred_name.toLowerCase(), p.id]));
  await sql("INSERT INTO directory_organisations (id, name) VALUES ('lang-org', 'Northgate Advice Trust')");
  await sql(
    `INSERT INTO directory_services (id, organisation_id, name, self_referral) VALUES
      ('lang-pantry', 'lang-org', 'Community Pantry', true), ('lang-advice', 'lang-org', 'Northgate Money Advice', false)`,
  );
  expect((await as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
}, 180_000);
afterAll(async () => t?.close());

describe('the language of what the family writes about their needs (§3)', () => {
  let herNeed: string;
  let workersNeed: string;

  it('Marie, who chose Polish, writes a need: it is Polish on her page and in the team’s view', async () => {
    const res = await as('marie').post('/api/portal/needs', {
      personId: P.marie,
      domain: 'housing',
      words: 'Mieszkanie jest wilgotne i Clare znowu kaszle.',
      importance: 'a_lot',
      supportWanted: 'Ktoś, kto przekona właściciela, żeby naprawił wilgoć.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ writtenIn: 'pl', writer: null });
    herNeed = res.json().id;
    expect(needIn(await page('marie', '/api/portal/needs'), herNeed).writtenIn).toBe('pl');
    expect(needIn(await page('daniel', `/api/families/${F}/needs`), herNeed).writtenIn).toBe('pl');
    expect((await sql('SELECT written_in FROM needs WHERE id = $1', [herNeed]))[0]?.written_in).toBe('pl');
  });

  it('a worker’s need is English, with their role on the care team; Marie’s “that’s not right” on it is Polish', async () => {
    const res = await as('daniel').post(`/api/families/${F}/needs`, {
      personId: P.marie,
      domain: 'mental_health',
      words: 'Seeing the same nurse every week.',
      importance: 'a_lot',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      writtenIn: 'en',
      writer: { name: 'Daniel Okafor', teamRole: 'community_psychiatric_nurse', jobTitle: 'Community mental health nurse' },
    });
    workersNeed = res.json().id;
    const said = await as('marie').post(`/api/portal/needs/${workersNeed}/not-right`, { words: 'Wolę wizyty po południu.' });
    expect(said.statusCode, said.body).toBe(200);
    expect(said.json()).toMatchObject({ writtenIn: 'en', notRight: { writtenIn: 'pl' } });
  });

  it('a change that leaves her words as they were keeps their language, whatever language she reads in now', async () => {
    expect((await as('marie').put('/api/portal/language', { language: 'en' })).statusCode).toBe(200);
    const before = needIn(await page('marie', '/api/portal/needs'), herNeed);
    const edited = await as('marie').put(`/api/portal/needs/${herNeed}`, {
      domain: 'housing',
      words: 'Mieszkanie jest wilgotne i Clare znowu kaszle.',
      importance: 'quite_a_lot',
      supportWanted: 'Ktoś, kto przekona właściciela, żeby naprawił wilgoć.',
      status: 'open',
      version: before.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ importance: 'quite_a_lot', writtenIn: 'pl' });
    expect((await as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
  });

  it('support: a worker’s offer is English, what Marie found and her “did it help?” are Polish', async () => {
    const offer = await as('tom').post(`/api/families/${F}/needs/${herNeed}/supports`, { description: 'A letter to the landlord' });
    expect(offer.statusCode, offer.body).toBe(201);
    const offered = (offer.json() as Need).supports[0] as Support;
    expect(offered).toMatchObject({ kind: 'offer', writtenIn: 'en', offeredByWorker: true });
    const found = await as('marie').post(`/api/portal/needs/${herNeed}/supports`, {
      description: 'Porada w bibliotece',
      receivedFrom: today(),
    });
    expect(found.statusCode, found.body).toBe(201);
    const own = (found.json() as Need).supports.find((s) => s.kind === 'self_found') as Support;
    expect(own).toMatchObject({ writtenIn: 'pl', offeredByWorker: false });
    const helped = await as('marie').post(`/api/portal/supports/${own.id}/helped`, { helped: 'a_bit', words: 'Trochę pomogło.' });
    expect(helped.statusCode, helped.body).toBe(200);
    expect((helped.json() as Need).supports.find((s) => s.id === own.id)).toMatchObject({ writtenIn: 'pl', helpedWrittenIn: 'pl' });
  });

  it('a self-referral and its step’s reason are Polish; a worker’s referral and steps are English, set by a worker', async () => {
    const mine = await as('marie').post(`/api/portal/needs/${herNeed}/referrals`, {
      serviceId: 'lang-pantry',
      sharedCategories: [],
      sentText: 'Proszę o paczkę z jedzeniem.',
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const referral = (mine.json() as Need).supports.find((s) => s.kind === 'referral') as Support;
    expect(referral).toMatchObject({ writtenIn: 'pl', offeredByWorker: false });
    expect(referral.referral?.history).toEqual([expect.objectContaining({ status: 'sent', writtenIn: 'pl', byWorker: false })]);
    const declined = await as('marie').post(`/api/portal/referrals/${referral.id}/status`, {
      status: 'declined',
      statusOn: today(),
      reason: 'Za daleko, żeby dojść.',
      version: 1,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const after = (declined.json() as Need).supports.find((s) => s.id === referral.id) as Support;
    expect(after.referral).toMatchObject({ declinedReason: 'Za daleko, żeby dojść.', declinedReasonWrittenIn: 'pl' });

    const tom = await as('tom').post(`/api/families/${F}/needs/${herNeed}/referrals`, {
      serviceId: 'lang-advice',
      sharedCategories: ['health'],
      sentText: 'Marie would like help with the landlord.',
      agreedHow: 'in_person',
    });
    expect(tom.statusCode, tom.body).toBe(201);
    const worker = (tom.json() as Need).supports.find((s) => s.kind === 'referral' && s.offeredByWorker) as Support;
    expect(worker).toMatchObject({ writtenIn: 'en' });
    expect(worker.referral?.history).toEqual([expect.objectContaining({ writtenIn: 'en', byWorker: true })]);
  });
});

describe('what the family is told is a message id with its values (§3)', () => {
  it('a need a worker wrote down, a referral sent for her and its next step: each with its id; the English stays', async () => {
    const added = await toldMarie('need_added');
    expect(added).toMatchObject({ messageId: 'notify-support.needAddedForYou', messageValues: { worker: 'Daniel Okafor' } });
    const sent = await toldMarie('referral_sent');
    expect(sent).toMatchObject({
      messageId: 'notify-support.referralSentForYou',
      messageValues: { by: 'Tom Reilly', service: 'Northgate Money Advice', health: 'yes', mental_health: 'no' },
      message: expect.stringContaining('What was shared with them: general notes, health. You can see'),
    });
    const rows = await sql(
      "SELECT message_id FROM notifications WHERE recipient_account_id IS NOT NULL AND kind IN ('need_added', 'referral_sent', 'referral_updated', 'support_did_it_help')",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.message_id)).toEqual([]);
  });
});

describe('barriers a worker writes down are checked (§1) and keep the family’s language (§3)', () => {
  let saved: { version: number; childcare: string | null; travelCost: string | null };
  it('Marie’s own barriers are Polish and never checked', async () => {
    const { version } = (await page('marie', '/api/portal/needs')).people.find((p) => p.personId === P.marie)?.barriers ?? { version: 0 };
    const res = await as('marie').put(`/api/portal/barriers/${P.marie}`, { times: 'Tylko rano, po szkole.', version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ writtenIn: 'pl', version: version + 1 });
    saved = res.json();
  });

  it('a worker’s words the check finds are refused with what to write instead; kept with a reason they are saved', async () => {
    const body = {
      childcare: saved.childcare,
      travelCost: saved.travelCost,
      times: 'Tylko rano, po szkole.',
      caring: 'Marie has been non-compliant with appointments.',
      version: saved.version,
    };
    const refused = await as('daniel').put(`/api/families/${F}/people/${P.marie}/barriers`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'words_to_check', fields: { caring: expect.any(String) } });
    expect(refused.json().findings).toEqual([expect.objectContaining({ field: 'caring', found: 'non-compliant' })]);
    // Marie's own words, unchanged, are not put to the worker again.
    expect(refused.json().findings.every((f: { field: string }) => f.field === 'caring')).toBe(true);

    const kept = await as('daniel').put(`/api/families/${F}/people/${P.marie}/barriers`, {
      ...body,
      keepAsWritten: { reason: 'The words Marie used herself about the clinic letters' },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    // A worker's change to her barriers leaves them in her language.
    expect(kept.json()).toMatchObject({ version: saved.version + 1, writtenIn: 'pl' });
    const stored = await sql("SELECT subject_id, version, reason FROM kept_as_written WHERE subject_kind = 'barriers'");
    expect(stored).toEqual([
      expect.objectContaining({
        subject_id: P.marie,
        version: saved.version + 1,
        reason: 'The words Marie used herself about the clinic letters',
      }),
    ]);
  });

  it('a worker’s first barriers for someone are English', async () => {
    const res = await as('tom').put(`/api/families/${F}/people/${P.clare}/barriers`, { times: 'After 4pm', version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().writtenIn).toBe('en');
  });
});
