// The parent's check-ins (issue 14 §1): only the parent says how things are; she chooses who sees each one, and only
// they can read it; a low number suggests help to her and tells nobody; her rhythm reminds her once per due day; a
// check-in changes no level, rating or flag; and bad input is a clear 400 that saves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { remindCheckIns } from './index.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
let marie: TestClient;
let daniel: TestClient;
let priya: TestClient;
let staffIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  marie = await t.signIn('marie');
  daniel = await t.signIn('daniel');
  priya = await t.signIn('priya');
  const rows = (await t.database.asOwner('SELECT username, staff_id FROM accounts WHERE staff_id IS NOT NULL')).rows as {
    username: string;
    staff_id: string;
  }[];
  staffIds = Object.fromEntries(rows.map((r) => [r.username, r.staff_id]));
}, 120_000);
afterAll(async () => t?.close());

const count = async (sql: string) => Number((await t.database.asOwner(sql)).rows[0].n);

describe('a parent’s check-ins', () => {
  it('shows her the demo’s weekly check-ins, her own words for the scale, and her care team to choose from', async () => {
    const res = await marie.get('/api/portal/check-ins');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.settings).toMatchObject({ rhythm: 'weekly', version: 1, lowWords: 'I can’t get through the day' });
    expect(body.checkIns.length).toBeGreaterThanOrEqual(6);
    expect(body.people.map((p: { name: string }) => p.name)).toContain('Daniel Okafor');
  });

  it('starts a parent without settings with reminders off and gentle words for her scale', async () => {
    await t.database.asOwner('DELETE FROM check_in_settings');
    const body = (await marie.get('/api/portal/check-ins')).json();
    expect(body.settings).toMatchObject({ rhythm: 'off', version: 0, nextDueOn: null, lowWords: 'Things are really hard' });
  });

  it('saves her rhythm, her own words for the scale and who sees them; a stale save is a 409 with what is there now', async () => {
    const first = await marie.put('/api/portal/check-ins/settings', {
      rhythm: 'weekly',
      lowWords: 'I can’t cope',
      highWords: 'I feel like me',
      shareWithStaffIds: [staffIds.daniel],
      version: 0,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().settings).toMatchObject({ rhythm: 'weekly', lowWords: 'I can’t cope', version: 1 });
    expect(first.json().settings.nextDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = await marie.put('/api/portal/check-ins/settings', {
      rhythm: 'fortnightly',
      lowWords: 'Hard',
      highWords: 'Good',
      shareWithStaffIds: [],
      version: 0,
    });
    expect(again.statusCode).toBe(409);
    expect((await marie.get('/api/portal/check-ins')).json().settings.rhythm).toBe('weekly');
  });

  it('refuses a person who is not on her care team, and a score off the scale, saving nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM check_ins');
    const outsider = await marie.post('/api/portal/check-ins', { score: 5, shareWithStaffIds: [staffIds.mark] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().fields).toHaveProperty('shareWithStaffIds');
    const off = await marie.post('/api/portal/check-ins', { score: 11, shareWithStaffIds: [] });
    expect(off.statusCode).toBe(400);
    expect(JSON.stringify(off.json())).toContain('0 to 10');
    expect(await count('SELECT count(*) AS n FROM check_ins')).toBe(before);
  });

  it('shows a check-in only to the workers she chose, and tells only them', async () => {
    const res = await marie.post(
      '/api/portal/check-ins',
      { score: 6, words: 'Sleeping better this week.', shareWithStaffIds: [staffIds.daniel] },
      { 'idempotency-key': 'check-in-1' },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ suggestHelp: false, checkIn: { score: 6, sharedWith: ['Daniel Okafor'] } });
    const retry = await marie.post(
      '/api/portal/check-ins',
      { score: 6, words: 'Sleeping better this week.', shareWithStaffIds: [staffIds.daniel] },
      { 'idempotency-key': 'check-in-1' },
    );
    expect(retry.json().checkIn.id).toBe(res.json().checkIn.id);
    expect(await count("SELECT count(*) AS n FROM check_ins WHERE idempotency_key = 'check-in-1'")).toBe(1);

    const forDaniel = await daniel.get(`/api/families/${F}/check-ins`);
    expect(forDaniel.statusCode).toBe(200);
    expect(forDaniel.json().people[0]).toMatchObject({ personName: 'Marie Dubois', lowWords: 'I can’t cope' });
    expect(forDaniel.json().people[0].checkIns.map((c: { words: string }) => c.words)).toContain('Sleeping better this week.');
    // Priya is on the care team too, but Marie did not choose her: nothing of it leaves the server for her.
    const forPriya = await priya.get(`/api/families/${F}/check-ins`);
    expect(forPriya.statusCode).toBe(200);
    expect(JSON.stringify(forPriya.json())).not.toContain('Sleeping better');
    const told = await t.database.asOwner(
      "SELECT recipient_staff_id FROM notifications WHERE kind = 'check_in_shared' AND family_id = $1",
      [F],
    );
    expect(told.rows.map((r) => r.recipient_staff_id)).toEqual([staffIds.daniel]);
  });

  it('keeps a check-in for nobody but her when she chooses no one', async () => {
    const res = await marie.post('/api/portal/check-ins', { score: 4, words: 'Just for me.', shareWithStaffIds: [] });
    expect(res.statusCode).toBe(201);
    expect(JSON.stringify((await daniel.get(`/api/families/${F}/check-ins`)).json())).not.toContain('Just for me.');
    expect((await marie.get('/api/portal/check-ins')).json().checkIns.map((c: { words: string }) => c.words)).toContain('Just for me.');
  });

  it('answers a low number by suggesting help to her, and alerts nobody she did not choose nor changes any level, rating or flag', async () => {
    const snapshot = () =>
      t.database.asOwner(
        `SELECT (SELECT involvement_level FROM families WHERE id = $1) AS level,
                (SELECT count(*) FROM involvement_history WHERE family_id = $1) AS history,
                (SELECT count(*) FROM recovery_plan_ratings WHERE family_id = $1) AS ratings,
                (SELECT coalesce(string_agg(score::text, ',' ORDER BY item_id, account_id), '') FROM recovery_plan_ratings WHERE family_id = $1) AS scores,
                (SELECT row_to_json(s)::text FROM family_summaries s WHERE family_id = $1) AS summary`,
        [F],
      );
    const before = (await snapshot()).rows[0];
    const notificationsBefore = await count('SELECT count(*) AS n FROM notifications');
    const res = await marie.post('/api/portal/check-ins', { score: 1, words: 'Not sleeping at all.', shareWithStaffIds: [] });
    expect(res.statusCode).toBe(201);
    expect(res.json().suggestHelp).toBe(true);
    expect(await count('SELECT count(*) AS n FROM notifications')).toBe(notificationsBefore);
    expect((await snapshot()).rows[0]).toEqual(before);
  });

  it('is the parent’s alone: a young person, a trusted friend or a worker cannot make one or read hers', async () => {
    for (const who of ['jamie', 'patricia', 'clive']) {
      const c = await t.signIn(who);
      expect((await c.get('/api/portal/check-ins')).statusCode).toBe(403);
      expect((await c.post('/api/portal/check-ins', { score: 5, shareWithStaffIds: [] })).statusCode).toBe(403);
    }
    expect((await daniel.get('/api/portal/check-ins')).statusCode).toBe(403);
    const mark = await t.signIn('mark');
    expect((await mark.get(`/api/families/${F}/check-ins`)).statusCode).toBe(404);
  });
});

