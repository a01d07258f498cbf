// Accepting invitations and sign-in letters through the API: every way a token does not work, the password rules,
// enrolling an authenticator (secret shown once, confirmed by a first code), recovery codes that each work once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { stepAt, totpForStep } from '../auth/index.ts';
import { issueAccountToken } from './index.ts';

const STRONG = 'kettle orbit tulip marching';
let t: TestApp;
let staffCount = 0;

beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => t?.close());

/** A member of staff with an account and no password, as the administrators' console makes one, invited by Alex. */
async function invitedWorker(username: string) {
  staffCount++;
  const staffId = `00000000-0000-7000-8000-0000000a${String(staffCount).padStart(4, '0')}`;
  const accountId = `00000000-0000-7000-8000-0000000b${String(staffCount).padStart(4, '0')}`;
  await t.database.asOwner(
    `INSERT INTO staff (id, organisation_id, full_name, discipline, role, job_title) VALUES ($1, $2, 'Nadia Okafor', 'social_work', 'practitioner', 'Social worker')`,
    [staffId, DEMO_IDS.council],
  );
  await t.database.asOwner(`INSERT INTO accounts (id, username, kind, staff_id, email) VALUES ($1, $2, 'professional', $3, $4)`, [
    accountId,
    username,
    staffId,
    `${username}@council.example`,
  ]);
  return { accountId, token: await issue(accountId, 'invitation') };
}

async function staffIdOf(username: string): Promise<string> {
  return (await t.database.asOwner('SELECT staff_id FROM accounts WHERE username = $1', [username])).rows[0].staff_id;
}

async function issue(accountId: string, purpose: 'invitation' | 'sign_in_letter', by: string | null = 'alex') {
  const createdByStaffId = by ? await staffIdOf(by) : null;
  return t.database.db.transaction().execute((tx) => issueAccountToken(tx, { accountId, purpose, createdByStaffId }));
}

/** A new parent in Marie's family with an account and no password (a key worker added them). */
async function invitedParent(username: string) {
  staffCount++;
  const personId = `00000000-0000-7000-8000-0000000c${String(staffCount).padStart(4, '0')}`;
  const accountId = `00000000-0000-7000-8000-0000000d${String(staffCount).padStart(4, '0')}`;
  await t.database.asOwner(`INSERT INTO people (family_id, id, kind, full_name) VALUES ($1, $2, 'parent', 'Dawn Fisher')`, [
    DEMO_IDS.mariesFamily,
    personId,
  ]);
  await t.database.asOwner(`INSERT INTO accounts (id, username, kind, family_id, person_id) VALUES ($1, $2, 'parent', $3, $4)`, [
    accountId,
    username,
    DEMO_IDS.mariesFamily,
    personId,
  ]);
  return { accountId, token: await issue(accountId, 'sign_in_letter', 'sarah') };
}

const codeFor = (secretShown: string, offset = 0) => totpForStep(secretShown.replace(/\s/g, ''), stepAt() + offset);

async function signInWithPassword(username: string, password: string) {
  const c = t.client();
  const res = await c.post('/api/session/login', { username, password });
  return { c, res };
}

