// The administrator console through the API: organisations (platform administrators only), teams, adding a worker with
// a one-time invitation, idempotent retries, another organisation's workers answered as not found, and the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const staffId = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const DANIEL = staffId(21);
const TOM = staffId(24);
const BUSINESS_SUPPORT = staffId(15);
const HEALTH_VISITING = staffId(14);

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const row = async (sql: string, params: unknown[] = []) => (await t.database.asOwner(sql, params)).rows[0];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['alex', 'jordan', 'daniel', 'marie']) c[u] = await t.signIn(u);
  // Several sign-ins (argon2 and a second factor each) on a busy 2-core machine.
}, 180_000);
afterAll(() => t?.close());

const worker = (over: Record<string, unknown> = {}) => ({
  fullName: 'Grace Adebayo',
  jobTitle: 'Family support worker',
  discipline: 'Family support',
  role: 'practitioner',
  teamId: BUSINESS_SUPPORT,
  email: 'grace@northfield.example',
  username: 'grace.adebayo',
  ...over,
});
const addWorker = (who: string, body: Record<string, unknown>, organisationId: string = DEMO_IDS.council, key?: string) =>
  as(who).post(`/api/admin/organisations/${organisationId}/staff`, body, key ? { 'idempotency-key': key } : {});

describe('organisations', () => {
  it('an administrator sees only their own organisation; a platform administrator sees every one', async () => {
    const alex = (await as('alex').get('/api/admin/organisations')).json();
    expect(alex.organisations.map((o: { name: string }) => o.name)).toEqual(["Northfield Children's Services"]);
    expect(alex.mayAddOrganisations).toBe(false);
    const jordan = (await as('jordan').get('/api/admin/organisations')).json();
    expect(jordan.organisations).toHaveLength(4);
    expect(jordan.mayAddOrganisations).toBe(true);
  });

  it('only a platform administrator adds an organisation, and a second of the same name is refused', async () => {
    const body = { name: 'Eastfield Community Trust', kind: 'voluntary', phone: null, email: 'hello@eastfield.example' };
    expect((await as('alex').post('/api/admin/organisations', body)).statusCode).toBe(403);
    const made = await as('jordan').post('/api/admin/organisations', body);
    expect(made.statusCode, made.body).toBe(201);
    const again = await as('jordan').post('/api/admin/organisations', { ...body, name: 'eastfield community trust' });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields.name).toMatch(/no other organisation/);
    const bad = await as('jordan').post('/api/admin/organisations', { ...body, name: 'X2', kind: 'police', email: 'not an email' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['email', 'kind']);
  });

  it('another organisation is not found for an administrator, and the refusal is audited', async () => {
    const res = await as('alex').get(`/api/admin/organisations/${DEMO_IDS.trust}`);
    expect(res.statusCode).toBe(404);
    const audited = await row(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND subject_id = $1 AND details->>'attempted' = 'organisation.read'`,
      [DEMO_IDS.trust],
    );
    expect(audited?.n).toBe(1);
    expect((await as('jordan').get(`/api/admin/organisations/${DEMO_IDS.trust}`)).statusCode).toBe(200);
  });

  it('nobody else reaches the console: a practitioner and a parent are refused', async () => {
    expect((await as('daniel').get('/api/admin/organisations')).statusCode).toBe(403);
    expect((await as('marie').get('/api/admin/outbox')).statusCode).toBe(403);
    expect((await t.client().get('/api/admin/organisations')).statusCode).toBe(401);
  });

  it('a platform administrator holds no permission on families', async () => {
    expect((await as('jordan').get('/api/families')).statusCode).toBe(403);
    expect((await as('jordan').get(`/api/families/${DEMO_IDS.mariesFamily}`)).statusCode).toBe(403);
  });
});

describe('teams', () => {
  it('an administrator adds and renames their own teams; a stale rename gets 409 with the name now', async () => {
    const made = await as('alex').post(`/api/admin/organisations/${DEMO_IDS.council}/teams`, { name: 'Early Help Team' });
    expect(made.statusCode, made.body).toBe(201);
    const { id } = made.json();
    const dup = await as('alex').post(`/api/admin/organisations/${DEMO_IDS.council}/teams`, { name: 'early help team' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fields.name).toBeDefined();
    expect((await as('alex').put(`/api/admin/teams/${id}`, { name: 'Early Help (North)', version: 1 })).statusCode).toBe(200);
    const stale = await as('alex').put(`/api/admin/teams/${id}`, { name: 'Early Help (South)', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Early Help (North)', version: 2 });
  });

  it('another organisation’s team is not found: neither added to nor renamed', async () => {
    expect((await as('alex').post(`/api/admin/organisations/${DEMO_IDS.trust}/teams`, { name: 'Mine now' })).statusCode).toBe(404);
    expect((await as('alex').put(`/api/admin/teams/${HEALTH_VISITING}`, { name: 'Mine now', version: 1 })).statusCode).toBe(404);
    const team = await row('SELECT name FROM teams WHERE id = $1', [HEALTH_VISITING]);
    expect(team?.name).toBe('Health Visiting');
  });
});

describe('adding a worker', () => {
  let graceId: string;

  it('makes the staff row and an account with no password, mails a one-time invitation and answers its link once', async () => {
    const res = await addWorker('alex', worker(), DEMO_IDS.council, 'add-grace-1');
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    graceId = body.worker.id;
    expect(body.worker).toMatchObject({ fullName: 'Grace Adebayo', status: 'invited', secondFactor: false, username: 'grace.adebayo' });
    expect(body.invitation.path).toMatch(/^\/welcome\/[0-9A-Z]{26}$/);
    expect(body.invitation.emailed).toBe(true);
    const days = (Date.parse(body.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const account = await row('SELECT password_hash, email FROM accounts WHERE staff_id = $1', [graceId]);
    expect(account).toEqual({ password_hash: null, email: 'grace@northfield.example' });
    const mail = await row(
      `SELECT m.kind, m.to_address, m.path FROM mail_outbox m JOIN accounts a ON a.id = m.account_id WHERE a.staff_id = $1`,
      [graceId],
    );
    expect(mail).toEqual({ kind: 'invitation', to_address: 'grace@northfield.example', path: body.invitation.path });
    // Only the token's hash is kept, and never in the audit log.
    const token = body.invitation.path.split('/').pop();
    expect((await row(`SELECT count(*)::int AS n FROM account_tokens WHERE token_hash = $1`, [token]))?.n).toBe(0);
    expect((await row(`SELECT count(*)::int AS n FROM audit_events WHERE details::text LIKE $1`, [`%${token}%`]))?.n).toBe(0);
    // Reading the worker afterwards never shows the link again.
    const read = await as('alex').get(`/api/admin/staff/${graceId}`);
    expect(read.body).not.toContain(token);
    expect(read.json().invitationExpiresAt).toBe(body.invitation.expiresAt);
  });

  it('a retried form (same idempotency key) gets the same worker and no new link', async () => {
    const res = await addWorker('alex', worker(), DEMO_IDS.council, 'add-grace-1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ alreadyCreated: true, invitation: null, worker: { id: graceId } });
    expect((await row(`SELECT count(*)::int AS n FROM accounts WHERE username = 'grace.adebayo'`))?.n).toBe(1);
  });

  it('refuses a username already used, a team of another organisation and a bad email, naming each field', async () => {
    const taken = await addWorker('alex', worker({ username: 'Priya' }));
    expect(taken.statusCode).toBe(400);
    expect(taken.json().fields.username).toMatch(/another username/);
    const team = await addWorker('alex', worker({ username: 'someone.new', teamId: HEALTH_VISITING }));
    expect(team.statusCode).toBe(400);
    expect(team.json().fields.teamId).toBeDefined();
    const email = await addWorker('alex', worker({ username: 'someone.new', email: 'grace at example' }));
    expect(email.statusCode).toBe(400);
    expect(email.json().fields.email).toMatch(/email address/);
    const name = await addWorker('alex', worker({ username: 'someone.new', fullName: '   ' }));
    expect(name.json().fields.fullName).toMatch(/full name/);
  });

  it('without an email address nothing is mailed; the link is for handing over in person', async () => {
    const res = await addWorker('alex', worker({ username: 'no.email', email: null }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().invitation.emailed).toBe(false);
    const mail = await row(
      `SELECT count(*)::int AS n FROM mail_outbox m JOIN accounts a ON a.id = m.account_id WHERE a.username = 'no.email'`,
    );
    expect(mail?.n).toBe(0);
  });

  it('only a platform administrator makes someone a platform administrator', async () => {
    expect((await addWorker('alex', worker({ username: 'would.be', role: 'platform_administrator' }))).statusCode).toBe(403);
    const res = await addWorker('jordan', worker({ username: 'second.platform', role: 'platform_administrator' }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('another organisation’s workers are not found for an administrator: not read, changed, invited or added', async () => {
    expect((await as('alex').get(`/api/admin/staff/${DANIEL}`)).statusCode).toBe(404);
    const daniel = (await as('jordan').get(`/api/admin/staff/${DANIEL}`)).json();
    expect(daniel.fullName).toBe('Daniel Okafor');
    expect((await as('alex').put(`/api/admin/staff/${DANIEL}`, { ...daniel, teamId: null, version: daniel.version })).statusCode).toBe(404);
    expect((await as('alex').post(`/api/admin/staff/${DANIEL}/invitation`)).statusCode).toBe(404);
    expect((await as('alex').post(`/api/admin/staff/${DANIEL}/deactivate`)).statusCode).toBe(404);
    expect(
      (await as('alex').post(`/api/admin/staff/${DANIEL}/second-factor-reset`, { reason: 'Lost their phone on the bus' })).statusCode,
    ).toBe(404);
    expect((await addWorker('alex', worker({ username: 'in.trust', teamId: null }), DEMO_IDS.trust)).statusCode).toBe(404);
    // The same answer as for no one at all.
    const nobody = await as('alex').get(`/api/admin/staff/${staffId(999)}`);
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().message).toBe((await as('alex').get(`/api/admin/staff/${DANIEL}`)).json().message);
  });

  it('re-sending an invitation cancels the earlier link and mails a new one', async () => {
    const before = await row(`SELECT k.id FROM account_tokens k JOIN accounts a ON a.id = k.account_id WHERE a.staff_id = $1`, [graceId]);
    const res = await as('alex').post(`/api/admin/staff/${graceId}/invitation`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().invitation.path).toMatch(/^\/welcome\//);
    const old = await row('SELECT cancelled_at FROM account_tokens WHERE id = $1', [before?.id]);
    expect(old?.cancelled_at).not.toBeNull();
    const mails = await row(`SELECT count(*)::int AS n FROM mail_outbox m JOIN accounts a ON a.id = m.account_id WHERE a.staff_id = $1`, [
      graceId,
    ]);
    expect(mails?.n).toBe(2);
    // Someone who has set up their account is not invited again.
    const tom = await as('alex').post(`/api/admin/staff/${TOM}/invitation`);
    expect(tom.statusCode).toBe(400);
    expect(tom.json().message).toMatch(/already set up/);
  });
});

describe('the outbox', () => {
  it('shows an administrator mail to their own organisation’s staff, a platform administrator every organisation’s', async () => {
    expect(
      (await addWorker('jordan', worker({ username: 'trust.worker', teamId: null, email: 'tw@northfield-mh.example' }), DEMO_IDS.trust))
        .statusCode,
    ).toBe(201);
    const alex = (await as('alex').get('/api/admin/outbox')).json();
    const recipients = (list: { messages: { recipient: { organisationName: string } }[] }) =>
      new Set(list.messages.map((m) => m.recipient.organisationName));
    expect(recipients(alex)).toEqual(new Set(["Northfield Children's Services"]));
    const jordan = (await as('jordan').get('/api/admin/outbox')).json();
    expect(recipients(jordan)).toEqual(new Set(["Northfield Children's Services", 'Northfield Mental Health Trust']));
    expect(jordan.messages[0].path).toMatch(/^\/welcome\//);
  });

  it('never shows a password reset’s link, nor any mail to a family member', async () => {
    await t.database.asOwner(
      `INSERT INTO mail_outbox (id, to_address, kind, path, account_id, status)
       SELECT '00000000-0000-7000-8000-00000000a001', 'tom@northfield.example', 'password_reset', '/reset-password/SECRET', id, 'held'
       FROM accounts WHERE username = 'tom'`,
    );
    await t.database.asOwner(
      `INSERT INTO mail_outbox (id, to_address, kind, path, account_id, status)
       SELECT '00000000-0000-7000-8000-00000000a002', 'marie@example.org', 'invitation', '/welcome/MARIESLINK', id, 'held'
       FROM accounts WHERE username = 'marie'`,
    );
    for (const who of ['alex', 'jordan']) {
      const res = await as(who).get('/api/admin/outbox');
      expect(res.body).not.toContain('SECRET');
      expect(res.body).not.toContain('MARIESLINK');
      expect(res.body).not.toContain('marie@example.org');
      expect(res.json().messages.find((m: { kind: string }) => m.kind === 'password_reset')?.path).toBeNull();
    }
    const read = await row(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'mail_outbox.viewed'`);
    expect(read?.n).toBeGreaterThan(0);
  });
});
