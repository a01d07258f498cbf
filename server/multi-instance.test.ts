// Two app instances on one PostgreSQL server database (issue 20 §1), each with its own pool, audit log and app, as two
// processes behind a load balancer are: sessions, idempotency keys, scheduled jobs, sign-in limits and the audit chain
// hold across them. Where a race decides the outcome, a gate on the audit heads makes both instances' work overlap.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { GENESIS_HASH } from './audit/audit-chain.ts';
import { type AuditLog, createAuditLog } from './audit/audit-log.ts';
import { verifyAuditLog } from './audit/verify-audit.ts';
import { type Database, openDatabase } from './db/database.ts';
import { remindAppointments } from './modules/appointments/index.ts';
import type { SessionCache } from './modules/auth/session-cache.ts';
import { DEMO_IDS, readPersonas } from './seeds/demo-family.ts';
import { COOKIE, createTestApp, TEST_AUDIT_KEY, type TestApp, type TestClient } from './test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
const STREAMS = 8;
const POOL = 5;
const passwordOf = (username: string) => readPersonas().find((p) => p.username === username)?.password ?? '';

let a: TestApp;
let bDatabase: Database;
let bAudit: AuditLog;
let b: FastifyInstance;
let daniel: TestClient;

// Only on a server: the embedded database is one process's by design (a lock file keeps a second process out), so there
// is no second instance to start against it.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two app instances on one database', () => {
  beforeAll(async () => {
    // Instance A: the harness's app on a fresh server database, with the demo family.
    a = await createTestApp();
    // Instance B: its own pool on the same database URL (its migrations a no-op behind their lock), its own audit log
    // with the same key and number of streams, its own app. One test process holds both, so module-level state (the
    // id counter, the mail dispatcher's wake-up list) is shared here; ARCHITECTURE.md "Several app instances" says
    // why each is safe when the instances are separate processes.
    const url = a.database.ownerConnection.connectionString ?? '';
    bDatabase = await openDatabase({ kind: 'server', url, poolSize: POOL });
    bAudit = createAuditLog({ key: TEST_AUDIT_KEY, streams: STREAMS });
    b = await buildApp({
      db: bDatabase.db,
      audit: bAudit,
      databaseMode: bDatabase.mode,
      sessionChanges: bDatabase.sessionChanges,
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
    });
    await b.ready();
    daniel = await a.signIn('daniel');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await bDatabase?.close();
    await a?.close();
  });

  /** A signed-in client's requests sent to either instance: the session was made on A, and B knows it from the database. */
  const on = (app: FastifyInstance, c: TestClient) => {
    const headers = { cookie: `${COOKIE}=${c.cookie}`, 'x-csrf-token': c.csrf ?? '' };
    return {
      get: (url: string) => app.inject({ method: 'GET', url, headers }),
      post: (url: string, body: object = {}, extra: Record<string, string> = {}) =>
        app.inject({ method: 'POST', url, payload: body, headers: { ...headers, 'content-type': 'application/json', ...extra } }),
    };
  };
  const instances = () => [a.app, b] as const;
  const signInAttempt = (app: FastifyInstance, username: string, password: string, ip = '192.0.2.10') =>
    app.inject({ method: 'POST', url: '/api/session/login', remoteAddress: ip, payload: { username, password } });
  const count = async (text: string, values: unknown[] = []) => Number((await a.database.asOwner(text, values)).rows[0]?.n);
  const visit = (text: string) => ({
    kind: 'home_visit',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    category: 'general',
    text,
    presentPersonIds: [MARIE],
    aboutPersonIds: [MARIE],
  });

  /**
   * Holds every audit stream head locked (as the owner, in an open transaction), so each instance's write stops at its
   * audit event, inside its transaction, with everything before it done and nothing committed. The test starts one
   * instance's work, waits until it is held, starts the other's, and lets both go: the two always overlap, never by luck.
   * The app's lock timeout (5 s) is far longer than a hold lasts here.
   */
  async function holdAuditHeads() {
    const owner = new pg.Client(a.database.ownerConnection);
    await owner.connect();
    // Every stream's head row exists first (as the app itself makes it), so no append can pass the hold by making one.
    await owner.query(
      'INSERT INTO audit_stream_heads (stream, seq, hash) SELECT s, 0, $1 FROM generate_series(0, $2::int - 1) s ON CONFLICT DO NOTHING',
      [GENESIS_HASH, STREAMS],
    );
    await owner.query('BEGIN');
    await owner.query('SELECT stream FROM audit_stream_heads FOR UPDATE');
    // Sessions of this database waiting for a lock, read through another connection (a transaction sees one snapshot of
    // pg_stat_activity).
    const waiting = () =>
      count(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
    return {
      /** Resolves once `n` sessions wait for a lock; fails after 3 s. */
      async held(n: number) {
        const until = Date.now() + 3_000;
        while ((await waiting()) < n) {
          if (Date.now() > until) throw new Error(`Expected ${n} sessions held at the audit heads; ${await waiting()} are.`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      async release() {
        await owner.query('COMMIT');
        await owner.end();
      },
    };
  }

  it('a session made on one instance works on the other, and signing out on one ends it on both', async () => {
    const entries = await on(b, daniel).get(`/api/families/${F}/entries`);
    expect(entries.statusCode).toBe(200);

    const login = await signInAttempt(b, 'marie', passwordOf('marie'));
    expect(login.statusCode).toBe(200);
    const marie = { cookie: login.cookies.find((k) => k.name === COOKIE)?.value ?? null, csrf: login.json().csrfToken } as TestClient;
    expect((await on(a.app, marie).get('/api/portal/my-family')).statusCode).toBe(200);
    // B keeps the session it has read (issue 22, session-cache.ts) and uses the kept row: signing out on A must still end
    // it on B for the very next request, with no wait between.
    const kept = (b as FastifyInstance & { sessionCache: SessionCache }).sessionCache;
    const used = kept.counts.used;
    expect((await on(b, marie).get('/api/portal/my-family')).statusCode).toBe(200);
    expect((await on(b, marie).get('/api/portal/my-family')).statusCode).toBe(200);
    expect(kept.counts.used).toBeGreaterThan(used);
    expect((await on(a.app, marie).post('/api/session/logout')).statusCode).toBeLessThan(300);
    expect((await on(b, marie).get('/api/portal/my-family')).statusCode).toBe(401);
  });

  // Broken by a check of the key kept in one process (a map of keys in flight), or by a look-up before the insert without
  // the unique index: B would not see A's uncommitted entry and would make a second.
  it('the same idempotency key sent through both instances at once makes one entry', async () => {
    const url = `/api/families/${F}/entries`;
    const body = visit('Two instances: Marie talked about the school run.');
    const key = 'two-instances-key-0001';
    const gate = await holdAuditHeads();
    let first: Promise<LightMyRequestResponse> | undefined;
    let second: Promise<LightMyRequestResponse> | undefined;
    try {
      first = on(a.app, daniel).post(url, body, { 'idempotency-key': key });
      await gate.held(1);
      // B's insert of the same key now waits for A's transaction (the unique index), or is held at the heads itself.
      second = on(b, daniel).post(url, body, { 'idempotency-key': key });
      await Promise.race([second, gate.held(2)]);
    } finally {
      await gate.release();
    }
    const [fromA, fromB] = await Promise.all([first, second]);
    expect([fromA?.statusCode, fromB?.statusCode]).toEqual([201, 200]);
    expect(fromB?.json().id).toBe(fromA?.json().id);
    expect(await count('SELECT count(*) AS n FROM record_entries WHERE idempotency_key = $1', [key])).toBe(1);

    // And retries of one request sent to both at once, three to each, as a client behind a load balancer may send them.
    const retried = visit('Two instances: a phone call.');
    const again = await Promise.all(
      [...instances(), ...instances(), ...instances()].map((app) =>
        on(app, daniel).post(url, retried, { 'idempotency-key': 'two-instances-key-0002' }),
      ),
    );
    expect(again.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(again.map((r) => r.json().id)).size).toBe(1);
    expect(await count("SELECT count(*) AS n FROM record_entries WHERE idempotency_key = 'two-instances-key-0002'")).toBe(1);
  });

  // Broken by claiming the due row without a lock (or by a flag kept in memory): B would read the appointment as not yet
  // reminded while A's reminder is uncommitted, and remind everyone a second time.
  it('a job due once runs once, whichever instance gets there first', async () => {
    const due = (
      await a.database.asOwner(
        "SELECT id, starts_at FROM appointments WHERE family_id = $1 AND status = 'agreed' AND starts_at > now() ORDER BY starts_at LIMIT 1",
        [F],
      )
    ).rows[0] as { id: string; starts_at: Date };
    expect(due).toBeDefined();
    const at = new Date(due.starts_at.getTime() - 23 * 3_600_000);
    const reminders = () => count("SELECT count(*) AS n FROM notifications WHERE kind = 'appointment_reminder' AND family_id = $1", [F]);
    expect(await reminders()).toBe(0);

    const gate = await holdAuditHeads();
    let onA: Promise<number> | undefined;
    let onB: Promise<number> | undefined;
    try {
      onA = remindAppointments(a.database.db, a.audit, at);
      await gate.held(1);
      // B skips the row A holds and finds nothing due; without the claim it would be held at the heads too.
      onB = remindAppointments(bDatabase.db, bAudit, at);
      await Promise.race([onB, gate.held(2)]);
    } finally {
      await gate.release();
    }
    expect(await Promise.all([onA, onB])).toEqual([1, 0]);
    // Later ticks of both find it done.
    expect(await Promise.all([remindAppointments(bDatabase.db, bAudit, at), remindAppointments(a.database.db, a.audit, at)])).toEqual([
      0, 0,
    ]);
    expect(await count("SELECT count(*) AS n FROM audit_events WHERE action = 'appointment.reminded' AND subject_id = $1", [due.id])).toBe(
      1,
    );
    const perPerson = (
      await a.database.asOwner(
        `SELECT count(*)::int AS n FROM notifications WHERE kind = 'appointment_reminder' AND family_id = $1
         GROUP BY recipient_account_id, recipient_staff_id`,
        [F],
      )
    ).rows.map((r) => r.n);
    expect(perPerson.length).toBeGreaterThan(0);
    expect(perPerson.every((n) => n === 1)).toBe(true);
  });

  // Broken by counting failures in each process's memory: by the sixth try A would have seen three and B two.
  it('failed sign-ins counted on both instances lock the account', async () => {
    const [first, second] = instances();
    const tries = [first, second, first, second, first];
    for (const [i, app] of tries.entries()) {
      expect((await signInAttempt(app, 'patricia', `not-her-password-${i}`)).statusCode).toBe(401);
    }
    // Her right password, on the instance that has seen only two of the five: refused all the same.
    const locked = await signInAttempt(second, 'patricia', passwordOf('patricia'));
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toBe('too_many_attempts');
    expect((await signInAttempt(first, 'patricia', passwordOf('patricia'))).statusCode).toBe(429);

    // Ten wrong passwords at once, five through each: five are checked and five refused unchecked, never more checked.
    const atOnce = await Promise.all(Array.from({ length: 10 }, (_, i) => signInAttempt(i % 2 ? first : second, 'clive', `wrong-${i}`)));
    expect(atOnce.map((r) => r.statusCode).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  // Broken by a per-address counter in each process: each instance would have seen 15 of the 30 and let the 31st through.
  it('the per-address limit holds across instances', async () => {
    const ip = '198.51.100.20';
    const [first, second] = instances();
    // Made-up names, each tried once, so only the address's count (30 in 15 minutes) can stop them.
    for (let i = 0; i < 30; i += 6) {
      const round = await Promise.all(
        Array.from({ length: 6 }, (_, j) => signInAttempt((i + j) % 2 ? first : second, `nobody.${i + j}`, 'guess', ip)),
      );
      expect(round.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 401, 401]);
    }
    for (const app of instances()) {
      const busy = await signInAttempt(app, 'nobody.next', 'guess', ip);
      expect(busy.statusCode).toBe(429);
      expect(busy.json().message).toMatch(/many failed sign-ins from your network/);
    }
    // Another address is not held back by it.
    expect((await signInAttempt(second, 'nobody.elsewhere', 'guess', '198.51.100.21')).statusCode).toBe(401);
  });

  // Broken by an append that trusts this process's last-seen head: two instances would chain onto the same event, and the
  // verification would find the fork (or the append would fail on the stream's primary key).
  it('the audit chain verifies after concurrent writes and reads through both', async () => {
    const before = await count("SELECT count(*) AS n FROM audit_events WHERE action = 'entry.created'");
    // Held at the heads, each instance has a full pool of writes in flight, each on a stream of its own within that
    // instance (an instance never appends twice to one stream at once): 5 + 5 on 8 streams, so at least two streams
    // are written by both instances at the same moment, from heads each remembers differently.
    const gate = await holdAuditHeads();
    const held: Promise<LightMyRequestResponse>[] = [];
    try {
      for (const [n, app] of instances().entries()) {
        for (let i = 0; i < POOL; i++) {
          held.push(
            on(app, daniel).post(`/api/families/${F}/entries`, visit(`Chain test ${n}.${i}.`), { 'idempotency-key': `chain-${n}-${i}-x` }),
          );
        }
      }
      await gate.held(2 * POOL);
    } finally {
      await gate.release();
    }
    expect((await Promise.all(held)).map((r) => r.statusCode)).toEqual(Array(2 * POOL).fill(201));

    // Then writes and audited reads through both at once, unheld.
    const mixed = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const app = i % 2 ? a.app : b;
        if (i % 3 === 0) return on(app, daniel).post(`/api/families/${F}/entries`, visit(`Chain test mixed ${i}.`));
        return on(app, daniel).get(i % 3 === 1 ? `/api/families/${F}/entries` : `/api/families/${F}`);
      }),
    );
    expect(mixed.map((r) => r.statusCode).every((s) => s === 200 || s === 201)).toBe(true);
    expect(await count("SELECT count(*) AS n FROM audit_events WHERE action = 'entry.created'")).toBe(before + 2 * POOL + 8);

    const owner = new pg.Client(a.database.ownerConnection);
    await owner.connect();
    try {
      const verification = await verifyAuditLog(owner, TEST_AUDIT_KEY);
      expect(verification.problems).toEqual([]);
      expect(verification.ok).toBe(true);
      expect(verification.events).toBe(await count('SELECT count(*) AS n FROM audit_events'));
    } finally {
      await owner.end();
    }
  });
});
