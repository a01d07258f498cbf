// Who may change a family's care team (finding 8): its key workers and team managers add and remove members,
// anyone may leave, every other role is refused with whom to ask; the parent is told of every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
let markId: string;
const memberIdOf = async (name: string) =>
  (await as('priya').get(`/api/families/${F}`)).json().careTeam.find((m: { name: string }) => m.name === name)?.id as string | undefined;
const teamNotes = async (who: string) =>
  (await as(who).get('/api/notifications'))
    .json()
    .notifications.filter((n: { kind: string }) => n.kind === 'care_team_changed')
    .map((n: { message: string }) => n.message) as string[];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'sarah', 'priya', 'tom', 'helen', 'angela', 'ruth', 'mark', 'alex', 'marie', 'jamie', 'clive'])
    c[u] = await t.signIn(u);
  markId = (await as('priya').get('/api/staff?q=mark')).json().staff[0].id;
});
afterAll(() => t?.close());

describe('adding someone to the care team, role by role', () => {
  const add = (who: string) =>
    as(who).post(`/api/families/${F}/care-team`, { staffId: markId, teamRole: 'health_visitor', keyWorker: null });

  for (const who of ['daniel', 'priya', 'angela']) {
    it(`${who} (a key worker or team manager on the team) adds and removes a member, and Marie is told each time`, async () => {
      const joined = (m: string) => m.startsWith('Mark Ellis (Health visitor, Riverside Health) is now working with your family');
      const left = (m: string) => m.startsWith('Mark Ellis') && m.includes('is no longer working with your family');
      const before = await teamNotes('marie');
      expect((await as(who).get(`/api/families/${F}`)).json().canChangeCareTeam).toBe(true);
      const added = await add(who);
      expect(added.statusCode, added.body).toBe(201);
      expect((await as('mark').get(`/api/families/${F}`)).statusCode).toBe(200);
      const ended = await as(who).post(`/api/families/${F}/care-team/${added.json().id}/end`, { reason: 'Visit done' });
      expect(ended.statusCode, ended.body).toBe(204);
      expect((await as('mark').get(`/api/families/${F}`)).statusCode).toBe(404);
      const told = await teamNotes('marie');
      expect(told.filter(joined)).toHaveLength(before.filter(joined).length + 1);
      expect(told.filter(left)).toHaveLength(before.filter(left).length + 1);
    });
  }

  for (const who of ['sarah', 'tom', 'helen']) {
    it(`${who} (on the team, neither key worker nor team manager) is refused with whom to ask, audited, and nothing changes`, async () => {
      expect((await as(who).get(`/api/families/${F}`)).json().canChangeCareTeam).toBe(false);
      const refused = await add(who);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().message).toMatch(/Only the family’s key workers and team managers/);
      expect(refused.json().message).toContain('Daniel Okafor');
      expect((await as('mark').get(`/api/families/${F}`)).statusCode).toBe(404);
      const denied = await t.database.asOwner(
        `SELECT count(*)::int AS n FROM audit_events a JOIN accounts acc ON acc.id = a.actor_account_id
         WHERE a.action = 'access.denied' AND a.details->>'attempted' = 'care_team.member_added' AND acc.username = $1`,
        [who],
      );
      expect(denied.rows[0].n).toBe(1);
    });
  }

  for (const who of ['ruth', 'mark', 'alex']) {
    it(`${who} (not on the team) cannot reach the family: 404`, async () => {
      expect((await add(who)).statusCode).toBe(404);
    });
  }

  for (const who of ['marie', 'jamie', 'clive']) {
    it(`${who} (a family member) holds no permission for it: 403`, async () => {
      expect((await add(who)).statusCode).toBe(403);
    });
  }
});

describe('taking someone off the care team', () => {
  it('is refused to another member, allowed to the member themselves, and the parent alone is told', async () => {
    const daniel = (await memberIdOf('Daniel Okafor')) as string;
    const refused = await as('helen').post(`/api/families/${F}/care-team/${daniel}/end`, { reason: 'Not needed' });
    expect(refused.statusCode).toBe(403);
    expect(await memberIdOf('Daniel Okafor')).toBe(daniel);
    const tom = (await memberIdOf('Tom Reilly')) as string;
    expect((await as('sarah').post(`/api/families/${F}/care-team/${tom}/end`, { reason: 'Not needed' })).statusCode).toBe(403);
    const left = await as('tom').post(`/api/families/${F}/care-team/${tom}/end`, { reason: 'Moving to another team' });
    expect(left.statusCode, left.body).toBe(204);
    expect((await as('tom').get(`/api/families/${F}`)).statusCode).toBe(404);
    expect((await teamNotes('marie')).some((m) => m.startsWith('Tom Reilly') && m.includes('no longer working with your family'))).toBe(
      true,
    );
    // Adult mental health involvement is Marie's own: her children and her network are not told of it.
    const sarah = (await memberIdOf('Sarah Whitfield')) as string;
    expect((await as('daniel').post(`/api/families/${F}/care-team/${sarah}/end`, { reason: 'Caseload change' })).statusCode).toBe(204);
    expect((await teamNotes('marie')).some((m) => m.startsWith('Sarah Whitfield'))).toBe(true);
    expect(await teamNotes('jamie')).toEqual([]);
    expect(await teamNotes('clive')).toEqual([]);
  });
});

describe('who can be found to join a care team', () => {
  it('not a platform administrator (that role works on no family), nor a worker whose account was deactivated', async () => {
    const found = async (q: string) =>
      (await as('priya').get(`/api/staff?q=${encodeURIComponent(q)}`))
        .json()
        .staff.map((s: { full_name?: string; name?: string }) => s.name ?? s.full_name);
    const jordan = (
      await t.database.asOwner(`SELECT s.id, s.full_name FROM staff s JOIN accounts a ON a.staff_id = s.id WHERE a.username = 'jordan'`)
    ).rows[0] as { id: string; full_name: string };
    expect(await found(jordan.full_name)).toEqual([]);
    const byId = await as('priya').post(`/api/families/${F}/care-team`, { staffId: jordan.id, teamRole: 'other', keyWorker: null });
    expect(byId.statusCode).toBe(400);

    expect(await found('Mark Ellis')).toEqual(['Mark Ellis']);
    await t.database.asOwner(`UPDATE accounts SET disabled_at = now() WHERE username = 'mark'`);
    try {
      expect(await found('Mark Ellis')).toEqual([]);
      const added = await as('priya').post(`/api/families/${F}/care-team`, {
        staffId: markId,
        teamRole: 'health_visitor',
        keyWorker: null,
      });
      expect(added.statusCode).toBe(400);
    } finally {
      await t.database.asOwner(`UPDATE accounts SET disabled_at = NULL WHERE username = 'mark'`);
    }
  });
});

describe('what the parent is told, in her own language (issue 16 §3)', () => {
  it('keeps each change to the team that reached a family account as a message id and its values', async () => {
    const rows = (
      await t.database.asOwner(
        `SELECT kind, message_id, message_values FROM notifications
         WHERE recipient_account_id IS NOT NULL AND kind IN ('care_team_changed', 'key_worker_changed')`,
      )
    ).rows as { kind: string; message_id: string | null; message_values: unknown }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(['notify-family.careTeamJoined', 'notify-family.careTeamLeft', 'notify-family.keyWorkerChanged'], r.kind).toContain(
        r.message_id,
      );
    const values = rows.map((r) => (typeof r.message_values === 'string' ? JSON.parse(r.message_values) : r.message_values));
    expect(values).toContainEqual({ name: 'Mark Ellis', jobTitle: 'Health visitor', organisation: 'Riverside Health' });
  });
});