describe('accepting an invitation (a professional)', () => {
  it('chooses a password, enrols the authenticator with a secret shown once, gets ten recovery codes, and then signs in', async () => {
    const { accountId, token } = await invitedWorker('nadia.o');
    expect(token.path).toBe(`/welcome/${token.token}`);
    expect(token.token).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const c = t.client();

    const state = await c.get(token.path.replace('/welcome/', '/api/welcome/'));
    expect(state.statusCode).toBe(200);
    expect(state.json()).toMatchObject({
      purpose: 'invitation',
      accountKind: 'professional',
      name: 'Nadia Okafor',
      username: 'nadia.o',
      passwordChosen: false,
      secondFactor: 'required',
      invitedBy: expect.stringContaining('Alex'),
    });

    // Too short: the contract says so; common words: the strength checker does, and says how to choose better.
    const short = await c.post(`/api/welcome/${token.token}/password`, { username: 'nadia.o', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.password).toMatch(/at least 12 characters/);
    const weak = await c.post(`/api/welcome/${token.token}/password`, { username: 'nadia.o', password: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.password).toMatch(/easy to guess.*three or four unrelated words/);
    // A row of keys is easy to guess too.
    expect((await c.post(`/api/welcome/${token.token}/password`, { username: 'nadia.o', password: 'qwertyuiop123' })).statusCode).toBe(400);
    // Someone else's username is refused with the field named.
    const taken = await c.post(`/api/welcome/${token.token}/password`, { username: 'Sarah', password: STRONG });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().fields.username).toMatch(/already taken/);

    // She prefers another username; the token can be typed as printed (lower case, dashes).
    const typed =
      token.token
        .toLowerCase()
        .match(/.{1,4}/g)
        ?.join('-') ?? '';
    const chosen = await c.post(`/api/welcome/${typed}/password`, { username: 'nadia.okafor', password: STRONG });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ passwordChosen: true, username: 'nadia.okafor' });
    const again = await c.post(`/api/welcome/${token.token}/password`, { username: 'nadia.okafor', password: `${STRONG} again` });
    expect(again.statusCode).toBe(409);

    // Not yet a way in: a professional without an authenticator cannot finish signing in.
    const early = await signInWithPassword('nadia.okafor', STRONG);
    expect(early.res.json().stage).toBe('awaiting_second_factor');
    expect((await early.c.post('/api/session/second-factor', { code: '123456' })).statusCode).toBe(401);
    // Nor can she skip the authenticator.
    expect((await c.post(`/api/welcome/${token.token}/finish`, { password: STRONG })).statusCode).toBe(400);

    // The later steps want the password she chose: the link alone is not enough.
    const wrong = await c.post(`/api/welcome/${token.token}/authenticator`, { password: 'not her password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.password).toBeDefined();

    const first = (await c.post(`/api/welcome/${token.token}/authenticator`, { password: STRONG })).json();
    expect(first.qrSvg).toMatch(/^<svg/);
    expect(first.secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);
    // Asking again replaces the secret: the first one is never shown again and no longer works.
    const second = (await c.post(`/api/welcome/${token.token}/authenticator`, { password: STRONG })).json();
    expect(second.secret).not.toBe(first.secret);
    const stale = await c.post(`/api/welcome/${token.token}/authenticator/confirm`, { password: STRONG, code: codeFor(first.secret) });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().message).toMatch(/code is not right/);

    const done = await c.post(`/api/welcome/${token.token}/authenticator/confirm`, { password: STRONG, code: codeFor(second.secret) });
    expect(done.statusCode).toBe(200);
    const codes: string[] = done.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

    // Stored hashed: neither the codes nor the token are in the database.
    const stored = await t.database.asOwner('SELECT code_hash FROM recovery_codes WHERE account_id = $1', [accountId]);
    expect(stored.rows).toHaveLength(10);
    const dump = JSON.stringify((await t.database.asOwner('SELECT * FROM account_tokens WHERE account_id = $1', [accountId])).rows);
    expect(dump).not.toContain(token.token);
    for (const code of codes) expect(JSON.stringify(stored.rows)).not.toContain(code.replace(/-/g, ''));

    // The invitation is used: it cannot start again, and says what to do instead.
    const used = await c.get(`/api/welcome/${token.token}`);
    expect(used.statusCode).toBe(410);
    expect(used.json().message).toMatch(/already been used.*Sign in/);
    expect((await c.post(`/api/welcome/${token.token}/authenticator`, { password: STRONG })).statusCode).toBe(410);

    // She signs in with her password and the next code (the first code's step counts as used).
    const signedIn = await signInWithPassword('nadia.okafor', STRONG);
    expect(signedIn.res.json().stage).toBe('awaiting_second_factor');
    expect((await signedIn.c.post('/api/session/second-factor', { code: codeFor(second.secret, 1) })).statusCode).toBe(200);
    expect((await signedIn.c.get('/api/session')).json()).toMatchObject({
      signedIn: true,
      me: { kind: 'professional', name: 'Nadia Okafor' },
    });

    // Every step is on record, and no token, code or secret is in the details.
    const events = await t.database.asOwner('SELECT action, details FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at', [
      accountId,
    ]);
    expect(events.rows.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'account.welcome_password_chosen',
        'account.authenticator_shown',
        'account.authenticator_enrolled',
        'account.welcome_finished',
      ]),
    );
    const details = JSON.stringify(events.rows);
    expect(details).not.toContain(token.token);
    expect(details).not.toContain(second.secret.replace(/\s/g, ''));
  });

  it('can be resumed with the same token after the password step, by someone who knows the password', async () => {
    const { token } = await invitedWorker('omar.b');
    expect((await t.client().post(`/api/welcome/${token.token}/password`, { username: 'omar.b', password: STRONG })).statusCode).toBe(200);
    // Later, on another device: the page knows the password was chosen and asks for it.
    const later = t.client();
    expect((await later.get(`/api/welcome/${token.token}`)).json()).toMatchObject({ passwordChosen: true });
    const setup = await later.post(`/api/welcome/${token.token}/authenticator`, { password: STRONG });
    expect(setup.statusCode).toBe(200);
    const done = await later.post(`/api/welcome/${token.token}/authenticator/confirm`, {
      password: STRONG,
      code: codeFor(setup.json().secret),
    });
    expect(done.statusCode).toBe(200);
  });
});

