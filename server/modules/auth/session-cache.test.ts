// Sessions kept by an instance (issue 22, session-cache.ts) are never less fresh than reading them: every change that
// could alter a session, committed before a request, is seen by that request, with no wait in between. Server only: the
// embedded database has no cache (every request reads its session there).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../../db/change-listener.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import type { LiveSessionRow } from './auth.repo.ts';
import { hashToken } from './auth.service.ts';
import { SESSION_CHANGES_CHANNEL, SessionCache } from './session-cache.ts';

const onServer = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onServer)('sessions kept by an instance', () => {
  let t: TestApp;
  let daniel: TestClient;
  const cache = () => (t.app as unknown as { sessionCache: SessionCache }).sessionCache;
  const me = async (c: TestClient) => {
    const r = await c.get('/api/session');
    expect(r.statusCode).toBe(200);
    return r.json() as { signedIn: boolean; me: { name: string; role?: string; jobTitle?: string } | null };
  };
  const owner = (text: string, values: unknown[] = []) => t.database.asOwner(text, values);

  beforeAll(async () => {
    t = await createTestApp();
    daniel = await t.signIn('daniel');
  }, 120_000);
  afterAll(async () => t?.close());

  it('listens, and a second request with the same session uses the kept row instead of reading it', async () => {
    expect(cache().active).toBe(true);
    await me(daniel);
    const used = cache().counts.used;
    expect((await me(daniel)).signedIn).toBe(true);
    expect(cache().counts.used).toBe(used + 1);
  });

  it('a change committed by another connection is seen by the very next request, every time (no wait between)', async () => {
    const danielsAccount = (await owner("SELECT id FROM accounts WHERE username = 'daniel'")).rows[0]?.id as string;
    for (let i = 0; i < 15; i++) {
      // Kept first, then changed elsewhere, then asked at once: the catch-up round trip must hear the change first.
      expect((await me(daniel)).signedIn).toBe(true);
      await owner('UPDATE accounts SET disabled_at = now() WHERE id = $1', [danielsAccount]);
      expect((await me(daniel)).signedIn).toBe(false);
      expect((await daniel.get('/api/families')).statusCode).toBe(401);
      await owner('UPDATE accounts SET disabled_at = NULL WHERE id = $1', [danielsAccount]);
      expect((await me(daniel)).signedIn).toBe(true);
    }
  });

  it('a name, a job title or a role changed elsewhere shows on the next request', async () => {
    const staffId = (await owner("SELECT staff_id FROM accounts WHERE username = 'daniel'")).rows[0]?.staff_id as string;
    const before = await me(daniel);
    await owner("UPDATE staff SET full_name = 'Daniel Renamed', job_title = 'Team leader' WHERE id = $1", [staffId]);
    const after = await me(daniel);
    expect(after.me?.name).toBe('Daniel Renamed');
    expect(after.me?.jobTitle).toBe('Team leader');
    await owner('UPDATE staff SET full_name = $2, job_title = $3 WHERE id = $1', [staffId, before.me?.name, before.me?.jobTitle]);
    expect((await me(daniel)).me?.name).toBe(before.me?.name);
  });

  it("a parent's preferred name changed elsewhere shows on the next request", async () => {
    const marie = await t.signIn('marie');
    const name = (await me(marie)).me?.name;
    const person = (await owner("SELECT family_id, person_id FROM accounts WHERE username = 'marie'")).rows[0];
    const old = (await owner('SELECT preferred_name FROM people WHERE family_id = $1 AND id = $2', [person.family_id, person.person_id]))
      .rows[0]?.preferred_name;
    await owner("UPDATE people SET preferred_name = 'Mo' WHERE family_id = $1 AND id = $2", [person.family_id, person.person_id]);
    expect((await me(marie)).me?.name).toBe('Mo');
    await owner('UPDATE people SET preferred_name = $3 WHERE family_id = $1 AND id = $2', [person.family_id, person.person_id, old]);
    expect((await me(marie)).me?.name).toBe(name);
  });

  it('a session ended elsewhere (signing out on another device, another instance) is refused on the next request', async () => {
    const sarah = await t.signIn('sarah');
    expect((await me(sarah)).signedIn).toBe(true);
    expect((await me(sarah)).signedIn).toBe(true);
    await owner("UPDATE sessions SET ended_at = now(), ended_reason = 'signed_out' WHERE id = $1", [hashToken(sarah.cookie ?? '')]);
    expect((await me(sarah)).signedIn).toBe(false);
  });

  it('signing out here refuses the same cookie at once', async () => {
    const priya = await t.signIn('priya');
    expect((await me(priya)).signedIn).toBe(true);
    const cookie = priya.cookie;
    expect((await priya.post('/api/session/logout')).statusCode).toBeLessThan(300);
    priya.cookie = cookie;
    expect((await me(priya)).signedIn).toBe(false);
  });

  it('when its listening connection is lost it keeps nothing (sessions are read every time), then listens again', async () => {
    const changes = (
      await owner('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [
        LISTENER_APPLICATION_NAME,
      ])
    ).rows;
    expect(changes.length).toBeGreaterThan(0);
    for (const { pid } of changes) await owner('SELECT pg_terminate_backend($1)', [pid]);
    await waitFor(() => !cache().active);
    const used = cache().counts.used;
    const staffId = (await owner("SELECT staff_id FROM accounts WHERE username = 'daniel'")).rows[0]?.staff_id as string;
    await owner("UPDATE staff SET job_title = 'While not listening' WHERE id = $1", [staffId]);
    expect((await me(daniel)).me?.jobTitle).toBe('While not listening');
    expect((await me(daniel)).signedIn).toBe(true);
    expect(cache().counts.used).toBe(used);
    await waitFor(() => cache().active, 10_000);
    await me(daniel);
    await me(daniel);
    expect(cache().counts.used).toBeGreaterThan(used);
  });
});

