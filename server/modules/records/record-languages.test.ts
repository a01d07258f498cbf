// Issue 16 on the record, through the API: a family member's reply keeps the language they wrote it in (§3) and both the
// family's and the team's views say so; the family's record sends keys, not English, for the category and the reason
// something is kept back; and the reason an entry was made in error is checked like any words the family reads (§1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
type Json = Record<string, unknown> & { id: string };
const inRecord = async (who: string, id: string): Promise<Json> =>
  ((await as(who).get('/api/portal/record')).json().entries as Json[]).find((e) => e.id === id) as Json;

const visit = (over: Record<string, unknown> = {}) => ({
  kind: 'home_visit',
  occurredAt: new Date().toISOString(),
  category: 'mental_health',
  text: 'Visited Marie at home. We talked about what helps on hard days.',
  presentPersonIds: [MARIE],
  aboutPersonIds: [MARIE],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'marie']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('the language of people’s words on the record (§3)', () => {
  it('Marie, who chose Polish, adds her view: it is kept as Polish in her record and in the team’s view; the team’s answer is English', async () => {
    const entry = (await as('daniel').post(`/api/families/${F}/entries`, visit())).json();
    expect((await as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    const reply = await as('marie').post(`/api/portal/entries/${entry.id}/replies`, {
      kind: 'disagree',
      text: 'Nie mówiłam, że sobie nie radzę. Mówiłam, że niektóre dni są trudne.',
    });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json().replies).toEqual([
      expect.objectContaining({ kind: 'disagree', writtenIn: 'pl', authorKind: 'parent', authorJobTitle: null, authorRole: 'Parent' }),
    ]);
    const answered = await as('daniel').post(`/api/families/${F}/entries/${entry.id}/replies`, {
      kind: 'team_answer',
      text: 'Thank you, Marie. I have changed my note.',
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const mine = await inRecord('marie', entry.id);
    expect(mine.replies).toEqual([
      expect.objectContaining({ writtenIn: 'pl', authorKind: 'parent' }),
      expect.objectContaining({ writtenIn: 'en', authorKind: 'team', authorJobTitle: 'Community mental health nurse' }),
    ]);
    const team = (await as('daniel').get(`/api/families/${F}/entries/${entry.id}`)).json();
    expect(team.replies.map((r: { writtenIn: string }) => r.writtenIn)).toEqual(['pl', 'en']);
    const stored = await sql('SELECT written_in FROM record_entry_replies WHERE entry_id = $1 ORDER BY created_at', [entry.id]);
    expect(stored.map((r) => r.written_in)).toEqual(['pl', 'en']);
    await as('marie').put('/api/portal/language', { language: 'en' });
  });

  it('a reply written before anyone chose a language is English', async () => {
    const entry = (await as('daniel').post(`/api/families/${F}/entries`, visit())).json();
    await as('marie').post(`/api/portal/entries/${entry.id}/replies`, { kind: 'reply', text: 'Thank you.' });
    expect(((await inRecord('marie', entry.id)).replies as Json[])[0]).toMatchObject({ writtenIn: 'en' });
  });
});

describe('words the family’s record page says in their language (§3)', () => {
  it('sends the category and the reason something is kept back as keys, with the English beside them for the export', async () => {
    const shown = (await as('daniel').post(`/api/families/${F}/entries`, visit())).json();
    expect(await inRecord('marie', shown.id)).toMatchObject({ category: 'mental_health', categoryLabel: 'Mental health' });

    const part = await as('daniel').post(
      `/api/families/${F}/entries`,
      visit({
        category: 'general',
        restrictedText: 'Patricia’s own health.',
        withholding: { scope: 'part', reason: 'serious_risk', reviewOn: '2030-01-15' },
      }),
    );
    expect(part.statusCode, part.body).toBe(201);
    expect((await inRecord('marie', part.json().id)).partWithheld).toEqual({
      reason: 'serious_risk',
      reasonLabel: 'Would put a child or adult at serious risk',
      reasonPlain: 'Sharing it now could put a child or an adult at serious risk of harm.',
      reviewOn: '2030-01-15',
    });

    const whole = await as('daniel').post(`/api/families/${F}/entries`, visit({ category: 'third_party', text: 'About Patricia.' }));
    expect(await inRecord('marie', whole.json().id)).toMatchObject({
      withheld: true,
      reason: 'third_party',
      reasonPlain: 'It contains private information about someone else, which we are not allowed to share.',
    });
  });
});

describe('the reason an entry was made in error is checked (§1)', () => {
  it('is refused with the words to check and nothing changes; kept as written, it is saved with the confirmation beside it', async () => {
    const entry = (await as('daniel').post(`/api/families/${F}/entries`, visit())).json();
    const refused = await as('daniel').post(`/api/families/${F}/entries/${entry.id}/entered-in-error`, {
      version: entry.version,
      reason: 'Wrong family: written about a non-compliant parent in another record.',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: 'words_to_check',
      fields: { reason: expect.stringContaining('non-compliant') },
      findings: [expect.objectContaining({ field: 'reason', found: 'non-compliant', kind: 'judgement' })],
    });
    expect((await as('daniel').get(`/api/families/${F}/entries/${entry.id}`)).json()).toMatchObject({ enteredInError: null, version: 1 });

    const kept = await as('daniel').post(`/api/families/${F}/entries/${entry.id}/entered-in-error`, {
      version: entry.version,
      reason: 'Wrong family: written about a non-compliant parent in another record.',
      keepAsWritten: { reason: 'The words of the court order I copied.' },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().enteredInError).toMatchObject({
      reason: expect.stringContaining('non-compliant'),
      keptAsWritten: { version: 2, by: 'Daniel Okafor', reason: 'The words of the court order I copied.', found: ['non-compliant'] },
    });
    // The entry's own words were not kept: nothing beside its versions.
    expect(kept.json().keptAsWritten).toEqual([]);
    const rows = await sql('SELECT subject_kind, version FROM kept_as_written WHERE subject_id = $1', [entry.id]);
    expect(rows).toEqual([{ subject_kind: 'entry_in_error', version: 2 }]);

    // Marie reads the reason; what was kept and why is the team's.
    const mine = await inRecord('marie', entry.id);
    expect(mine.enteredInError).toEqual({ reason: expect.stringContaining('non-compliant'), at: expect.any(String) });
    expect(JSON.stringify(mine)).not.toContain('court order');
  });

  it('a plain reason needs nothing kept', async () => {
    const entry = (await as('daniel').post(`/api/families/${F}/entries`, visit())).json();
    const res = await as('daniel').post(`/api/families/${F}/entries/${entry.id}/entered-in-error`, {
      version: entry.version,
      reason: 'Written in the wrong family’s record.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().enteredInError.keptAsWritten).toBeNull();
  });
});

describe('a child’s page as the family reads it (§3)', () => {
  it('sends each relationship by the other person’s name and its kind, beside the English sentences', async () => {
    const JAMIE = '00000000-0000-7000-8000-000000000102';
    const page = await as('marie').get(`/api/families/${F}/children/${JAMIE}`);
    expect(page.statusCode, page.body).toBe(200);
    const { relatives, relationships } = page.json();
    expect(relatives).toContainEqual({ name: 'Marie', kind: 'parent_of' });
    expect(relatives).toHaveLength(relationships.length);
  });
});
