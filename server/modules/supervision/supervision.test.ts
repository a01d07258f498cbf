// Reflective supervision through the API (issue 18 §3): who reads and writes it, the decision that reaches the family's
// record as Priya's own entry while the notes and prompts reach nothing of the family's, and the wellbeing signals.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERVISION_PROMPT_KEYS } from '../../../shared/domain/learning.ts';
import { DEFAULT_WORKING_TIME, instantAt, isWorkingDay } from '../../../shared/domain/working-time.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { stepAt, totpForStep } from '../auth/index.ts';

const F = DEMO_IDS.mariesFamily;
const H = DEMO_IDS.hughesFamily;
// Words that must never leave supervision: each unusual, so finding one anywhere is a leak.
const NOTES = 'Priya feels stretched thin: notes-marker-quince.';
const PROMPT = (k: string) => `prompt-marker-${k}-juniper`;
const DECISION = 'We will offer Marie a visit every Tuesday afternoon.';
const TOM_TOTP = 'LDA454HA7V6IZBTQ454LHH2RKOP57SVJ';

let t: TestApp;
const as: Record<string, TestClient> = {};
const staff: Record<string, string> = {};
let council = '';
let team12 = '';
let dutyTeam = '';
let supervisionId = '';

/** A signed-in client and a staff id, by username (the test fails plainly if someone is missing). */
function who(username: string): TestClient {
  const c = as[username];
  if (!c) throw new Error(`${username} is not signed in`);
  return c;
}
function sid(username: string): string {
  const id = staff[username];
  if (!id) throw new Error(`No staff id for ${username}`);
  return id;
}

async function one(text: string, values: unknown[] = []) {
  return (await t.database.asOwner(text, values)).rows[0];
}

/** A new member of staff with an account (Tom's password and authenticator), signed in. */
async function newStaff(username: string, name: string, role: string, teamId: string | null, organisationId = council) {
  const id = randomUUID();
  await t.database.asOwner(
    "INSERT INTO staff (id, organisation_id, team_id, full_name, discipline, role, job_title) VALUES ($1, $2, $3, $4, 'Social work', $5, 'Manager')",
    [id, organisationId, teamId, name, role],
  );
  await t.database.asOwner(
    "INSERT INTO accounts (id, username, password_hash, kind, staff_id, totp_secret) SELECT $1, $2, password_hash, 'professional', $3, totp_secret FROM accounts WHERE username = 'tom'",
    [randomUUID(), username, id],
  );
  const c = t.client();
  const login = await c.post('/api/session/login', { username, password: 'Umbrella-demo-2026' });
  expect(login.statusCode, login.body).toBe(200);
  const second = await c.post('/api/session/second-factor', { code: totpForStep(TOM_TOTP, stepAt()) });
  expect(second.statusCode, second.body).toBe(200);
  staff[username] = id;
  as[username] = c;
  return c;
}

const blankPrompts = () => Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, PROMPT(k)]));

async function deniedEvents(subjectId: string): Promise<number> {
  const row = await one("SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND subject_id = $1", [subjectId]);
  return row?.n ?? 0;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['angela', 'priya', 'tom', 'ruth', 'marie', 'daniel']) as[who] = await t.signIn(who);
  for (const row of (await t.database.asOwner('SELECT s.id, a.username FROM staff s JOIN accounts a ON a.staff_id = s.id')).rows)
    staff[row.username] = row.id;
  const angela = await one('SELECT team_id, organisation_id FROM staff WHERE id = $1', [sid('angela')]);
  team12 = angela.team_id;
  council = angela.organisation_id;
  dutyTeam = (await one("SELECT id FROM teams WHERE name LIKE 'Emergency Duty Team%'")).id;
}, 60_000);
afterAll(() => t?.close());