describe('the check-in reminder', () => {
  it('reminds her once when her rhythm says a check-in is due, and again only after her next one falls due', async () => {
    await t.database.asOwner("UPDATE check_in_settings SET updated_at = now() - interval '30 days', reminded_for = NULL");
    await t.database.asOwner("UPDATE check_ins SET created_at = now() - interval '8 days'");
    const reminders = () => count("SELECT count(*) AS n FROM notifications WHERE kind = 'check_in_due'");
    const before = await reminders();
    expect(await remindCheckIns(t.database.db)).toBe(1);
    expect(await remindCheckIns(t.database.db)).toBe(0);
    expect(await reminders()).toBe(before + 1);
    // Not due yet for a week after a new check-in.
    await marie.post('/api/portal/check-ins', { score: 7, shareWithStaffIds: [] });
    expect(await remindCheckIns(t.database.db)).toBe(0);
    expect(await remindCheckIns(t.database.db, new Date(Date.now() + 7 * 86_400_000))).toBe(1);
  });

  it('never reminds when she turned reminders off', async () => {
    const s = (await marie.get('/api/portal/check-ins')).json().settings;
    await marie.put('/api/portal/check-ins/settings', { ...s, rhythm: 'off', nextDueOn: undefined });
    expect(await remindCheckIns(t.database.db, new Date(Date.now() + 60 * 86_400_000))).toBe(0);
  });
});

