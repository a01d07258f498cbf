// Issue 11 regressions for record entries, through the API: who may change an entry (finding 2), no consent
// laundering by a change of category and versions kept to their own category (finding 3), third-party
// information withheld by default (finding 14), and what a young person reads about his mother (finding 10).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../db/migrate.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
const JAMIE = '00000000-0000-7000-8000-000000000102';
const DANIEL = '00000000-0000-7000-8000-000000000021';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'helen', 'tom', 'angela', 'marie', 'jamie']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

type Entry = { id: string; version: number; text: string; category: string; occurredAt: string; allowedChanges: string[] };
const write = async (who: string, over: Record<string, unknown>): Promise<Entry> => {
  const res = await as(who).post(`/api/families/${F}/entries`, {
    kind: 'observation',
    occurredAt: new Date().toISOString(),
    category: 'general',
    text: 'A note.',
    aboutPersonIds: [MARIE],
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const url = (e: { id: string }) => `/api/families/${F}/entries/${e.id}`;
const edit = (e: Entry, over: Record<string, unknown>) => ({
  version: e.version,
  text: e.text,
  category: e.category,
  occurredAt: e.occurredAt,
  changeNote: 'Correcting it',
  ...over,
});
const portalEntry = async (who: string, id: string) =>
  (await as(who).get('/api/portal/record')).json().entries.find((e: { id: string }) => e.id === id);
const denials = async (entryId: string) =>
  (
    await t.database.asOwner("SELECT details FROM audit_events WHERE action = 'access.denied' AND subject_id = $1 ORDER BY seq", [entryId])
  ).rows.map((r) => r.details);

describe('finding 2: only the author and named roles of the author’s agency change an entry', () => {
  it('the school pastoral lead cannot lift the nurse’s “serious risk” withholding: 403 naming who can, audited, and Marie still sees only the placeholder', async () => {
    const entry = await write('daniel', {
      text: 'RISK-NOTE-41 kept back for now.',
      withholding: { scope: 'whole', reason: 'serious_risk', reviewOn: '2027-03-01' },
    });
    const seen = (await as('helen').get(url(entry))).json();
    expect(seen.allowedChanges).toEqual(['team_answer']);

    const lifted = await as('helen').post(`${url(entry)}/withholding`, { version: entry.version, withholding: null });
    expect(lifted.statusCode).toBe(403);
    expect(lifted.json().message).toMatch(
      /Only Daniel Okafor, who wrote this entry, or a team manager or information governance lead at Northfield Mental Health Trust/,
    );
    expect(await denials(entry.id)).toEqual([{ attempted: 'entry.withholding_changed', reason: 'may_not_release' }]);

    const record = await as('marie').get('/api/portal/record');
    expect(record.body).not.toContain('RISK-NOTE-41');
    expect(await portalEntry('marie', entry.id)).toMatchObject({ withheld: true, reasonLabel: expect.stringContaining('serious risk') });
  });

  it('the school cannot edit the children’s social worker’s entry, change its category or mark it in error; she can answer it as the team', async () => {
    const entry = await write('priya', { text: 'PRIYA-NOTE-42 about the school run.' });
    const text = await as('helen').put(url(entry), edit(entry, { text: 'Rewritten by the school.' }));
    const category = await as('helen').put(url(entry), edit(entry, { category: 'education' }));
    const error = await as('helen').post(`${url(entry)}/entered-in-error`, { version: entry.version, reason: 'Not ours to keep' });
    for (const res of [text, category, error]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(
        /Only Priya Shah, who wrote this entry, or a team manager at Northfield Children's Services can change it/,
      );
    }
    const answer = await as('helen').post(`${url(entry)}/replies`, { kind: 'team_answer', text: 'School will walk with Jamie.' });
    expect(answer.statusCode).toBe(200);
    const now = (await as('priya').get(url(entry))).json();
    expect(now).toMatchObject({ text: 'PRIYA-NOTE-42 about the school run.', category: 'general', enteredInError: null });
    expect(now.versions).toHaveLength(1);
  });

  it('inside the agency: a colleague may not, the team manager may; hiding a placeholder is for the team manager of the agency that wrote it', async () => {
    const entry = await write('priya', { text: 'Agency note.' });
    expect((await as('tom').put(url(entry), edit(entry, { text: 'Tom’s words.' }))).statusCode).toBe(403);
    const byManager = await as('angela').put(url(entry), edit(entry, { text: 'Angela’s words.' }));
    expect(byManager.statusCode).toBe(200);
    expect(byManager.json().allowedChanges).toContain('edit_text');

    const nurses = await write('daniel', {
      text: 'Nurse’s withheld note.',
      withholding: { scope: 'whole', reason: 'serious_risk', reviewOn: '2027-03-01' },
    });
    const hide = { reason: 'Telling her now would put the children at risk.' };
    const notHers = await as('angela').post(`${url(nurses)}/hide-placeholder`, hide);
    expect(notHers.statusCode).toBe(403);
    expect(notHers.json().message).toMatch(/Only a team manager at Northfield Mental Health Trust/);
    expect(await portalEntry('marie', nurses.id)).toMatchObject({ withheld: true });

    const own = await write('priya', {
      text: 'Strategy.',
      withholding: { scope: 'whole', reason: 'serious_risk', reviewOn: '2027-03-01' },
    });
    expect((await as('angela').post(`${url(own)}/hide-placeholder`, hide)).statusCode).toBe(200);
  });

  it('each reader is told which changes they may make', async () => {
    const entry = await write('priya', { text: 'Who may do what.' });
    const mine = (await as('priya').get(url(entry))).json();
    expect(mine.allowedChanges).toEqual(['edit_text', 'change_category', 'withhold', 'mark_in_error', 'team_answer']);
    const list = (await as('daniel').get(`/api/families/${F}/entries`)).json();
    expect(list.entries.find((e: { id: string }) => e.id === entry.id).allowedChanges).toEqual(['team_answer']);
  });
});

describe('finding 3: a change of category is not a way round consent', () => {
  it('children’s services, given mental health by consent, cannot make the nurse’s entry general; once Marie withdraws, the school and children’s services read nothing of it', async () => {
    const entry = await write('daniel', { category: 'mental_health', text: 'LAUNDER-43 the voices came back.' });
    const consent = await as('marie').post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.council,
      purpose: 'So Priya understands how I am',
    });
    expect(consent.statusCode).toBe(201);
    expect((await as('priya').get(url(entry))).statusCode).toBe(200);

    const laundered = await as('priya').put(url(entry), edit(entry, { category: 'general' }));
    expect(laundered.statusCode).toBe(403);

    expect((await as('marie').post(`/api/portal/consents/${consent.json().id}/withdraw`)).statusCode).toBe(204);
    for (const who of ['helen', 'priya']) {
      expect((await as(who).get(url(entry))).statusCode).toBe(404);
      expect((await as(who).get(`/api/families/${F}/entries`)).body).not.toContain('LAUNDER-43');
    }
  });

  it('the author’s agency may narrow who reads an entry, but widening needs consent or an override: 403, audited', async () => {
    const mh = await write('daniel', { category: 'mental_health', text: 'Narrow me.' });
    const widened = await as('daniel').put(url(mh), edit(mh, { category: 'general' }));
    expect(widened.statusCode).toBe(403);
    expect(widened.json().message).toMatch(/To share it more widely, ask the family for their consent, or share it without consent/);
    expect(await denials(mh.id)).toEqual([{ attempted: 'entry.edited', reason: 'widens_sharing' }]);
    expect((await as('daniel').put(url(mh), edit(mh, { category: 'health' }))).statusCode).toBe(403);

    const general = await write('daniel', { text: 'NARROWED-44 now mental health.' });
    expect((await as('helen').get(url(general))).statusCode).toBe(200);
    const narrowed = await as('daniel').put(url(general), edit(general, { category: 'mental_health' }));
    expect(narrowed.statusCode).toBe(200);
    expect((await as('helen').get(url(general))).statusCode).toBe(404);
  });

  it('an earlier version is read only by someone who could read its own category (an entry made general before this rule)', async () => {
    const entry = await write('daniel', { category: 'mental_health', text: 'OLD-MH-45 what Marie said about the voices.' });
    // The state the review found: the category changed to general, the mental-health wording kept as version 1.
    await t.database.asOwner(`UPDATE record_entries SET category = 'general', text = 'Visit took place.', version = 2 WHERE id = $1;`, [
      entry.id,
    ]);
    await t.database.asOwner(
      `INSERT INTO record_entry_versions (family_id, entry_id, version, text, category, occurred_at, edited_by_staff_id)
       VALUES ($1, $2, 2, 'Visit took place.', 'general', now(), $3)`,
      [F, entry.id, DANIEL],
    );
    for (const res of [await as('helen').get(url(entry)), await as('helen').get(`/api/families/${F}/entries`)]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('OLD-MH-45');
    }
    expect((await as('helen').get(url(entry))).json().versions.map((v: { version: number }) => v.version)).toEqual([2]);
    expect((await as('daniel').get(url(entry))).json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await as('marie').get('/api/portal/record')).body).toContain('OLD-MH-45');
  });
});

