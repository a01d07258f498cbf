// A family member who skipped the authenticator app at welcome adds one on "Your account" (password again, secret
// shown once, confirmed by a first code, ten recovery codes), is then asked for a code at sign-in, and removes it with
// their password. Workers cannot: they always sign in with one. Each step is audited and the person is told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { stepAt, totpForStep } from '../auth/index.ts';

const PASSWORD = readPersonas()[0]?.password ?? '';
let t: TestApp;
let jamie: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  jamie = await t.signIn('jamie');
}, 120_000);
afterAll(async () => t?.close());

const codeFor = (secretShown: string, offset = 0) => totpForStep(secretShown.replace(/\s/g, ''), stepAt() + offset);

const auditCount = async (action: string, outcome = 'allowed') =>
  (
    await t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND outcome = $2 AND subject_id = (SELECT id::text FROM accounts WHERE username = 'jamie')",
      [action, outcome],
    )
  ).rows[0].n as number;

const toldJamie = async () =>
  (
    await t.database.asOwner(
      "SELECT n.message FROM notifications n JOIN accounts a ON a.id = n.recipient_account_id WHERE a.username = 'jamie' AND n.kind = 'account_changed' ORDER BY n.created_at",
    )
  ).rows.map((r) => r.message as string);

describe('adding an authenticator app later', () => {
  it('asks for the password, shows a secret once, confirms it with a first code and gives ten recovery codes', async () => {
    expect((await jamie.get('/api/account')).json()).toMatchObject({ hasSecondFactor: false, recoveryCodesLeft: 0 });

    const wrong = await jamie.post('/api/account/authenticator', { password: 'not my password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.password).toMatch(/not your current password/);

    const first = (await jamie.post('/api/account/authenticator', { password: PASSWORD })).json();
    expect(first).toMatchObject({ issuer: 'Umbrella', accountName: 'jamie', secret: expect.stringMatching(/^[A-Z2-7 ]+$/) });
    expect(first.qrSvg).toMatch(/^<svg/);
    // Asking again replaces the secret: the first one's codes no longer confirm anything.
    const setup = (await jamie.post('/api/account/authenticator', { password: PASSWORD })).json();
    expect(setup.secret).not.toBe(first.secret);
    const stale = await jamie.post('/api/account/authenticator/confirm', { code: codeFor(first.secret) });
    expect(stale.statusCode).toBe(400);
    expect(stale.json()).toMatchObject({ error: 'wrong_code', fields: { code: expect.stringMatching(/6-digit code/) } });
    expect(await auditCount('account.authenticator_failed', 'failed')).toBe(1);
    expect((await jamie.get('/api/account')).json().hasSecondFactor).toBe(false);

    const confirmed = await jamie.post('/api/account/authenticator/confirm', { code: codeFor(setup.secret) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().recoveryCodes).toHaveLength(10);
    expect((await jamie.get('/api/account')).json()).toMatchObject({ hasSecondFactor: true, recoveryCodesLeft: 10 });
    expect(await auditCount('account.authenticator_shown')).toBe(2);
    expect(await auditCount('account.authenticator_enrolled')).toBe(1);
    expect(await toldJamie()).toEqual([expect.stringMatching(/authenticator app was added.*If this was not you/)]);
    // Nothing of the secret is kept in the audit log.
    const details = await t.database.asOwner("SELECT details FROM audit_events WHERE action LIKE 'account.authenticator%'");
    expect(JSON.stringify(details.rows)).not.toContain(setup.secret.replace(/\s/g, ''));

    // One at a time: a second set-up is refused until this one is removed.
    const again = await jamie.post('/api/account/authenticator', { password: PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/remove it here first/);

    // Signing in now asks for a code from the app.
    const c = t.client();
    expect((await c.post('/api/session/login', { username: 'jamie', password: PASSWORD })).json()).toMatchObject({
      signedIn: false,
      stage: 'awaiting_second_factor',
    });
    const withCode = await c.post('/api/session/second-factor', { code: codeFor(setup.secret, 1) });
    expect(withCode.json()).toMatchObject({ signedIn: true, me: { kind: 'young_person' } });
  });

  it('is removed with the password, with its recovery codes; signing in then asks for the password only', async () => {
    const wrong = await jamie.post('/api/account/authenticator/remove', { password: 'not my password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.removePassword).toMatch(/not your current password/);
    expect((await jamie.get('/api/account')).json().hasSecondFactor).toBe(true);

    expect((await jamie.post('/api/account/authenticator/remove', { password: PASSWORD })).statusCode).toBe(204);
    expect((await jamie.get('/api/account')).json()).toMatchObject({ hasSecondFactor: false, recoveryCodesLeft: 0 });
    const open = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM recovery_codes WHERE account_id = (SELECT id FROM accounts WHERE username = 'jamie') AND used_at IS NULL AND cancelled_at IS NULL",
    );
    expect(open.rows[0].n).toBe(0);
    expect(await auditCount('account.authenticator_removed')).toBe(1);
    expect((await toldJamie()).at(-1)).toMatch(/authenticator app was removed.*If this was not you/);

    const c = t.client();
    expect((await c.post('/api/session/login', { username: 'jamie', password: PASSWORD })).json()).toMatchObject({
      signedIn: true,
      stage: 'signed_in',
    });
    const nothing = await jamie.post('/api/account/authenticator/remove', { password: PASSWORD });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().message).toMatch(/nothing to remove/);
  });
});

describe('workers', () => {
  it('cannot add or remove one here: they always sign in with an app, and their administrator resets it', async () => {
    const daniel = await t.signIn('daniel');
    for (const path of ['/api/account/authenticator', '/api/account/authenticator/remove']) {
      const res = await daniel.post(path, { password: PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/ask your administrator to reset it/);
    }
    expect((await daniel.post('/api/account/authenticator/confirm', { code: '123456' })).statusCode).toBe(400);
    expect((await daniel.get('/api/account')).json().hasSecondFactor).toBe(true);
  });
});