describe('invitations that do not work', () => {
  it('says which: unknown, run out, replaced by a newer one, and whom to ask; each refusal is audited', async () => {
    const { accountId, token: older } = await invitedWorker('pat.k');
    const newer = await issue(accountId, 'invitation');
    const c = t.client();

    const unknown = await c.get('/api/welcome/ABCDEFGHJKMNPQRSTVWXYZ0123');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/does not work.*ask the person who gave it to you/);
    expect((await c.get('/api/welcome/not-a-token')).statusCode).toBe(404);

    const cancelled = await c.get(`/api/welcome/${older.token}`);
    expect(cancelled.statusCode).toBe(410);
    expect(cancelled.json().message).toMatch(/replaced by a newer one.*Alex Morgan at Northfield/);
    expect((await c.post(`/api/welcome/${older.token}/password`, { username: 'pat.k', password: STRONG })).statusCode).toBe(410);

    await t.database.asOwner(
      "UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE account_id = $1 AND used_at IS NULL AND cancelled_at IS NULL",
      [accountId],
    );
    const expired = await c.get(`/api/welcome/${newer.token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().message).toMatch(/run out.*7 days.*Ask Alex Morgan/);
    expect((await c.post(`/api/welcome/${newer.token}/password`, { username: 'pat.k', password: STRONG })).statusCode).toBe(410);

    const refusals = await t.database.asOwner(
      "SELECT details->>'reason' AS reason FROM audit_events WHERE action = 'account.token_refused' AND subject_id = $1",
      [accountId],
    );
    expect(refusals.rows.map((r) => r.reason)).toEqual(expect.arrayContaining(['cancelled', 'expired']));
    // Nothing was changed by the refused tries.
    expect((await t.database.asOwner('SELECT password_hash FROM accounts WHERE id = $1', [accountId])).rows[0].password_hash).toBeNull();
  });

  it('gives each invitation 7 days', async () => {
    const { token } = await invitedWorker('ravi.s');
    const days = (token.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });
});

describe('a family member accepting a sign-in letter', () => {
  it('may finish without a second factor, and then signs in with the password alone', async () => {
    const { token } = await invitedParent('dawn.f');
    const c = t.client();
    expect((await c.get(`/api/welcome/${token.token}`)).json()).toMatchObject({
      purpose: 'sign_in_letter',
      accountKind: 'parent',
      secondFactor: 'optional',
      invitedBy: expect.stringContaining('Sarah'),
    });
    expect((await c.post(`/api/welcome/${token.token}/password`, { username: 'dawn.f', password: STRONG })).statusCode).toBe(200);
    expect((await c.post(`/api/welcome/${token.token}/finish`, { password: STRONG })).statusCode).toBe(204);
    expect((await c.get(`/api/welcome/${token.token}`)).statusCode).toBe(410);
    const signedIn = await signInWithPassword('dawn.f', STRONG);
    expect(signedIn.res.json()).toMatchObject({ signedIn: true, stage: 'signed_in', me: { kind: 'parent' } });
  });

  it('may choose a second factor; then signing in asks for it, and a recovery code works once instead', async () => {
    const { token } = await invitedParent('eve.f');
    const c = t.client();
    await c.post(`/api/welcome/${token.token}/password`, { username: 'eve.f', password: STRONG });
    const setup = (await c.post(`/api/welcome/${token.token}/authenticator`, { password: STRONG })).json();
    const codes: string[] = (
      await c.post(`/api/welcome/${token.token}/authenticator/confirm`, { password: STRONG, code: codeFor(setup.secret) })
    ).json().recoveryCodes;

    const first = await signInWithPassword('eve.f', STRONG);
    expect(first.res.json()).toMatchObject({ signedIn: false, stage: 'awaiting_second_factor' });
    // The code is typed forgivingly: lower case, no dashes.
    const withCode = await first.c.post('/api/session/recovery-code', { code: (codes[0] ?? '').toLowerCase().replace(/-/g, ' ') });
    expect(withCode.statusCode).toBe(200);
    expect(withCode.json()).toMatchObject({ signedIn: true, recoveryCodesLeft: 9, me: { kind: 'parent' } });
    expect((await first.c.get('/api/portal/my-family')).statusCode).toBe(200);

    const second = await signInWithPassword('eve.f', STRONG);
    const reused = await second.c.post('/api/session/recovery-code', { code: codes[0] });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().message).toMatch(/used already: each code works once/);
    expect((await second.c.post('/api/session/recovery-code', { code: codes[1] })).json().recoveryCodesLeft).toBe(8);

    // A new set cancels the old one, and needs her password.
    const me = second.c;
    expect((await me.get('/api/account')).json()).toEqual({
      username: 'eve.f',
      hasSecondFactor: true,
      recoveryCodesLeft: 8,
      email: null,
      mailSomethingNew: true,
      version: 1,
    });
    expect((await me.post('/api/account/recovery-codes', { password: 'wrong password here' })).statusCode).toBe(400);
    const fresh = await me.post('/api/account/recovery-codes', { password: STRONG });
    expect(fresh.statusCode).toBe(200);
    expect((await me.get('/api/account')).json().recoveryCodesLeft).toBe(10);
    const third = await signInWithPassword('eve.f', STRONG);
    expect((await third.c.post('/api/session/recovery-code', { code: codes[2] })).statusCode).toBe(401);
    expect((await third.c.post('/api/session/recovery-code', { code: fresh.json().recoveryCodes[0] })).statusCode).toBe(200);
    const used = await t.database.asOwner(
      "SELECT details FROM audit_events WHERE action = 'account.recovery_code_used' AND subject_id = (SELECT id::text FROM accounts WHERE username = 'eve.f')",
    );
    expect(used.rows.map((r) => r.details)).toEqual([{ left: 9 }, { left: 8 }, { left: 9 }]);
  });

  it('for someone who already had a password: ends their sessions and tells them', async () => {
    const { accountId, token } = await invitedParent('fay.f');
    const c = t.client();
    await c.post(`/api/welcome/${token.token}/password`, { username: 'fay.f', password: STRONG });
    await c.post(`/api/welcome/${token.token}/finish`, { password: STRONG });
    const session = (await signInWithPassword('fay.f', STRONG)).c;
    expect((await session.get('/api/portal/my-family')).statusCode).toBe(200);

    // She forgets it; her key worker prints a new letter.
    const letter = await issue(accountId, 'sign_in_letter', 'sarah');
    const newPassword = 'lantern pebble orchard drizzle';
    expect((await t.client().post(`/api/welcome/${letter.token}/password`, { username: 'fay.f', password: newPassword })).statusCode).toBe(
      200,
    );
    expect((await session.get('/api/portal/my-family')).statusCode).toBe(401);
    const told = await t.database.asOwner(
      "SELECT message FROM notifications WHERE recipient_account_id = $1 AND kind = 'password_changed'",
      [accountId],
    );
    expect(told.rows[0].message).toMatch(/changed with a sign-in letter/);
  });
});