describe('finding 14: third-party information is withheld until its author releases it, the same everywhere', () => {
  const inThreeMonths = () => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() + 3);
    return d.toISOString().slice(0, 10);
  };

  it('a third-party entry written without a withholding is kept from Marie until the nurse releases it', async () => {
    const entry = await write('daniel', { category: 'third_party', text: 'NEIGHBOUR-46 told me about her own troubles.' });
    expect(entry).toMatchObject({
      withholding: { scope: 'whole', reason: 'third_party', reviewOn: inThreeMonths(), decidedByName: 'Daniel Okafor' },
    });
    expect((await as('marie').get('/api/portal/record')).body).not.toContain('NEIGHBOUR-46');
    expect(await portalEntry('marie', entry.id)).toMatchObject({ withheld: true, reasonLabel: 'Third-party information' });

    const released = await as('daniel').post(`${url(entry)}/withholding`, { version: entry.version, withholding: null });
    expect(released.statusCode).toBe(200);
    expect(await portalEntry('marie', entry.id)).toMatchObject({ withheld: false, text: 'NEIGHBOUR-46 told me about her own troubles.' });
  });

  it('an entry re-categorised as third party is withheld too', async () => {
    const entry = await write('daniel', { text: 'RECAT-47 about a neighbour.' });
    const changed = await as('daniel').put(url(entry), edit(entry, { category: 'third_party' }));
    expect(changed.statusCode).toBe(200);
    expect(changed.json().withholding).toMatchObject({ scope: 'whole', reason: 'third_party' });
    expect(await portalEntry('marie', entry.id)).toMatchObject({ withheld: true });
  });

  it('migration 0012 withholds third-party entries that nobody withheld', async () => {
    const entry = await write('daniel', { category: 'third_party', text: 'LEGACY-48 from before the rule.' });
    await t.database.asOwner(
      `UPDATE record_entries SET withholding_scope = NULL, withholding_reason = NULL, withholding_review_on = NULL,
         withholding_decided_by_staff_id = NULL, withholding_decided_at = NULL WHERE id = $1`,
      [entry.id],
    );
    expect((await as('marie').get('/api/portal/record')).body).toContain('LEGACY-48');
    await t.database.asOwner(fs.readFileSync(path.join(MIGRATIONS_DIR, '0012_withhold_third_party_entries.sql'), 'utf8'));
    expect((await as('marie').get('/api/portal/record')).body).not.toContain('LEGACY-48');
    expect((await as('daniel').get(url(entry))).json()).toMatchObject({
      version: entry.version + 1,
      withholding: { scope: 'whole', reason: 'third_party', reviewOn: inThreeMonths(), decidedByName: 'Daniel Okafor' },
    });
  });
});