describe('check-ins in a subject access export', () => {
  async function exportOf(c: TestClient) {
    const asked = await c.post('/api/portal/exports');
    expect(asked.statusCode, asked.body).toBe(202);
    const got = await exportWhenReady(t.database.db, c, asked.json().id);
    const content = got.json().content;
    return typeof content === 'string' ? JSON.parse(content) : content;
  }

  it('holds every check-in of the parent’s, with who could see each, and none in anyone else’s copy', async () => {
    const marieCopy = await exportOf(marie);
    const words = marieCopy.checkIns.map((c: { words: string | null }) => c.words);
    expect(words).toContain('Sleeping better this week.');
    expect(words).toContain('Just for me.');
    expect(marieCopy.checkIns.find((c: { words: string }) => c.words === 'Sleeping better this week.').sharedWith).toEqual([
      'Daniel Okafor',
    ]);
    const jamieCopy = await exportOf(await t.signIn('jamie'));
    expect(jamieCopy.checkIns).toBeNull();
    expect(JSON.stringify(jamieCopy)).not.toContain('Sleeping better this week.');
  });
});

describe('her words in her own language (issue 16 §3)', () => {
  it('keeps a check-in’s words and her scale’s words with the language she chose; the defaults are said by key', async () => {
    expect((await marie.put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    const polish = marie;
    try {
      const saved = await polish.post('/api/portal/check-ins', { score: 6, words: 'Spałam lepiej.', shareWithStaffIds: [staffIds.daniel] });
      expect(saved.statusCode).toBe(201);
      expect(saved.json().checkIn).toMatchObject({ words: 'Spałam lepiej.', writtenIn: 'pl', sharedWithNames: ['Daniel Okafor'] });
      // Her own words for one end of the scale, the default for the other: the default is said in each page's language.
      const s = (await polish.get('/api/portal/check-ins')).json().settings;
      const put = await polish.put('/api/portal/check-ins/settings', {
        rhythm: s.rhythm,
        lowWords: 'Bardzo ciężko',
        highWords: 'Things are going well',
        shareWithStaffIds: [staffIds.daniel],
        version: s.version,
      });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json().settings).toMatchObject({ lowIsDefault: false, highIsDefault: true, scaleWrittenIn: 'pl' });
      // Her care team by name, with their role on the team by key (the page words it) beside their job title.
      expect(put.json().people.find((p: { name: string }) => p.name === 'Daniel Okafor')).toMatchObject({
        teamRole: 'community_psychiatric_nurse',
      });
      // The worker she showed it to reads her words with their language, and her scale as she wrote it.
      const shared = (await daniel.get(`/api/families/${F}/check-ins`)).json().people[0];
      expect(shared).toMatchObject({ lowWords: 'Bardzo ciężko', lowIsDefault: false, highIsDefault: true, scaleWrittenIn: 'pl' });
      expect(shared.checkIns.find((c: { words: string | null }) => c.words === 'Spałam lepiej.').writtenIn).toBe('pl');
      // What she wrote before choosing Polish stays English.
      const mine = (await polish.get('/api/portal/check-ins')).json().checkIns;
      const before = mine.filter((c: { words: string | null }) => c.words !== 'Spałam lepiej.');
      expect(before.length).toBeGreaterThan(0);
      expect(new Set(before.map((c: { writtenIn: string }) => c.writtenIn))).toEqual(new Set(['en']));
    } finally {
      await marie.put('/api/portal/language', { language: 'en' });
    }
  });

  it('reminds her with a message she reads in her own language', async () => {
    await t.database.asOwner(
      "UPDATE check_in_settings SET rhythm = 'weekly', updated_at = now() - interval '30 days', reminded_for = NULL",
    );
    await t.database.asOwner("UPDATE check_ins SET created_at = now() - interval '30 days'");
    expect(await remindCheckIns(t.database.db)).toBe(1);
    const rows = (
      await t.database.asOwner("SELECT message, message_id FROM notifications WHERE kind = 'check_in_due' ORDER BY created_at DESC LIMIT 1")
    ).rows;
    expect(rows[0]).toEqual({
      message: 'It’s time for your check-in: how are things? You can answer in a few seconds, or skip it.',
      message_id: 'notify-family.checkInDue',
    });
  });
});
