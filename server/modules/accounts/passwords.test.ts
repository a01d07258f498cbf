// Forgotten and changed passwords through the API: the same answer and pacing for unknown names, links that work once
// for 30 minutes and are cancelled by a newer link or a change, sessions ended, the person told, nothing leaked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { withoutTokens } from './index.ts';
import { RESET_ANSWER, resetPacing } from './passwords.service.ts';

const DEMO_PASSWORD = readPersonas()[0]?.password ?? '';
const NEW_PASSWORD = 'lantern pebble orchard drizzle';
let t: TestApp;
let ipCount = 0;
const freshClient = () => t.client({ ip: `10.9.0.${++ipCount}` });

beforeAll(async () => {
  t = await createTestApp();
  // Families often have no email; these two do.
  await t.database.asOwner("UPDATE accounts SET email = 'marie.d@example.org' WHERE username = 'marie'");
  await t.database.asOwner("UPDATE accounts SET email = 'jamie.d@example.org' WHERE username = 'jamie'");
  await t.database.asOwner("UPDATE accounts SET email = 'clive.d@example.org' WHERE username = 'clive'");
}, 120_000);
afterAll(async () => t?.close());

/** The link in the newest message to this address: what the person would open. */
async function linkSentTo(to: string): Promise<string> {
  const row = await t.database.asOwner(
    'SELECT path FROM mail_outbox WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1',
    [to, 'password_reset'],
  );
  return row.rows[0]?.path as string;
}
const tokenOf = (path: string) => path.replace('/reset-password/', '');

describe('forgotten password', () => {
  it('gives the same answer for a real account, an unknown name and an account with no email, and mails only the real one', async () => {
    const known = await freshClient().post('/api/password-reset', { username: 'marie' });
    const unknown = await freshClient().post('/api/password-reset', { username: 'nobody-here' });
    const noEmail = await freshClient().post('/api/password-reset', { username: 'patricia' });
    for (const res of [known, unknown, noEmail]) {
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ message: RESET_ANSWER });
    }
    const path = await linkSentTo('marie.d@example.org');
    expect(path).toMatch(/^\/reset-password\/[0-9A-Z]{26}$/);
    // The token is nowhere but in the message: not in the answer, not in the audit details.
    expect(known.body).not.toContain(tokenOf(path));
    const audit = await t.database.asOwner("SELECT details FROM audit_events WHERE action = 'account.password_reset_requested'");
    expect(JSON.stringify(audit.rows)).not.toContain(tokenOf(path));
    expect(audit.rows.map((r) => r.details)).toEqual(
      expect.arrayContaining([
        { accounts: 1, mailed: 1, limited: false },
        { accounts: 0, mailed: 0, limited: false },
      ]),
    );
    // An email address works as well as a username.
    const byEmail = await freshClient().post('/api/password-reset', { username: 'JAMIE.D@example.org' });
    expect(byEmail.json()).toEqual({ message: RESET_ANSWER });
    expect(await linkSentTo('jamie.d@example.org')).toMatch(/^\/reset-password\//);
  });

  it('makes an unknown name wait as long as the work for a real one takes', async () => {
    const before = resetPacing.typicalMs;
    resetPacing.typicalMs = 400;
    try {
      const started = performance.now();
      const res = await freshClient().post('/api/password-reset', { username: 'nobody-at-all' });
      expect(res.statusCode).toBe(202);
      expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    } finally {
      resetPacing.typicalMs = before;
    }
    // A real account's work is measured and moves the pacing.
    resetPacing.typicalMs = 100_000;
    await freshClient().post('/api/password-reset', { username: 'clive' });
    expect(resetPacing.typicalMs).toBeLessThan(100_000);
    resetPacing.typicalMs = before;
  });

  it('chooses a new password with the link once: every session ends, the person is told, and the old password stops working', async () => {
    const phone = await t.signIn('marie');
    const laptop = await t.signIn('marie');
    await freshClient().post('/api/password-reset', { username: 'marie' });
    const token = tokenOf(await linkSentTo('marie.d@example.org'));
    const c = freshClient();

    const view = await c.get(`/api/password-reset/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().username).toBe('marie');
    const minutes = (Date.parse(view.json().expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);

    const weak = await c.post(`/api/password-reset/${token}`, { password: 'marie1234567' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.password).toMatch(/three or four unrelated words/);

    expect((await c.post(`/api/password-reset/${token}`, { password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await phone.get('/api/portal/my-family')).statusCode).toBe(401);
    expect((await laptop.get('/api/portal/my-family')).statusCode).toBe(401);
    expect((await freshClient().post('/api/session/login', { username: 'marie', password: DEMO_PASSWORD })).statusCode).toBe(401);
    expect((await freshClient().post('/api/session/login', { username: 'marie', password: NEW_PASSWORD })).statusCode).toBe(200);

    const used = await c.post(`/api/password-reset/${token}`, { password: 'another long pass phrase here' });
    expect(used.statusCode).toBe(410);
    expect(used.json().message).toMatch(/already been used/);
    const told = await t.database.asOwner(
      "SELECT n.message FROM notifications n JOIN accounts a ON a.id = n.recipient_account_id WHERE a.username = 'marie' AND n.kind = 'password_changed'",
    );
    expect(told.rows[0].message).toMatch(/changed with a link sent by email.*If this was not you/);
    const mailed = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'marie.d@example.org' AND kind = 'something_new'",
    );
    expect(mailed.rows[0].n).toBe(1);
    // Put back for the other tests.
    await t.database.asOwner(
      "UPDATE accounts SET password_hash = (SELECT password_hash FROM accounts WHERE username = 'jamie') WHERE username = 'marie'",
    );
  });

  it('refuses a link that ran out, one replaced by a newer link, one cancelled by a change of password, and an unknown one', async () => {
    await freshClient().post('/api/password-reset', { username: 'jamie' });
    const older = tokenOf(await linkSentTo('jamie.d@example.org'));
    await new Promise((r) => setTimeout(r, 5));
    await freshClient().post('/api/password-reset', { username: 'jamie' });
    const newer = tokenOf(await linkSentTo('jamie.d@example.org'));
    expect(newer).not.toBe(older);
    const c = freshClient();
    const replaced = await c.post(`/api/password-reset/${older}`, { password: NEW_PASSWORD });
    expect(replaced.statusCode).toBe(410);
    expect(replaced.json().message).toMatch(/newer one was sent, or the password was changed/);

    await t.database.asOwner(
      "UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')",
      [newer],
    );
    const expired = await c.get(`/api/password-reset/${newer}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().message).toMatch(/run out.*30 minutes/);

    // A change of password cancels an open link.
    await freshClient().post('/api/password-reset', { username: 'jamie' });
    const open = tokenOf(await linkSentTo('jamie.d@example.org'));
    const jamie = await t.signIn('jamie');
    expect((await jamie.post('/api/account/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await c.get(`/api/password-reset/${open}`)).statusCode).toBe(410);

    const unknown = await c.get('/api/password-reset/ABCDEFGHJKMNPQRSTVWXYZ0123');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/Forgotten your password/);
    // Invitations do not open the reset page, nor reset links the welcome page.
    expect((await c.get(`/api/welcome/${open}`)).statusCode).toBe(404);
    await t.database.asOwner(
      "UPDATE accounts SET password_hash = (SELECT password_hash FROM accounts WHERE username = 'clive') WHERE username = 'jamie'",
    );
  });

  it('limits requests per name and per address, saying the same for unknown names', async () => {
    const statuses = async (username: string) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++) out.push((await freshClient().post('/api/password-reset', { username })).statusCode);
      return out;
    };
    expect(await statuses('daniel')).toEqual([202, 202, 202, 429]);
    expect(await statuses('not-a-real-name')).toEqual([202, 202, 202, 429]);
    const ip = t.client({ ip: '10.8.8.8' });
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await ip.post('/api/password-reset', { username: `someone-${i}` })).statusCode);
    expect(codes.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(codes[20]).toBe(429);
  });
});