describe.skipIf(!onServer)('the session cache on its own', () => {
  let t: TestApp;
  let cache: SessionCache;
  const row = { id: 'x' } as LiveSessionRow;

  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    cache = new SessionCache(t.database.sessionChanges as pg.ClientConfig);
    await cache.start();
  }, 120_000);
  afterAll(async () => {
    await cache?.close();
    await t?.close();
  });

  it('does not keep a row read before a change it has since heard of (the change could be missing from it)', async () => {
    cache.keep('s-heard', row, cache.mark());
    const before = cache.mark();
    await t.database.asOwner(`SELECT pg_notify('${SESSION_CHANGES_CHANNEL}', '*')`);
    // Catching up on the kept row hears the announcement, so the row is gone and the generation has moved.
    expect(await cache.find('s-heard')).toBeUndefined();
    cache.keep('s-late', row, before);
    expect(await cache.find('s-late')).toBeUndefined();
    cache.keep('s-late', row, cache.mark());
    expect(await cache.find('s-late')).toBe(row);
  });

  it("a change to one session drops only that session's row", async () => {
    cache.keep('s-one', row, cache.mark());
    cache.keep('s-two', row, cache.mark());
    await t.database.asOwner(`SELECT pg_notify('${SESSION_CHANGES_CHANNEL}', 's-one')`);
    expect(await cache.find('s-one')).toBeUndefined();
    expect(await cache.find('s-two')).toBe(row);
  });

  it('keeps nothing once closed', async () => {
    const closed = new SessionCache(t.database.sessionChanges as pg.ClientConfig);
    await closed.start();
    await closed.close();
    closed.keep('s', row, closed.mark());
    expect(await closed.find('s')).toBeUndefined();
  });
});

describe.skipIf(!onServer)('what announces a change to a session (migration 0060)', () => {
  let t: TestApp;
  let listener: pg.Client;
  const heard: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    listener = new pg.Client(t.database.ownerConnection);
    await listener.connect();
    listener.on('notification', (n) => {
      if (n.channel === SESSION_CHANGES_CHANNEL) heard.push(n.payload ?? '');
    });
    await listener.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`);
    await t.signIn('marie');
  }, 120_000);
  afterAll(async () => {
    await listener?.end();
    await t?.close();
  });

  /** What a change announced, once the listener has caught up (its own round trip after the change). */
  const announced = async (text: string) => {
    heard.length = 0;
    await t.database.asOwner(text);
    await listener.query('SELECT 1');
    return [...new Set(heard)];
  };
  const marie = "(SELECT id FROM accounts WHERE username = 'marie')";
  const daniel = "(SELECT staff_id FROM accounts WHERE username = 'daniel')";

  it.each([
    ['a session ended', `UPDATE sessions SET ended_at = ended_at WHERE account_id = ${marie}`, 'id'],
    ['a session used (its last use written)', `UPDATE sessions SET last_seen_at = now() WHERE account_id = ${marie}`, 'id'],
    ['an account disabled', `UPDATE accounts SET disabled_at = disabled_at WHERE id = ${marie}`, '*'],
    ['a staff role', `UPDATE staff SET role = role WHERE id = ${daniel}`, '*'],
    ['a staff name', `UPDATE staff SET full_name = full_name WHERE id = ${daniel}`, '*'],
    ['an organisation', 'UPDATE organisations SET kind = kind', '*'],
    ['a preferred name', 'UPDATE people SET preferred_name = preferred_name', '*'],
    ['a language', 'UPDATE people SET preferred_language = preferred_language', '*'],
    ['a relationship', 'UPDATE relationships SET kind = kind', '*'],
    [
      'a relationship added',
      'INSERT INTO relationships SELECT family_id, gen_random_uuid(), from_person_id, to_person_id, kind, description FROM relationships LIMIT 1',
      '*',
    ],
  ])('%s is announced', async (_what, text, payload) => {
    const got = await announced(text);
    if (payload === '*') expect(got).toEqual(['*']);
    else {
      expect(got.length).toBeGreaterThan(0);
      expect(got).not.toContain('*');
    }
  });

  it.each([
    ['an account’s second-factor step', `UPDATE accounts SET totp_last_step = totp_last_step WHERE id = ${marie}`],
    ['a staff member’s phone', `UPDATE staff SET phone = phone WHERE id = ${daniel}`],
    ['a person’s school', 'UPDATE people SET school = school'],
    [
      'a new session',
      `INSERT INTO sessions (id, account_id, stage, csrf_token, expires_at) SELECT 'new-' || gen_random_uuid(), id, 'signed_in', 'x', now() + interval '1 hour' FROM accounts WHERE id = ${marie}`,
    ],
  ])('%s is not announced (nothing a session is read with)', async (_what, text) => {
    expect(await announced(text)).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, ms = 5_000) {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
