// The sign-in limits under concurrency and behind a proxy: at most the limit of passwords and codes are ever checked,
// however many requests arrive at once and at whichever app instance; an address full of failures does not keep out
// someone with the right password; and X-Forwarded-For is believed only from the proxies TRUST_PROXY names.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createAuditLog } from '../../audit/audit-log.ts';
import type { TrustProxy } from '../../http/trust-proxy.ts';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../../test/test-app.ts';
import { MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES } from './auth.service.ts';
import { stepAt, totpForStep } from './totp.ts';

const PASSWORD = 'Umbrella-demo-2026';
const SIMULTANEOUS = 25;
const secretOf = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';

let t: TestApp;
const extraApps: FastifyInstance[] = [];
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => {
  for (const app of extraApps) await app.close();
  await t?.close();
});

/** Another app instance on the same database: nothing about the limits may live in one process. */
async function anotherInstance(trustProxy?: TrustProxy): Promise<FastifyInstance> {
  const app = await buildApp({
    db: t.database.db,
    audit: createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }),
    databaseMode: t.database.mode,
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    trustProxy,
  });
  await app.ready();
  extraApps.push(app);
  return app;
}

function login(app: FastifyInstance, ip: string, username: string, password: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/session/login',
    remoteAddress: ip,
    headers: { 'content-type': 'application/json', ...headers },
    payload: { username, password },
  });
}

const accountId = async (username: string) =>
  (await t.database.asOwner('SELECT id FROM accounts WHERE username = $1', [username])).rows[0].id as string;

async function signInFailures(username: string) {
  const r = await t.database.asOwner(
    "SELECT details->>'reason' AS reason, ip FROM audit_events WHERE action = 'session.sign_in_failed' AND details->>'username' = $1",
    [username],
  );
  return r.rows as { reason: string; ip: string }[];
}