describe('finding 10: a young person reads what is about him, not his mother’s own information', () => {
  it('Jamie does not read a mental-health entry about his mother that also names him; he reads one about him alone, and general ones about both', async () => {
    const both = await write('daniel', { category: 'mental_health', text: 'MUM-MH-49', aboutPersonIds: [MARIE, JAMIE] });
    const healthBoth = await write('daniel', { category: 'health', text: 'MUM-HEALTH-50', aboutPersonIds: [MARIE, JAMIE] });
    const his = await write('daniel', { category: 'mental_health', text: 'JAMIE-MH-51', aboutPersonIds: [JAMIE] });
    const general = await write('priya', { text: 'FAMILY-52 day out together.', aboutPersonIds: [MARIE, JAMIE] });
    const record = await as('jamie').get('/api/portal/record');
    const ids = record.json().entries.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining([his.id, general.id]));
    expect(ids).not.toContain(both.id);
    expect(ids).not.toContain(healthBoth.id);
    expect(record.body).not.toContain('MUM-MH-49');
    expect(record.body).not.toContain('MUM-HEALTH-50');
    // Marie reads all of them.
    const hers = (await as('marie').get('/api/portal/record')).json().entries.map((e: { id: string }) => e.id);
    expect(hers).toEqual(expect.arrayContaining([both.id, healthBoth.id, his.id, general.id]));
  });

  it('nor an earlier version of an entry about both of them that was written as mental health', async () => {
    const entry = await write('daniel', { category: 'mental_health', text: 'MUM-OLD-53', aboutPersonIds: [MARIE, JAMIE] });
    await t.database.asOwner(`UPDATE record_entries SET category = 'general', text = 'We met.', version = 2 WHERE id = $1`, [entry.id]);
    await t.database.asOwner(
      `INSERT INTO record_entry_versions (family_id, entry_id, version, text, category, occurred_at, edited_by_staff_id)
       VALUES ($1, $2, 2, 'We met.', 'general', now(), $3)`,
      [F, entry.id, DANIEL],
    );
    const record = await as('jamie').get('/api/portal/record');
    expect(record.json().entries.map((e: { id: string }) => e.id)).toContain(entry.id);
    expect(record.body).not.toContain('MUM-OLD-53');
  });
});