describe('changing a password when signed in', () => {
  it('asks for the current one, ends the other sessions but not this one, and tells the person', async () => {
    const here = await t.signIn('sarah');
    const elsewhere = await t.signIn('sarah');
    const wrong = await here.post('/api/account/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.currentPassword).toMatch(/not your current password/);
    const weak = await here.post('/api/account/password', { currentPassword: DEMO_PASSWORD, newPassword: 'sarah12345678' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.newPassword).toMatch(/easy to guess/);

    expect((await here.post('/api/account/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await here.get('/api/families')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/families')).statusCode).toBe(401);
    const told = await t.database.asOwner(
      "SELECT n.message FROM notifications n JOIN accounts a ON a.staff_id = n.recipient_staff_id WHERE a.username = 'sarah' AND n.kind = 'password_changed'",
    );
    expect(told.rows).toHaveLength(1);
    const audit = await t.database.asOwner(
      "SELECT details FROM audit_events WHERE action = 'account.password_changed' AND subject_id = (SELECT id::text FROM accounts WHERE username = 'sarah')",
    );
    expect(audit.rows[0].details).toEqual({ how: 'changed', sessionsEnded: 1 });
    expect(JSON.stringify(audit.rows)).not.toContain(NEW_PASSWORD);
  });

  it('is refused to someone not signed in', async () => {
    expect((await t.client().post('/api/account/password', { currentPassword: 'x', newPassword: NEW_PASSWORD })).statusCode).toBe(401);
    expect((await t.client().get('/api/account')).statusCode).toBe(401);
  });
});

describe('the request log', () => {
  it('never holds a token from a path', () => {
    expect(withoutTokens('/welcome/ABCDEFGHJKMNPQRSTVWXYZ0123')).toBe('/welcome/[hidden]');
    expect(withoutTokens('/api/welcome/ABCD-EFGH/authenticator/confirm')).toBe('/api/welcome/[hidden]/authenticator/confirm');
    expect(withoutTokens('/reset-password/ABCDEFGHJKMNPQRSTVWXYZ0123?from=mail')).toBe('/reset-password/[hidden]?from=mail');
    expect(withoutTokens('/api/password-reset/ABCDEFGHJKMNPQRSTVWXYZ0123')).toBe('/api/password-reset/[hidden]');
    expect(withoutTokens('/api/families/123')).toBe('/api/families/123');
  });
});
