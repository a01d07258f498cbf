// API tests for signing in and out: MFA, cookies, timeouts, CSRF, rate limits, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { COOKIE, createTestApp, type TestApp } from '../../test/test-app.ts';
import { hashToken } from './auth.service.ts';
import { currentTotp, stepAt, TOTP_PERIOD_MS, totpForStep } from './totp.ts';

const PASSWORD = 'Umbrella-demo-2026';
const secretOf = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function auditActions(subjectId?: string) {
  const r = await t.database.asOwner(
    subjectId
      ? 'SELECT action, outcome, details FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at, seq'
      : 'SELECT action, outcome, details FROM audit_events ORDER BY occurred_at, seq',
    subjectId ? [subjectId] : [],
  );
  return r.rows as { action: string; outcome: string; details: Record<string, unknown> }[];
}

describe('signing in', () => {
  it('signs a parent in with a secure, host-only, HttpOnly, SameSite=Strict session cookie', async () => {
    const c = t.client({ ip: '10.0.0.1' });
    const res = await c.post('/api/session/login', { username: 'marie', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ signedIn: true, stage: 'signed_in', me: { kind: 'parent', name: 'Marie' } });
    const cookie = res.cookies.find((k) => k.name === COOKIE);
    expect(cookie).toMatchObject({ path: '/', httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(cookie?.domain).toBeUndefined();
    const me = await c.get('/api/session');
    expect(me.json()).toMatchObject({ signedIn: true, me: { kind: 'parent' } });
  });

  it('asks professionals for a second factor before anything else', async () => {
    const c = t.client({ ip: '10.0.0.2' });
    const first = await c.post('/api/session/login', { username: 'daniel', password: PASSWORD });
    expect(first.json()).toMatchObject({ signedIn: false, stage: 'awaiting_second_factor' });
    expect((await c.get('/api/families')).statusCode).toBe(401);
    const wrong = await c.post('/api/session/second-factor', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toMatch(/code is not right/);
    const right = await c.post('/api/session/second-factor', { code: currentTotp(secretOf('daniel')) });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({ signedIn: true, me: { kind: 'professional', name: 'Daniel Okafor' } });
    expect((await c.get('/api/families')).statusCode).toBe(200);
  });

  it('gives the same answer for an unknown username and a wrong password', async () => {
    const a = await t.client({ ip: '10.0.0.3' }).post('/api/session/login', { username: 'nobody-here', password: 'x' });
    const b = await t.client({ ip: '10.0.0.3' }).post('/api/session/login', { username: 'clive', password: 'wrong' });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json()).toEqual(b.json());
    const failures = (await auditActions()).filter((e) => e.action === 'session.sign_in_failed');
    expect(failures.map((f) => f.details.reason)).toEqual(expect.arrayContaining(['unknown_username', 'wrong_password']));
  });

  it('rejects a bad request with a message that says what to fix', async () => {
    const res = await t.client({ ip: '10.0.0.4' }).post('/api/session/login', { username: '', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toMatchObject({ username: 'Enter your username' });
  });

  it('issues a new session id at every sign-in and ends the old one', async () => {
    const c = t.client({ ip: '10.0.0.5' });
    await c.post('/api/session/login', { username: 'jamie', password: PASSWORD });
    const first = c.cookie;
    await c.post('/api/session/login', { username: 'jamie', password: PASSWORD });
    expect(c.cookie).not.toBe(first);
    const old = t.client();
    old.cookie = first;
    expect((await old.get('/api/session')).json()).toMatchObject({ signedIn: false });
  });
});

describe('a sign-in code works once', () => {
  // The code for the step now, taken when it has at least 3 s left, so the test does not straddle a step's end.
  async function codeNow(username: string) {
    const left = TOTP_PERIOD_MS - (Date.now() % TOTP_PERIOD_MS);
    if (left < 3_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const step = stepAt();
    return { step, code: totpForStep(secretOf(username), step) };
  }
  async function awaitingCode(username: string, ip: string) {
    const c = t.client({ ip });
    const res = await c.post('/api/session/login', { username, password: PASSWORD });
    expect(res.json()).toMatchObject({ stage: 'awaiting_second_factor' });
    return c;
  }
  const accountId = async (username: string) =>
    (await t.database.asOwner('SELECT id FROM accounts WHERE username = $1', [username])).rows[0].id as string;

  it('refuses a code already used to sign in, with the wrong-code message, audits the replay, and takes the next code', async () => {
    const { step, code } = await codeNow('tom');
    const first = await awaitingCode('tom', '10.3.0.1');
    expect((await first.post('/api/session/second-factor', { code })).statusCode).toBe(200);

    // Someone who saw the code (over a shoulder, in a proxy's log) tries it within its 90 seconds.
    const thief = await awaitingCode('tom', '10.3.0.2');
    const replay = await thief.post('/api/session/second-factor', { code });
    expect(replay.statusCode).toBe(401);
    const wrong = await (await awaitingCode('tom', '10.3.0.3')).post('/api/session/second-factor', { code: '000000' });
    expect(replay.json()).toEqual(wrong.json());
    expect((await thief.get('/api/families')).statusCode).toBe(401);
    const events = await auditActions(await accountId('tom'));
    expect(events.filter((e) => e.action === 'session.code_replayed')).toEqual([
      expect.objectContaining({ outcome: 'failed', details: { purpose: 'sign_in' } }),
    ]);

    // An earlier code than the one used is refused too; the next one is accepted.
    expect(
      (await (await awaitingCode('tom', '10.3.0.4')).post('/api/session/second-factor', { code: totpForStep(secretOf('tom'), step - 1) }))
        .statusCode,
    ).toBe(401);
    const next = await awaitingCode('tom', '10.3.0.5');
    expect((await next.post('/api/session/second-factor', { code: totpForStep(secretOf('tom'), step + 1) })).statusCode).toBe(200);
    expect((await next.get('/api/families')).statusCode).toBe(200);
  });

  it('lets only one of ten simultaneous sign-ins with the same code through', async () => {
    const clients = [];
    for (let i = 0; i < 10; i++) clients.push(await awaitingCode('sarah', `10.4.0.${i}`));
    const { code } = await codeNow('sarah');
    const answers = await Promise.all(clients.map((c) => c.post('/api/session/second-factor', { code })));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.every((s) => s === 200 || s === 401 || s === 429)).toBe(true);
    const signedIn = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.username = 'sarah' AND s.stage = 'signed_in'",
    );
    expect(signedIn.rows[0].n).toBe(1);
  });

  it('does not take the sign-in code again when emergency access asks for a code', async () => {
    const { step, code } = await codeNow('mark');
    const mark = await awaitingCode('mark', '10.5.0.1');
    expect((await mark.post('/api/session/second-factor', { code })).statusCode).toBe(200);
    const body = { familyIds: [DEMO_IDS.mariesFamily], reason: 'Marie was found unwell at the clinic.' };
    const again = await mark.post('/api/emergency-access', { ...body, code });
    expect(again.statusCode).toBe(401);
    expect((await mark.get(`/api/families/${DEMO_IDS.mariesFamily}`)).statusCode).toBe(404);
    const fresh = await mark.post('/api/emergency-access', { ...body, code: totpForStep(secretOf('mark'), step + 1) });
    expect(fresh.statusCode).toBe(201);
  });
});

describe('rate limits', () => {
  it('locks an account for 15 minutes after 5 failed attempts, even with the right password, and says the same for unknown names', async () => {
    for (let i = 0; i < 5; i++) {
      await t.client({ ip: `10.1.0.${i}` }).post('/api/session/login', { username: 'patricia', password: 'wrong' });
      await t.client({ ip: `10.1.0.${i}` }).post('/api/session/login', { username: 'no-such-person', password: 'wrong' });
    }
    const locked = await t.client({ ip: '10.1.1.1' }).post('/api/session/login', { username: 'patricia', password: PASSWORD });
    const unknown = await t.client({ ip: '10.1.1.1' }).post('/api/session/login', { username: 'no-such-person', password: 'x' });
    expect(locked.statusCode).toBe(429);
    expect(unknown.statusCode).toBe(429);
    expect(locked.json()).toEqual(unknown.json());
  });

  it('limits failed attempts from one address across accounts, but not successful ones', async () => {
    const ip = '10.2.0.1';
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) {
      codes.push((await t.client({ ip }).post('/api/session/login', { username: `someone-${i}`, password: 'x' })).statusCode);
    }
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes.slice(30)).toEqual([429, 429]);
    // Signing in correctly from a busy address does not use the allowance up.
    for (let i = 0; i < 35; i++) {
      expect((await t.client({ ip: '10.2.0.9' }).post('/api/session/login', { username: 'jamie', password: PASSWORD })).statusCode).toBe(
        200,
      );
    }
    // Another address is not affected.
    expect((await t.client({ ip: '10.2.0.2' }).post('/api/session/login', { username: 'jamie', password: PASSWORD })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('ends the session on the server at sign-out', async () => {
    const c = await t.signIn('marie');
    const cookie = c.cookie;
    const out = await c.post('/api/session/logout');
    expect(out.statusCode).toBe(204);
    const replay = t.client();
    replay.cookie = cookie;
    expect((await replay.get('/api/portal/my-family')).statusCode).toBe(401);
    const rows = await t.database.asOwner("SELECT ended_reason FROM sessions WHERE ended_reason = 'signed_out'");
    expect(rows.rowCount).toBeGreaterThan(0);
  });

  it('refuses a session idle for 30 minutes, and says why', async () => {
    const c = await t.signIn('jamie');
    // Last use is written once a minute, so 30 minutes without use is 31 after the last write at most.
    await t.database.asOwner("UPDATE sessions SET last_seen_at = now() - interval '31 minutes 1 second' WHERE ended_at IS NULL");
    const res = await c.get('/api/portal/my-family');
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/had not used Umbrella for a while/);
    // Once ended it stays ended, even if the clock were wound back.
    await t.database.asOwner('UPDATE sessions SET last_seen_at = now()');
    expect((await c.get('/api/portal/my-family')).statusCode).toBe(401);
  });

  it('keeps a session used 29 minutes 30 seconds ago, though that use was not written (last use is written once a minute)', async () => {
    const c = await t.signIn('marie');
    const id = hashToken(c.cookie ?? '');
    const lastSeen = async () =>
      (await t.database.asOwner('SELECT last_seen_at FROM sessions WHERE id = $1', [id])).rows[0].last_seen_at as Date;
    // Written 45 s ago; a request now is within the minute, so it is not written.
    await t.database.asOwner("UPDATE sessions SET last_seen_at = now() - interval '45 seconds' WHERE id = $1", [id]);
    const written = await lastSeen();
    expect((await c.get('/api/portal/my-family')).statusCode).toBe(200);
    expect((await lastSeen()).getTime()).toBe(written.getTime());
    // 29 min 30 s later: the write is 30 min 15 s old, the use 29 min 30 s. The session was used within 30 minutes.
    await t.database.asOwner("UPDATE sessions SET last_seen_at = last_seen_at - interval '29 minutes 30 seconds' WHERE id = $1", [id]);
    const res = await c.get('/api/portal/my-family');
    expect(res.statusCode).toBe(200);
    // That request is written, and a minute past 30 minutes without use the session ends.
    expect((await lastSeen()).getTime()).toBeGreaterThan(written.getTime());
    await t.database.asOwner("UPDATE sessions SET last_seen_at = now() - interval '31 minutes 1 second' WHERE id = $1", [id]);
    expect((await c.get('/api/portal/my-family')).statusCode).toBe(401);
  });

  it("does not let the web app's own polling keep an idle session alive", async () => {
    const c = await t.signIn('priya');
    const id = hashToken(c.cookie ?? '');
    // 20 minutes without use; the notifications poll and the idle check arrive, marked as background.
    await t.database.asOwner("UPDATE sessions SET last_seen_at = now() - interval '20 minutes' WHERE id = $1", [id]);
    const before = (await t.database.asOwner('SELECT last_seen_at FROM sessions WHERE id = $1', [id])).rows[0].last_seen_at as Date;
    expect((await c.get('/api/notifications', { 'x-umbrella-background': '1' })).statusCode).toBe(200);
    expect((await c.get('/api/session', { 'x-umbrella-background': '1' })).json().signedIn).toBe(true);
    const after = (await t.database.asOwner('SELECT last_seen_at FROM sessions WHERE id = $1', [id])).rows[0].last_seen_at as Date;
    expect(after.getTime()).toBe(before.getTime());
    // Eleven minutes later, still only polling: the session has ended.
    await t.database.asOwner("UPDATE sessions SET last_seen_at = now() - interval '31 minutes 1 second' WHERE id = $1", [id]);
    expect((await c.get('/api/notifications', { 'x-umbrella-background': '1' })).statusCode).toBe(401);
  });

  it('counts an ordinary request as use', async () => {
    const c = await t.signIn('priya');
    const id = hashToken(c.cookie ?? '');
    await t.database.asOwner("UPDATE sessions SET last_seen_at = now() - interval '20 minutes' WHERE id = $1", [id]);
    expect((await c.get('/api/notifications')).statusCode).toBe(200);
    const after = (await t.database.asOwner('SELECT last_seen_at FROM sessions WHERE id = $1', [id])).rows[0].last_seen_at as Date;
    expect(Date.now() - after.getTime()).toBeLessThan(5 * 60_000);
  });

  it('refuses a session older than 12 hours even if it was in use', async () => {
    const c = await t.signIn('marie');
    await t.database.asOwner("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE ended_at IS NULL");
    const res = await c.get('/api/portal/my-family');
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/signed in for a long time/);
  });

  it('refuses a change without the CSRF token, and one sent from another site', async () => {
    const c = await t.signIn('marie');
    const noToken = await c.post('/api/session/logout', {}, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    const crossSite = await c.post('/api/session/logout', {}, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect((await c.get('/api/session')).json()).toMatchObject({ signedIn: true });
  });

  it('accepts only JSON bodies, so a plain cross-site form cannot post', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=marie',
    });
    expect(res.statusCode).toBe(415);
  });

  it('audits sign-in, failed second factor and sign-out', async () => {
    const actions = (await auditActions()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'session.signed_in',
        'session.password_accepted',
        'session.second_factor_failed',
        'session.signed_out',
        'session.expired',
      ]),
    );
  });
});
