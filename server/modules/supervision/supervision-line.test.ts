// Supervision stays in the line (issue 18 review): a fellow team manager is not a manager of hers, so she neither starts,
// reads nor sees the signals of another team manager's supervision; a supervisor who has moved on adds no family of the
// worker's caseload now to an old supervision (which would show her that family by name).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERVISION_PROMPT_KEYS } from '../../../shared/domain/learning.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { stepAt, totpForStep } from '../auth/index.ts';

const F = DEMO_IDS.mariesFamily;
const TOM_TOTP = 'LDA454HA7V6IZBTQ454LHH2RKOP57SVJ';
const NOTES = 'Angela is worn out by the court work: line-marker-medlar.';

let t: TestApp;
let angela: TestClient;
const ids: Record<string, string> = {};
let council = '';
let team12 = '';
let dutyTeam = '';

async function one(text: string, values: unknown[] = []) {
  return (await t.database.asOwner(text, values)).rows[0];
}

/** A new member of staff with an account (Tom's password and authenticator), signed in. */
async function newStaff(username: string, name: string, role: string, teamId: string | null): Promise<TestClient> {
  const id = randomUUID();
  await t.database.asOwner(
    "INSERT INTO staff (id, organisation_id, team_id, full_name, discipline, role, job_title) VALUES ($1, $2, $3, $4, 'Social work', $5, 'Manager')",
    [id, council, teamId, name, role],
  );
  await t.database.asOwner(
    "INSERT INTO accounts (id, username, password_hash, kind, staff_id, totp_secret) SELECT $1, $2, password_hash, 'professional', $3, totp_secret FROM accounts WHERE username = 'tom'",
    [randomUUID(), username, id],
  );
  const c = t.client();
  expect((await c.post('/api/session/login', { username, password: 'Umbrella-demo-2026' })).statusCode).toBe(200);
  expect((await c.post('/api/session/second-factor', { code: totpForStep(TOM_TOTP, stepAt()) })).statusCode).toBe(200);
  ids[username] = id;
  return c;
}

const id = (username: string) => {
  const v = ids[username];
  if (!v) throw new Error(`no staff id for ${username}`);
  return v;
};

beforeAll(async () => {
  t = await createTestApp();
  angela = await t.signIn('angela');
  for (const row of (await t.database.asOwner('SELECT s.id, a.username FROM staff s JOIN accounts a ON a.staff_id = s.id')).rows)
    ids[row.username] = row.id;
  const a = await one('SELECT team_id, organisation_id FROM staff WHERE id = $1', [id('angela')]);
  team12 = a.team_id;
  council = a.organisation_id;
  dutyTeam = (await one("SELECT id FROM teams WHERE name LIKE 'Emergency Duty Team%'")).id;
}, 60_000);
afterAll(() => t?.close());

describe('a fellow team manager is not in the line', () => {
  it('the service manager holds Angela’s supervision; Nadia, the other manager of team 12, cannot start, read or see signals', async () => {
    const sam = await newStaff('sam.service', 'Sam Okafor', 'service_manager', null);
    const nadia = await newStaff('nadia.peer', 'Nadia Price', 'team_manager', team12);
    const started = await sam.post('/api/supervision', {
      workerStaffId: id('angela'),
      heldOn: '2026-12-03',
      idempotencyKey: 'line-angela-0001',
    });
    expect(started.statusCode, started.body).toBe(201);
    const supervisionId = started.json().id;
    const saved = await sam.put(`/api/supervision/${supervisionId}`, { notes: NOTES, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    // Angela and Sam read it.
    expect((await angela.get(`/api/supervision/${supervisionId}`)).body).toContain('line-marker-medlar');
    expect((await sam.get(`/api/supervision/${supervisionId}`)).statusCode).toBe(200);
    // Nadia, a peer: nothing.
    const read = await nadia.get(`/api/supervision/${supervisionId}`);
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain('line-marker-medlar');
    expect((await nadia.get(`/api/supervision/signals/${id('angela')}`)).statusCode).toBe(404);
    const peerStart = await nadia.post('/api/supervision', {
      workerStaffId: id('angela'),
      heldOn: '2026-12-04',
      idempotencyKey: 'line-peer-0001',
    });
    expect(peerStart.statusCode).toBe(404);
    const list = (await nadia.get('/api/supervision')).json();
    expect(list.team.map((w: { staffId: string }) => w.staffId)).not.toContain(id('angela'));
    expect(JSON.stringify(list)).not.toContain('line-marker-medlar');
    // And Angela does not read or start Nadia's either.
    expect((await angela.get(`/api/supervision/signals/${id('nadia.peer')}`)).statusCode).toBe(404);
    const denied = await one("SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND subject_id = $1", [
      supervisionId,
    ]);
    expect(denied.n).toBeGreaterThan(0);
  });
});

describe('a supervisor who has moved on', () => {
  it('adds no family of the worker’s caseload now to an old supervision, and is not shown its name', async () => {
    const started = await angela.post('/api/supervision', {
      workerStaffId: id('priya'),
      heldOn: '2026-12-02',
      idempotencyKey: 'line-priya-0001',
    });
    expect(started.statusCode, started.body).toBe(201);
    const supervisionId = started.json().id;
    const family = await one('SELECT display_name FROM families WHERE id = $1', [F]);
    await t.database.asOwner('UPDATE staff SET team_id = $1 WHERE id = $2', [dutyTeam, id('angela')]);
    try {
      const view = (await angela.get(`/api/supervision/${supervisionId}`)).json();
      expect(view.families).toEqual([]);
      const words = Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, 'a few words']));
      const res = await angela.put(`/api/supervision/${supervisionId}/families/${F}`, { ...words, decision: '', version: 0 });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(family.display_name);
      const rows = await one('SELECT count(*)::int AS n FROM supervision_families WHERE supervision_id = $1', [supervisionId]);
      expect(rows.n).toBe(0);
    } finally {
      await t.database.asOwner('UPDATE staff SET team_id = $1 WHERE id = $2', [team12, id('angela')]);
    }
  });
});
