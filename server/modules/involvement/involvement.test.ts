// The end of involvement (issue 13 §8): a key worker closes with a summary for the family (labels kept only on
// purpose), the parent reads it and replies, the team reads but changes nothing until it is reopened, and after the
// window reads nothing; a key worker or team manager reopens it; every step is in the history, audited and told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
const notes = (kind: string, username: string) =>
  sql(
    `SELECT n.message FROM notifications n JOIN accounts a ON a.id = n.recipient_account_id OR a.staff_id = n.recipient_staff_id
     WHERE n.kind = $1 AND a.username = $2`,
    [kind, username],
  ).then((rows) => rows.map((r) => r.message as string));
const SUMMARY =
  'We have worked together since October. You and the children have a plan for when things get hard, and Patricia is part of it. If you need us again, call the team.';
const entry = { kind: 'phone_call', occurredAt: '2026-10-20T10:00:00Z', category: 'general', text: 'A call.', aboutPersonIds: [] };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'tom', 'angela', 'mark', 'marie', 'jamie']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('closing the work with a family', () => {
  it('only a key worker closes: others on the team get 403 naming them (audited); nobody off the team; no family member', async () => {
    for (const who of ['tom', 'angela']) {
      const res = await as(who).post(`/api/families/${F}/involvement/close`, { summary: SUMMARY });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toContain('Daniel Okafor');
    }
    const denied = await sql(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND details->>'attempted' = 'involvement.closed'",
    );
    expect(denied[0].n).toBe(2);
    expect((await as('mark').post(`/api/families/${F}/involvement/close`, { summary: SUMMARY })).statusCode).toBe(404);
    expect((await as('marie').post(`/api/families/${F}/involvement/close`, { summary: SUMMARY })).statusCode).toBe(403);
  });

  it('a summary that labels someone by a diagnosis is refused until the writer keeps it on purpose', async () => {
    const labelled = await as('daniel').post(`/api/families/${F}/involvement/close`, {
      summary: 'Marie is a schizophrenic who has done well.',
    });
    expect(labelled.statusCode).toBe(400);
    // The respectful-language check (issue 16 §1; modules/words): each finding with what to write instead.
    expect(labelled.json()).toMatchObject({
      error: 'words_to_check',
      fields: { summary: expect.stringContaining('schizophrenic') },
      findings: [{ field: 'summary', found: 'a schizophrenic', kind: 'identity' }],
    });
    expect((await sql('SELECT closed_at FROM families WHERE id = $1', [F]))[0].closed_at).toBeNull();
    const empty = await as('daniel').post(`/api/families/${F}/involvement/close`, { summary: '  ' });
    expect(empty.json().fields).toHaveProperty('summary');
  });

  it('Daniel closes it: the history records it, the parent is told, and the team may read for the configured 90 days', async () => {
    const res = await as('daniel').post(`/api/families/${F}/involvement/close`, { summary: SUMMARY });
    expect(res.statusCode, res.body).toBe(200);
    const days = (Date.parse(res.json().teamReadUntil) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    expect(await notes('involvement_closed', 'marie')).toEqual([
      'Daniel Okafor has closed the service’s work with your family and written a summary for you. You can read it and add your reply. You can still read your record in Umbrella. If things get harder, you can ask for help again at any time.',
    ]);
    const history = await sql("SELECT event FROM involvement_history WHERE family_id = $1 AND event <> 'level_changed'", [F]);
    expect(history.map((h) => h.event)).toEqual(['closed']);
    expect((await as('daniel').post(`/api/families/${F}/involvement/close`, { summary: SUMMARY })).statusCode).toBe(409);
    const state = (await as('priya').get(`/api/families/${F}/involvement`)).json();
    expect(state).toMatchObject({
      status: 'closed',
      canClose: false,
      canReopen: true,
      closures: [{ closedBy: 'Daniel Okafor', summary: SUMMARY }],
    });
  });

  it('Marie reads the summary and replies; the key workers are told; Jamie and the team cannot use her page', async () => {
    const read = await as('marie').get('/api/portal/closing-summary');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ closed: true, closure: { summary: SUMMARY, closedBy: 'Daniel Okafor', replies: [] } });
    expect(read.json().closure).not.toHaveProperty('teamReadUntil');
    const reply = await as('marie').post('/api/portal/closing-summary/replies', { text: 'Thank you. I would like Tom to keep in touch.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(await notes('closing_summary_reply', 'priya')).toHaveLength(1);
    expect(await notes('closing_summary_reply', 'daniel')).toHaveLength(1);
    const state = (await as('daniel').get(`/api/families/${F}/involvement`)).json();
    expect(state.closures[0].replies).toEqual([
      expect.objectContaining({ text: 'Thank you. I would like Tom to keep in touch.', author: 'Marie' }),
    ]);
    expect((await as('jamie').get('/api/portal/closing-summary')).statusCode).toBe(403);
    expect((await as('daniel').get('/api/portal/closing-summary')).statusCode).toBe(403);
  });

  it('while closed the team reads the family but changes nothing: a plain 409 saying to reopen first', async () => {
    expect((await as('tom').get(`/api/families/${F}`)).statusCode).toBe(200);
    expect((await as('tom').get(`/api/families/${F}/entries`)).statusCode).toBe(200);
    // "My families" marks it closed, with the last day the team may read it.
    const listed = (await as('tom').get('/api/families')).json().families.find((f: { id: string }) => f.id === F);
    expect(listed.closedAt).toEqual(expect.any(String));
    expect(Date.parse(listed.teamReadUntil) - Date.parse(listed.closedAt)).toBeGreaterThan(89.9 * 86_400_000);
    const write = await as('tom').post(`/api/families/${F}/entries`, entry);
    expect(write.statusCode).toBe(409);
    expect(write.json().message).toMatch(/closed.*[Rr]eopen/);
    // The family's own record stays theirs: Marie still reads it and adds her view.
    expect((await as('marie').get('/api/portal/my-family')).statusCode).toBe(200);
  });

  it('after the window the team reads nothing (404), the family still reads everything', async () => {
    await sql("UPDATE families SET team_read_until = now() - interval '1 minute' WHERE id = $1", [F]);
    expect((await as('tom').get(`/api/families/${F}`)).statusCode).toBe(404);
    expect((await as('daniel').get(`/api/families/${F}/entries`)).statusCode).toBe(404);
    const list = (await as('daniel').get('/api/families')).json();
    expect(JSON.stringify(list)).not.toContain(F);
    expect((await as('marie').get('/api/portal/my-family')).statusCode).toBe(200);
    expect((await as('marie').get('/api/portal/closing-summary')).statusCode).toBe(200);
  });
});

describe('reopening', () => {
  it('a key worker or team manager reopens it, even after the window; it is recorded, audited and told', async () => {
    const tom = await as('tom').post(`/api/families/${F}/involvement/reopen`, { reason: 'Marie asked for help again.' });
    expect(tom.statusCode).toBe(403);
    const res = await as('angela').post(`/api/families/${F}/involvement/reopen`, { reason: 'Marie asked for help again.' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await notes('involvement_reopened', 'marie')).toHaveLength(1);
    const history = await sql(
      "SELECT event, note FROM involvement_history WHERE family_id = $1 AND event <> 'level_changed' ORDER BY created_at",
      [F],
    );
    expect(history).toEqual([expect.objectContaining({ event: 'closed' }), { event: 'reopened', note: 'Marie asked for help again.' }]);
    // The family's overview history names both events, so the team sees the closure and the reopening beside the levels.
    const overview = (await as('daniel').get(`/api/families/${F}`)).json();
    const events = overview.involvement.history.filter((h: { event: string }) => h.event !== 'level_changed');
    expect(events.map((h: { title: string }) => h.title).sort()).toEqual(['Involvement closed', 'Involvement reopened']);
    const audited = await sql("SELECT action FROM audit_events WHERE family_id = $1 AND action LIKE 'involvement.%' ORDER BY occurred_at", [
      F,
    ]);
    expect(audited.map((a) => a.action)).toEqual(['involvement.closed', 'involvement.reopened']);
    expect((await as('tom').get(`/api/families/${F}`)).statusCode).toBe(200);
    expect((await as('tom').post(`/api/families/${F}/entries`, entry)).statusCode).toBe(201);
    expect((await as('angela').post(`/api/families/${F}/involvement/reopen`, { reason: 'again' })).statusCode).toBe(409);
    const state = (await as('daniel').get(`/api/families/${F}/involvement`)).json();
    expect(state).toMatchObject({
      status: 'open',
      canClose: true,
      closures: [{ reopenedBy: expect.stringContaining('Angela'), reopenReason: 'Marie asked for help again.' }],
    });
  });
});
