// A worker's account changed by an administrator takes effect on the worker's next request: a new role's permissions,
// deactivation (every session ends at once: 401), reactivation, and a second-factor reset (only with a written reason,
// audited, the worker told). No administrator deactivates themselves or leaves an organisation without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const staffId = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const PRIYA = staffId(23);
const TOM = staffId(24);
const ANGELA = staffId(26);
const ALEX = staffId(28);
const JORDAN = staffId(30);
const FAMILY_SAFEGUARDING = staffId(12);
const BUSINESS_SUPPORT = staffId(15);

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const row = async (sql: string, params: unknown[] = []) => (await t.database.asOwner(sql, params)).rows[0];
const workerOf = async (who: string, id: string) => (await as(who).get(`/api/admin/staff/${id}`)).json();
const editable = (w: Record<string, unknown>) => ({
  fullName: w.fullName,
  jobTitle: w.jobTitle,
  discipline: w.discipline,
  role: w.role,
  teamId: (w.team as { id: string } | null)?.id ?? null,
  email: w.email,
  phone: w.phone,
  version: w.version,
});
const notes = async (who: string, kind: string) =>
  (await as(who).get('/api/notifications')).json().notifications.filter((n: { kind: string }) => n.kind === kind) as { message: string }[];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['alex', 'jordan', 'tom', 'priya', 'angela']) c[u] = await t.signIn(u);
  // Several sign-ins (argon2 and a second factor each) on a busy 2-core machine.
}, 180_000);
afterAll(() => t?.close());

describe('a change of role or team', () => {
  it('takes effect on the worker’s next request, and the worker is told', async () => {
    expect((await as('tom').get('/api/governance/queue')).statusCode).toBe(403);
    const tom = await workerOf('alex', TOM);
    const res = await as('alex').put(`/api/admin/staff/${TOM}`, { ...editable(tom), role: 'information_governance_lead' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ role: 'information_governance_lead', version: tom.version + 1 });
    // The same session, not signed in again: the staff row is read with the session on every request.
    expect((await as('tom').get('/api/governance/queue')).statusCode).toBe(200);
    expect((await as('tom').get('/api/session')).json().me.role).toBe('information_governance_lead');
    expect((await notes('tom', 'account_changed'))[0]?.message).toMatch(/now information governance lead/);
    const event = await row(`SELECT details FROM audit_events WHERE action = 'staff.updated' AND subject_id = $1`, [TOM]);
    expect(event?.details).toEqual({ changed: ['role'], roleFrom: 'practitioner', roleTo: 'information_governance_lead' });
  });

  it('a team change is saved and told; a stale edit gets 409 with the worker as they are now', async () => {
    const tom = await workerOf('alex', TOM);
    const moved = await as('alex').put(`/api/admin/staff/${TOM}`, { ...editable(tom), teamId: BUSINESS_SUPPORT });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().team).toEqual({ id: BUSINESS_SUPPORT, name: 'Business Support' });
    expect((await notes('tom', 'account_changed'))[0]?.message).toMatch(/team in Umbrella has changed/);
    const stale = await as('alex').put(`/api/admin/staff/${TOM}`, { ...editable(tom), teamId: FAMILY_SAFEGUARDING, jobTitle: 'Old words' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ team: { id: BUSINESS_SUPPORT }, jobTitle: 'Family support worker' });
  });
});

