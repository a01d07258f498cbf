// Issue 16 at the end of involvement, through the API: what the parent is told is kept as a message id and its values so
// she reads it in her language, and its English is unchanged (§3); her reply to the closing summary keeps the language
// she wrote it in (§3); and the reason for reopening, which she reads in the involvement history, is checked (§1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
/** The notifications of a kind that reached someone's account (a family member) or their staff record (a worker). */
const rows = (kind: string, username: string) =>
  sql(
    `SELECT n.message, n.message_id, n.message_values FROM notifications n
     JOIN accounts a ON a.id = n.recipient_account_id OR a.staff_id = n.recipient_staff_id
     WHERE n.kind = $1 AND a.username = $2`,
    [kind, username],
  );
const values = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const SUMMARY = 'We have worked together since October. You have a plan for when things get hard. If you need us again, call the team.';
const LABEL = 'Marie was non-compliant with her medication again.';

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'angela', 'marie']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('closing: the parent is told in words she can read in her language (§3)', () => {
  it('the notification to Marie’s account keeps its message id and values, and the same English', async () => {
    expect((await as('daniel').post(`/api/families/${F}/involvement/close`, { summary: SUMMARY })).statusCode).toBe(200);
    const told = await rows('involvement_closed', 'marie');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      message:
        'Daniel Okafor has closed the service’s work with your family and written a summary for you. You can read it and add your reply. You can still read your record in Umbrella. If things get harder, you can ask for help again at any time.',
      message_id: 'notify-records.involvementClosed',
    });
    expect(values(told[0]?.message_values)).toEqual({ closedBy: 'Daniel Okafor' });
    const mine = (await as('marie').get('/api/notifications')).json().notifications;
    expect(mine.find((n: { kind: string }) => n.kind === 'involvement_closed')).toMatchObject({
      messageId: 'notify-records.involvementClosed',
      messageValues: { closedBy: 'Daniel Okafor' },
    });
  });
});

describe('the parent’s reply to the closing summary keeps her language (§3)', () => {
  it('written in Polish, it is Polish in her view and the team’s; the key workers are told with a message id too', async () => {
    expect((await as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    const reply = await as('marie').post('/api/portal/closing-summary/replies', {
      text: 'Dziękuję. Chciałabym, żeby Tom był w kontakcie.',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const read = (await as('marie').get('/api/portal/closing-summary')).json();
    expect(read.closure.replies).toEqual([expect.objectContaining({ writtenIn: 'pl', author: 'Marie' })]);
    const team = (await as('daniel').get(`/api/families/${F}/involvement`)).json();
    expect(team.closures[0].replies).toEqual([expect.objectContaining({ writtenIn: 'pl' })]);
    const toDaniel = await rows('closing_summary_reply', 'daniel');
    expect(toDaniel[0]).toMatchObject({
      message_id: 'notify-records.closingReply',
      message: expect.stringMatching(/^The family has replied/),
    });
    await as('marie').put('/api/portal/language', { language: 'en' });
    await as('marie').post('/api/portal/closing-summary/replies', { text: 'And thank you to Daniel.' });
    const again = (await as('marie').get('/api/portal/closing-summary')).json();
    expect(again.closure.replies.map((r: { writtenIn: string }) => r.writtenIn)).toEqual(['pl', 'en']);
  });
});

describe('the reason for reopening is checked (§1)', () => {
  it('is refused with the words to check and the work stays closed, unless the writer keeps them as written', async () => {
    const refused = await as('angela').post(`/api/families/${F}/involvement/reopen`, { reason: LABEL });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: 'words_to_check',
      fields: { reason: expect.stringContaining('non-compliant') },
      findings: [expect.objectContaining({ field: 'reason', found: 'non-compliant', kind: 'judgement' })],
    });
    expect((await as('daniel').get(`/api/families/${F}/involvement`)).json().status).toBe('closed');
    expect(await rows('involvement_reopened', 'marie')).toEqual([]);

    const kept = await as('angela').post(`/api/families/${F}/involvement/reopen`, {
      reason: LABEL,
      keepAsWritten: { reason: 'Marie’s own words when she rang the duty line.' },
    });
    expect(kept.statusCode, kept.body).toBe(204);
    const state = (await as('daniel').get(`/api/families/${F}/involvement`)).json();
    expect(state.status).toBe('open');
    expect(state.closures[0]).toMatchObject({
      reopenReason: LABEL,
      reopenKeptAsWritten: {
        by: expect.stringContaining('Angela'),
        reason: 'Marie’s own words when she rang the duty line.',
        found: ['non-compliant'],
      },
      keptAsWritten: null,
    });
    const stored = await sql("SELECT subject_id, version FROM kept_as_written WHERE subject_kind = 'involvement_reopened'");
    expect(stored).toEqual([{ subject_id: state.closures[0].id, version: 1 }]);

    // Marie reads the reason in her family's history, and is told in words she can read in her language.
    const told = await rows('involvement_reopened', 'marie');
    expect(told[0]).toMatchObject({
      message_id: 'notify-records.involvementReopened',
      message: expect.stringMatching(/^Angela .* has started working with your family again in Umbrella\./),
    });
    const summary = (await as('marie').get('/api/portal/closing-summary')).json();
    expect(JSON.stringify(summary)).not.toContain('duty line');
  });

  it('a plain reason needs nothing kept', async () => {
    expect((await as('daniel').post(`/api/families/${F}/involvement/close`, { summary: SUMMARY })).statusCode).toBe(200);
    const res = await as('daniel').post(`/api/families/${F}/involvement/reopen`, { reason: 'Marie asked for help again.' });
    expect(res.statusCode, res.body).toBe(204);
    const state = (await as('daniel').get(`/api/families/${F}/involvement`)).json();
    expect(state.closures[0]).toMatchObject({ reopenReason: 'Marie asked for help again.', reopenKeptAsWritten: null });
  });
});