describe('holding supervision', () => {
  it('Angela, Priya’s team manager, starts supervision with her; a retried start makes one', async () => {
    const body = { workerStaffId: sid('priya'), heldOn: '2026-12-03', idempotencyKey: 'start-priya-0001' };
    const first = await who('angela').post('/api/supervision', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ workerName: 'Priya Shah', supervisorName: 'Angela Brooks', heldOn: '2026-12-03' });
    supervisionId = first.json().id;
    const again = await who('angela').post('/api/supervision', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(supervisionId);
    const count = await one('SELECT count(*)::int AS n FROM supervisions WHERE worker_staff_id = $1', [sid('priya')]);
    expect(count.n).toBe(1);
    // The same key for another worker is not taken as a retry.
    const other = await who('angela').post('/api/supervision', { ...body, workerStaffId: sid('tom') });
    expect(other.statusCode).toBe(422);
  });

  it('only a manager of the worker starts it: a practitioner cannot, nor a manager for another organisation’s worker', async () => {
    const byPriya = await who('priya').post('/api/supervision', {
      workerStaffId: sid('tom'),
      heldOn: '2026-12-03',
      idempotencyKey: 'start-tom-0001',
    });
    expect(byPriya.statusCode).toBe(403);
    const daniel = await who('angela').post('/api/supervision', {
      workerStaffId: sid('daniel'),
      heldOn: '2026-12-03',
      idempotencyKey: 'start-dan-0001',
    });
    expect(daniel.statusCode).toBe(404);
    expect(await deniedEvents(sid('daniel'))).toBeGreaterThan(0);
  });

  it('a date that does not exist is a 400 naming the field', async () => {
    const res = await who('angela').post('/api/supervision', {
      workerStaffId: sid('priya'),
      heldOn: '2026-02-30',
      idempotencyKey: 'start-bad-0001',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('heldOn');
  });

  it('Angela’s page lists the workers she manages with the date of their last supervision; Priya’s lists her own', async () => {
    const angela = (await who('angela').get('/api/supervision')).json();
    const priya = angela.team.find((w: { staffId: string }) => w.staffId === sid('priya'));
    expect(priya).toMatchObject({ name: 'Priya Shah', lastHeldOn: '2026-12-03' });
    expect(angela.team.map((w: { name: string }) => w.name)).toContain('Tom Reilly');
    expect(angela.team.map((w: { name: string }) => w.name)).not.toContain('Daniel Okafor');
    const own = (await who('priya').get('/api/supervision')).json();
    expect(own.team).toBeNull();
    expect(own.own.map((s: { id: string }) => s.id)).toEqual([supervisionId]);
  });
});

describe('the notes are the two of them’s and Priya’s managers’', () => {
  it('Priya reads and writes; Angela’s stale save is a 409 with the current notes, nothing overwritten', async () => {
    const read = await who('priya').get(`/api/supervision/${supervisionId}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ access: 'write', youAreWorker: true, version: 1, notes: '' });
    const saved = await who('priya').put(`/api/supervision/${supervisionId}`, { notes: NOTES, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ notes: NOTES, version: 2 });
    const stale = await who('angela').put(`/api/supervision/${supervisionId}`, { notes: 'Older words', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toEqual({ notes: NOTES, version: 2 });
    const angela = (await who('angela').get(`/api/supervision/${supervisionId}`)).json();
    expect(angela).toMatchObject({ notes: NOTES, access: 'write', youAreWorker: false });
  });

  it('Tom (same team), Ruth (governance lead) and another team’s manager get 404, each refusal audited', async () => {
    const omar = await newStaff('omar.manager', 'Omar Haddad', 'team_manager', dutyTeam);
    const before = await deniedEvents(supervisionId);
    for (const c of [who('tom'), who('ruth'), omar]) {
      expect((await c.get(`/api/supervision/${supervisionId}`)).statusCode).toBe(404);
      expect((await c.put(`/api/supervision/${supervisionId}`, { notes: 'x', version: 2 })).statusCode).toBe(404);
    }
    expect(await deniedEvents(supervisionId)).toBe(before + 6);
    // A family member has no way in at all.
    expect((await who('marie').get(`/api/supervision/${supervisionId}`)).statusCode).toBe(403);
  });

  it('a later team manager of Priya’s team reads every past supervision of hers, and changes nothing', async () => {
    const nadia = await newStaff('nadia.manager', 'Nadia Price', 'team_manager', team12);
    const read = await nadia.get(`/api/supervision/${supervisionId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ notes: NOTES, access: 'read' });
    expect((await nadia.put(`/api/supervision/${supervisionId}`, { notes: 'x', version: 2 })).statusCode).toBe(403);
  });
});

describe('Priya’s families', () => {
  it('are the families on her care team now, by name, with the five prompts to write', async () => {
    const view = (await who('priya').get(`/api/supervision/${supervisionId}`)).json();
    expect(view.families.map((f: { displayName: string }) => f.displayName)).toEqual(['Marie, Jamie and Clare']);
    expect(view.families[0]).toMatchObject({ familyId: F, onCaseload: true, version: 0, decisionEntryId: null });
    expect(Object.keys(view.families[0].prompts).sort()).toEqual([...SUPERVISION_PROMPT_KEYS].sort());
  });

  it('saves the prompts and a decision for Marie’s family (409 when stale); a family not on her caseload is a 404', async () => {
    const url = `/api/supervision/${supervisionId}/families/${F}`;
    const saved = await who('priya').put(url, { ...blankPrompts(), decision: DECISION, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, decision: DECISION, prompts: { carrying: PROMPT('carrying') } });
    expect((await who('angela').put(url, { ...blankPrompts(), decision: DECISION, version: 0 })).statusCode).toBe(409);
    const notHers = await who('priya').put(`/api/supervision/${supervisionId}/families/${H}`, { ...blankPrompts(), version: 0 });
    expect(notHers.statusCode).toBe(404);
  });

  it('only Priya writes the decision into Marie’s record: Angela is refused', async () => {
    const res = await who('angela').post(`/api/supervision/${supervisionId}/families/${F}/decision-entry`, {
      decision: decisionDetails(),
    });
    expect(res.statusCode).toBe(403);
  });

  it('Priya’s decision entry is an ordinary entry in Marie’s record, by Priya; the notes and prompts are nowhere of the family’s', async () => {
    const res = await who('priya').post(`/api/supervision/${supervisionId}/families/${F}/decision-entry`, { decision: decisionDetails() });
    expect(res.statusCode, res.body).toBe(201);
    const entryId = res.json().entryId;
    expect(res.json().family.decisionEntryId).toBe(entryId);
    // A second time: already in the record.
    expect(
      (await who('priya').post(`/api/supervision/${supervisionId}/families/${F}/decision-entry`, { decision: decisionDetails() }))
        .statusCode,
    ).toBe(409);

    const record = await who('marie').get('/api/portal/record');
    const entry = record.json().entries.find((e: { id: string }) => e.id === entryId);
    expect(entry).toMatchObject({ kind: 'decision', text: DECISION, authorName: 'Priya Shah', category: 'general' });

    const asked = await who('marie').post('/api/portal/exports');
    expect(asked.statusCode).toBe(202);
    const exported = await exportWhenReady(t.database.db, who('marie'), asked.json().id);
    const places = {
      'Marie’s record': record.body,
      'Marie’s family page': (await who('marie').get('/api/portal/family')).body,
      'the family overview': (await who('daniel').get(`/api/families/${F}`)).body,
      'the team’s record list': (await who('daniel').get(`/api/families/${F}/entries`)).body,
      'Marie’s subject access export': exported.body,
      'Marie’s “Who has looked”': (await who('marie').get('/api/portal/access-log')).body,
    };
    expect(exported.body).toContain(DECISION);
    for (const [place, body] of Object.entries(places)) {
      expect(body.length, place).toBeGreaterThan(50);
      expect(body, place).not.toContain('notes-marker-quince');
      expect(body, place).not.toContain('juniper');
      expect(body.toLowerCase(), place).not.toContain('supervision');
    }
    // Nor does any audit event carry the words: ids only.
    const words = await one(
      "SELECT count(*)::int AS n FROM audit_events WHERE details::text LIKE '%juniper%' OR details::text LIKE '%quince%'",
    );
    expect(words.n).toBe(0);
  });
});

function decisionDetails() {
  return {
    optionsConsidered: 'A weekly visit, or a phone call each week.',
    reasons: 'Marie said visits help her more than calls.',
    decidedBy: 'Priya Shah with Marie',
    howToChallenge: 'Tell Priya or her manager, Angela Brooks, if you disagree.',
  };
}

/** The latest working day before today, at `minutes` after midnight in London. */
function lastWorkingDayAt(minutes: number): Date {
  for (let back = 2; back < 20; back++) {
    const date = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(date, DEFAULT_WORKING_TIME)) return instantAt(date, minutes, 'Europe/London');
  }
  throw new Error('no working day found');
}

describe('Priya’s wellbeing signals', () => {
  it('count her caseload, the requests for help waiting on her, and what she wrote outside working hours', async () => {
    // A known fixture: everything Priya wrote moves out of the last four weeks, then one entry in hours and one at 21:00.
    await t.database.asOwner("UPDATE record_entries SET created_at = now() - interval '60 days' WHERE author_staff_id = $1", [
      sid('priya'),
    ]);
    await t.database.asOwner(
      "UPDATE record_entry_replies SET created_at = now() - interval '60 days' WHERE author_account_id = (SELECT id FROM accounts WHERE staff_id = $1)",
      [sid('priya')],
    );
    await t.database.asOwner("UPDATE help_request_events SET created_at = now() - interval '60 days' WHERE staff_id = $1", [sid('priya')]);
    await t.database.asOwner('DELETE FROM help_request_events');
    await t.database.asOwner('DELETE FROM help_requests');
    const write = async (text: string) => {
      const res = await who('priya').post(`/api/families/${F}/entries`, {
        kind: 'phone_call',
        occurredAt: new Date().toISOString(),
        category: 'general',
        text,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const evening = await write('Rang Marie back as she asked.');
    const morning = await write('Visited Marie at home.');
    await t.database.asOwner('UPDATE record_entries SET created_at = $2 WHERE id = $1', [evening, lastWorkingDayAt(21 * 60)]);
    await t.database.asOwner('UPDATE record_entries SET created_at = $2 WHERE id = $1', [morning, lastWorkingDayAt(10 * 60)]);
    // Her caseload: Marie's family, and now Dawn and Lily's.
    await t.database.asOwner(
      "INSERT INTO care_team_members (family_id, id, staff_id, team_role, key_worker, started_at) VALUES ($1, $2, $3, 'childrens_social_worker', null, now() - interval '1 day')",
      [H, randomUUID(), sid('priya')],
    );
    // Marie asks for help: it goes to her key workers, Priya among them, and waits on her until acknowledged.
    const asked = await who('marie').post('/api/portal/help', { words: 'Please ring me this week.', urgency: 'this_week' });
    expect(asked.statusCode, asked.body).toBe(201);

    const signals = await who('priya').get(`/api/supervision/signals/${sid('priya')}`);
    expect(signals.statusCode, signals.body).toBe(200);
    expect(signals.json()).toMatchObject({ workerName: 'Priya Shah', caseload: 2, helpWaiting: 1, outsideHours: 1 });
    expect(signals.json().workingTime).toBe('Monday to Friday, 09:00 to 17:00 (Europe/London), not on bank holidays');
    expect((await who('angela').get(`/api/supervision/signals/${sid('priya')}`)).json()).toMatchObject({ caseload: 2, outsideHours: 1 });
    // The supervision shows the same, with both families to go through.
    const view = (await who('angela').get(`/api/supervision/${supervisionId}`)).json();
    expect(view.signals).toMatchObject({ caseload: 2, helpWaiting: 1, outsideHours: 1 });
    expect(view.families.map((f: { displayName: string }) => f.displayName).sort()).toEqual(['Dawn and Lily', 'Marie, Jamie and Clare']);
  });

  it('are only Priya’s and her managers’: a colleague or governance lead gets 404', async () => {
    for (const c of [who('tom'), who('ruth'), who('omar.manager')]) {
      expect((await c.get(`/api/supervision/signals/${sid('priya')}`)).statusCode).toBe(404);
    }
  });

  it('no answer carries more than one worker’s signals, not even a manager’s list of her team', async () => {
    const countSignals = (body: string) => (body.match(/"outsideHours"/g) ?? []).length;
    const angela = await who('angela').get('/api/supervision');
    expect(angela.json().team.length).toBeGreaterThan(1);
    expect(countSignals(angela.body)).toBe(1);
    expect(angela.json().ownSignals.staffId).toBe(sid('angela'));
    expect(countSignals((await who('angela').get(`/api/supervision/${supervisionId}`)).body)).toBe(1);
  });
});

describe('when Priya moves team', () => {
  it('Angela, who held it, still reads it (without Priya’s signals); Priya’s new manager reads it; her old team’s new manager does not', async () => {
    await t.database.asOwner('UPDATE staff SET team_id = $2 WHERE id = $1', [sid('priya'), dutyTeam]);
    const angela = await who('angela').get(`/api/supervision/${supervisionId}`);
    expect(angela.statusCode).toBe(200);
    expect(angela.json()).toMatchObject({ notes: NOTES, access: 'write', signals: null });
    // Only what was written in this supervision, not Priya's caseload now.
    expect(angela.json().families.map((f: { familyId: string }) => f.familyId)).toEqual([F]);
    expect((await who('angela').get(`/api/supervision/signals/${sid('priya')}`)).statusCode).toBe(404);
    const omar = await who('omar.manager').get(`/api/supervision/${supervisionId}`);
    expect(omar.statusCode).toBe(200);
    expect(omar.json()).toMatchObject({ notes: NOTES, access: 'read' });
    expect((await who('nadia.manager').get(`/api/supervision/${supervisionId}`)).statusCode).toBe(404);
    const team = (await who('angela').get('/api/supervision')).json().team.map((w: { name: string }) => w.name);
    expect(team).not.toContain('Priya Shah');
  });
});