describe('deactivation', () => {
  it('ends every session of the account at once: a live session answers 401 on its next request', async () => {
    const other = await t.signIn('priya');
    expect((await as('priya').get('/api/families')).statusCode).toBe(200);
    const res = await as('alex').post(`/api/admin/staff/${PRIYA}/deactivate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'deactivated', allowed: { reactivate: true, deactivate: false } });
    expect((await as('priya').get('/api/families')).statusCode).toBe(401);
    expect((await other.get('/api/families')).statusCode).toBe(401);
    const ended = await row(
      `SELECT count(*) FILTER (WHERE s.ended_reason = 'deactivated')::int AS ended, count(*) FILTER (WHERE s.ended_at IS NULL)::int AS live
       FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.staff_id = $1`,
      [PRIYA],
    );
    expect(ended).toEqual({ ended: 2, live: 0 });
    await expect(t.signIn('priya')).rejects.toThrow(/401/);
    const event = await row(`SELECT details FROM audit_events WHERE action = 'staff.deactivated' AND subject_id = $1`, [PRIYA]);
    expect(event?.details).toEqual({ sessionsEnded: 2 });
  });

  it('can be undone: after reactivation she signs in again', async () => {
    const res = await as('alex').post(`/api/admin/staff/${PRIYA}/reactivate`);
    expect(res.json().status).toBe('active');
    c.priya = await t.signIn('priya');
    expect((await as('priya').get('/api/families')).statusCode).toBe(200);
  });

  it('an administrator may not deactivate themselves', async () => {
    const res = await as('alex').post(`/api/admin/staff/${ALEX}/deactivate`);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/your own account/);
    expect((await as('alex').get('/api/admin/organisations')).statusCode).toBe(200);
  });
});

describe('every organisation keeps an administrator, and the installation a platform administrator', () => {
  it('refuses to demote or deactivate an organisation’s last administrator', async () => {
    const org = (await as('jordan').post('/api/admin/organisations', { name: 'Westfield School', kind: 'education' })).json().id;
    const add = (username: string) =>
      as('jordan').post(`/api/admin/organisations/${org}/staff`, {
        fullName: `Admin ${username}`,
        jobTitle: 'Office manager',
        discipline: 'Administration',
        role: 'administrator',
        teamId: null,
        email: null,
        username,
      });
    const first = (await add('westfield.one')).json().worker;
    const demote = await as('jordan').put(`/api/admin/staff/${first.id}`, { ...editable(first), role: 'practitioner' });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().fields.role).toMatch(/someone else an administrator/);
    expect((await as('jordan').post(`/api/admin/staff/${first.id}/deactivate`)).statusCode).toBe(400);
    await add('westfield.two');
    expect((await as('jordan').put(`/api/admin/staff/${first.id}`, { ...editable(first), role: 'practitioner' })).statusCode).toBe(200);
  });

  it('only a platform administrator changes one, and the last one stays', async () => {
    expect((await as('alex').post(`/api/admin/staff/${JORDAN}/deactivate`)).statusCode).toBe(403);
    const jordan = await workerOf('alex', JORDAN);
    expect(jordan.allowed).toMatchObject({ edit: false, deactivate: false });
    expect((await as('alex').put(`/api/admin/staff/${JORDAN}`, { ...editable(jordan), role: 'practitioner' })).statusCode).toBe(403);
    const self = await as('jordan').put(`/api/admin/staff/${JORDAN}`, { ...editable(jordan), role: 'administrator' });
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toMatch(/last platform administrator/);
  });
});

describe('resetting a worker’s second factor', () => {
  it('needs a written reason', async () => {
    const none = await as('alex').post(`/api/admin/staff/${ANGELA}/second-factor-reset`, { reason: '  ' });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields.reason).toMatch(/why/);
    expect((await row('SELECT totp_secret IS NOT NULL AS kept FROM accounts WHERE staff_id = $1', [ANGELA]))?.kept).toBe(true);
  });

  it('forgets the authenticator and recovery codes, ends her sessions, invites her to enrol again, audits the reason and tells her', async () => {
    await t.database.asOwner(
      `INSERT INTO recovery_codes (account_id, id, code_hash) SELECT id, '00000000-0000-7000-8000-00000000b001', 'hash' FROM accounts WHERE staff_id = $1`,
      [ANGELA],
    );
    const reason = 'Angela’s phone was stolen on the train; she rang the service desk from her desk phone.';
    const res = await as('alex').post(`/api/admin/staff/${ANGELA}/second-factor-reset`, { reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().worker.secondFactor).toBe(false);
    expect(res.json().invitation.path).toMatch(/^\/welcome\//);
    expect((await as('angela').get(`/api/families/${DEMO_IDS.mariesFamily}`)).statusCode).toBe(401);
    const account = await row(
      `SELECT a.totp_secret, (SELECT count(*)::int FROM recovery_codes r WHERE r.account_id = a.id AND r.cancelled_at IS NULL) AS codes,
              (SELECT count(*)::int FROM sessions s WHERE s.account_id = a.id AND s.ended_at IS NULL) AS live,
              (SELECT count(*)::int FROM account_tokens k WHERE k.account_id = a.id AND k.purpose = 'invitation' AND k.used_at IS NULL AND k.cancelled_at IS NULL) AS open
       FROM accounts a WHERE a.staff_id = $1`,
      [ANGELA],
    );
    expect(account).toEqual({ totp_secret: null, codes: 0, live: 0, open: 1 });
    const mail = await row(`SELECT m.kind, m.to_address FROM mail_outbox m JOIN accounts a ON a.id = m.account_id WHERE a.staff_id = $1`, [
      ANGELA,
    ]);
    expect(mail).toEqual({ kind: 'second_factor_reset', to_address: 'angela@northfield.example' });
    const note = await row(`SELECT message FROM notifications WHERE recipient_staff_id = $1 AND kind = 'second_factor_reset'`, [ANGELA]);
    expect(note?.message).toMatch(/reset your authenticator app/);
    const event = await row(`SELECT details FROM audit_events WHERE action = 'staff.second_factor_reset' AND subject_id = $1`, [ANGELA]);
    expect(event?.details).toEqual({ reason, sessionsEnded: 1 });
  });

  it('is never done to oneself', async () => {
    const res = await as('alex').post(`/api/admin/staff/${ALEX}/second-factor-reset`, {
      reason: 'Testing whether I can do this to myself',
    });
    expect(res.statusCode).toBe(400);
    expect((await row('SELECT totp_secret IS NOT NULL AS kept FROM accounts WHERE staff_id = $1', [ALEX]))?.kept).toBe(true);
  });
});