/** A 6-digit code that is none of the codes the server would accept now. */
function wrongCode(username: string): string {
  const now = stepAt();
  const near = new Set([-2, -1, 0, 1, 2].map((d) => totpForStep(secretOf(username), now + d)));
  for (let i = 0; ; i++) {
    const code = String(i).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('the limits hold for simultaneous requests', () => {
  it(`checks at most ${MAX_ACCOUNT_FAILURES} of ${SIMULTANEOUS} simultaneous wrong passwords for one account, across two instances, and then refuses the right one`, async () => {
    const second = await anotherInstance();
    const answers = await Promise.all(
      Array.from({ length: SIMULTANEOUS }, (_, i) => login(i % 2 === 0 ? t.app : second, `10.20.0.${i}`, 'clive', `wrong-${i}`)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(count(statuses, 401)).toBe(MAX_ACCOUNT_FAILURES);
    expect(count(statuses, 429)).toBe(SIMULTANEOUS - MAX_ACCOUNT_FAILURES);
    const reasons = (await signInFailures('clive')).map((f) => f.reason);
    expect(reasons.filter((r) => r === 'wrong_password')).toHaveLength(MAX_ACCOUNT_FAILURES);
    expect(reasons.filter((r) => r === 'rate_limited_account')).toHaveLength(SIMULTANEOUS - MAX_ACCOUNT_FAILURES);

    // Locked for the window: the right password is refused too, from anywhere, with the same answer.
    const right = await login(t.app, '10.20.1.1', 'clive', PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.json()).toEqual(answers.find((a) => a.statusCode === 429)?.json());
    expect((await login(second, '10.20.1.2', 'clive', PASSWORD)).statusCode).toBe(429);
  });

  it(`holds the same for a username that does not exist`, async () => {
    const answers = await Promise.all(
      Array.from({ length: SIMULTANEOUS }, (_, i) => login(t.app, `10.21.0.${i}`, 'nobody-at-all', `guess-${i}`)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(count(statuses, 401)).toBe(MAX_ACCOUNT_FAILURES);
    expect(count(statuses, 429)).toBe(SIMULTANEOUS - MAX_ACCOUNT_FAILURES);
  });

  it(`checks at most ${MAX_ACCOUNT_FAILURES} of ${SIMULTANEOUS} simultaneous wrong codes in one session, and then refuses the right one`, async () => {
    const c = t.client({ ip: '10.22.0.1' });
    expect((await c.post('/api/session/login', { username: 'helen', password: PASSWORD })).json()).toMatchObject({
      stage: 'awaiting_second_factor',
    });
    const code = wrongCode('helen');
    const answers = await Promise.all(Array.from({ length: SIMULTANEOUS }, () => c.post('/api/session/second-factor', { code })));
    const checked = answers.filter((a) => a.statusCode === 401 && a.json().error === 'wrong_code');
    expect(checked).toHaveLength(MAX_ACCOUNT_FAILURES);
    expect(answers.every((a) => a.statusCode === 401 || a.statusCode === 429)).toBe(true);
    expect(
      count(
        answers.map((a) => a.statusCode),
        429,
      ),
    ).toBeGreaterThan(0);
    const failed = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'session.second_factor_failed' AND subject_id = $1",
      [await accountId('helen')],
    );
    expect(failed.rows[0].n).toBe(MAX_ACCOUNT_FAILURES);

    // The session that guessed is over, and a new sign-in's right code is refused until the window passes.
    expect((await c.post('/api/session/second-factor', { code: totpForStep(secretOf('helen'), stepAt()) })).statusCode).not.toBe(200);
    const again = t.client({ ip: '10.22.0.2' });
    expect((await again.post('/api/session/login', { username: 'helen', password: PASSWORD })).statusCode).toBe(200);
    const right = await again.post('/api/session/second-factor', { code: totpForStep(secretOf('helen'), stepAt()) });
    expect(right.statusCode).toBe(429);
    expect((await again.get('/api/families')).statusCode).toBe(401);
  });

  it(`checks at most ${MAX_ACCOUNT_FAILURES} of ${SIMULTANEOUS} simultaneous codes for emergency access`, async () => {
    const mark = await t.signIn('mark');
    const body = { familyIds: [DEMO_IDS.mariesFamily], reason: 'Marie was found unwell at the clinic.', code: wrongCode('mark') };
    const answers = await Promise.all(Array.from({ length: SIMULTANEOUS }, () => mark.post('/api/emergency-access', body)));
    expect(answers.every((a) => a.statusCode === 401)).toBe(true);
    const counted = await t.database.asOwner('SELECT hits FROM rate_limits WHERE key = $1', [`account-code:${await accountId('mark')}`]);
    expect(counted.rows[0].hits).toBe(MAX_ACCOUNT_FAILURES);
  });
});

describe('one address cannot lock everyone out', () => {
  it('lets a parent with the right password in after many failures from her address, for other accounts and made-up names', async () => {
    const office = '10.30.0.1';
    // Wrong passwords for real accounts (fewer than each account's own limit) and made-up names, all from one address.
    const others = ['angela', 'ruth', 'alex', 'priya', 'sarah', 'tom'];
    const statuses: number[] = [];
    for (const username of others) for (let i = 0; i < 3; i++) statuses.push((await login(t.app, office, username, 'wrong')).statusCode);
    for (let i = 0; i < 20; i++) statuses.push((await login(t.app, office, `made-up-${i}`, 'wrong')).statusCode);
    expect(statuses.slice(0, MAX_ADDRESS_FAILURES).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(MAX_ADDRESS_FAILURES).every((s) => s === 429)).toBe(true);
    expect(statuses.length).toBeGreaterThan(MAX_ADDRESS_FAILURES);

    const marie = await login(t.app, office, 'marie', PASSWORD);
    expect(marie.statusCode).toBe(200);
    expect(marie.json()).toMatchObject({ signedIn: true, me: { kind: 'parent' } });
  });

  it('still limits made-up names from a busy address, and answers a wrong password there the same, so nothing tells which names exist', async () => {
    const office = '10.30.0.1';
    const madeUp = await login(t.app, office, 'made-up-after', 'guess');
    const realButWrong = await login(t.app, office, 'jamie', 'guess');
    expect(madeUp.statusCode).toBe(429);
    expect(realButWrong.statusCode).toBe(429);
    expect(realButWrong.json()).toEqual(madeUp.json());
    expect(madeUp.json().message).toMatch(/many failed sign-ins from your network/);
    expect((await signInFailures('made-up-after')).map((f) => f.reason)).toEqual(['rate_limited_address']);
    // The log tells them apart: the made-up name was not checked, Jamie's password was (and was wrong).
    expect((await signInFailures('jamie')).map((f) => f.reason)).toContain('wrong_password_busy_address');
    // Jamie's own password still works there.
    expect((await login(t.app, office, 'jamie', PASSWORD)).statusCode).toBe(200);
  });

  it(`counts an address's failures in one step too: of ${SIMULTANEOUS} simultaneous made-up names, only what is left of its allowance is checked`, async () => {
    const ip = '10.31.0.1';
    for (let i = 0; i < MAX_ADDRESS_FAILURES - 10; i++) expect((await login(t.app, ip, `spray-${i}`, 'x')).statusCode).toBe(401);
    const answers = await Promise.all(Array.from({ length: SIMULTANEOUS }, (_, i) => login(t.app, ip, `spray-at-once-${i}`, 'x')));
    const statuses = answers.map((a) => a.statusCode);
    expect(count(statuses, 401)).toBe(10);
    expect(count(statuses, 429)).toBe(SIMULTANEOUS - 10);
  });
});

describe('TRUST_PROXY decides whose address counts', () => {
  const proxy = '10.40.0.1';
  const spray = async (app: FastifyInstance, remote: string, forwardedFor: string, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) {
      statuses.push(
        (await login(app, remote, `proxied-${forwardedFor}-${remote}-${i}`, 'x', { 'x-forwarded-for': forwardedFor })).statusCode,
      );
    }
    return statuses;
  };

  it('with the proxy named, takes the client address from X-Forwarded-For, so one client does not limit the others', async () => {
    const app = await anotherInstance([proxy]);
    const first = await spray(app, proxy, '203.0.113.7', MAX_ADDRESS_FAILURES + 1);
    expect(first.at(-1)).toBe(429);
    expect(first.slice(0, MAX_ADDRESS_FAILURES).every((s) => s === 401)).toBe(true);
    // Another client behind the same proxy is not affected.
    expect(await spray(app, proxy, '203.0.113.8', 1)).toEqual([401]);
    const audited = await t.database.asOwner(
      "SELECT DISTINCT ip FROM audit_events WHERE details->>'username' LIKE 'proxied-203.0.113.7-%'",
    );
    expect(audited.rows.map((r) => r.ip)).toEqual(['203.0.113.7']);
    // The header is not believed from anyone else: a client cannot pick its own address.
    expect(await spray(app, '10.41.0.9', '203.0.113.7', 1)).toEqual([401]);
    const spoofed = await t.database.asOwner(
      "SELECT ip FROM audit_events WHERE details->>'username' LIKE 'proxied-203.0.113.7-10.41.0.9-%'",
    );
    expect(spoofed.rows.map((r) => r.ip)).toEqual(['10.41.0.9']);
  });

  it('without it, ignores X-Forwarded-For: every request counts against the address it came from', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_ADDRESS_FAILURES; i++) {
      statuses.push((await login(t.app, '10.42.0.1', `unproxied-${i}`, 'x', { 'x-forwarded-for': `198.51.100.${i}` })).statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, MAX_ADDRESS_FAILURES).every((s) => s === 401)).toBe(true);
  });
});
