// Issue 20 §2 on a real hot standby (server/test/standby-cluster.ts): reads go to the standby, a session reads its own
// writes, reads fall back to the primary when the standby is behind or down, the health endpoint reports the lag, and
// nothing but read-only transactions ever reaches the standby; and the lag monitor on its own, with no server.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.ts';
import type { Db } from './db/database.ts';
import type { DB } from './db/schema.ts';
import { formatLsn, MAX_SAMPLES, parseLsn, Standby, standbyUnavailable } from './db/standby.ts';
import { writtenCookieName } from './http/read-your-writes.ts';
import { stepAt, totpForStep } from './modules/auth/index.ts';
import { DEMO_APPOINTMENT_IDS } from './seeds/demo-appointments.ts';
import { readPersonas } from './seeds/demo-family.ts';
import { type StandbyPair, standbyCaughtUp, startStandbyPair, sweepOrphanedPairs } from './test/standby-cluster.ts';
import { createServerDatabase } from './test/test-database.ts';
import { type RunningUmbrella, startUmbrella } from './umbrella.ts';

/** The demo family's id (seeds/demo-family.ts). */
const MARIES_FAMILY = '00000000-0000-7000-8000-000000000100';
const AUDIT_KEY = 'umbrella-test-audit-key-0123456789abcdef';
const WRITTEN = writtenCookieName(false);

// On the server run only: the embedded database has no standby, and the run through PgBouncer tests the pooler, not
// this (the standby here is a scratch pair of clusters of its own, the same in every run).
const runs = Boolean(process.env.TEST_DATABASE_URL) && !process.env.TEST_DATABASE_POOLER_URL;

/** The parts of the answers these tests read. */
type Answer = {
  csrfToken?: string;
  checkIns?: { words: string | null }[];
  standby?: { state: string; lagMs: number | null; lagBytes: number | null; maxLagMs: number; problem: string | null };
};

/** A browser's cookie jar, enough for two cookies. */
class Browser {
  cookies = new Map<string, string>();
  csrf: string | null = null;
  constructor(private readonly base: string) {}
  async send(method: string, url: string, body?: unknown): Promise<{ status: number; json: Answer }> {
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const json = (response.headers.get('content-type')?.includes('json') ? await response.json() : {}) as Answer;
    if (json.csrfToken) this.csrf = json.csrfToken;
    return { status: response.status, json };
  }
  /** The same session, without the record of its last change (as a session that has changed nothing lately). */
  withoutWritten(base = this.base): Browser {
    const other = new Browser(base);
    other.cookies = new Map([...this.cookies].filter(([k]) => k !== WRITTEN));
    other.csrf = this.csrf;
    return other;
  }
  /** The same session, with all its cookies, on another instance. */
  on(base: string): Browser {
    const other = new Browser(base);
    other.cookies = new Map(this.cookies);
    other.csrf = this.csrf;
    return other;
  }
}

describe.runIf(runs)('a hot standby for reads', () => {
  let pair: StandbyPair;
  let dropDatabase = async () => {};
  let primaryUrl = '';
  let standbyUrl = '';
  /** Reads may be 60 s behind: the standby is used however far behind it is in these tests. */
  let patient: RunningUmbrella;
  /** Reads at most 300 ms behind. */
  let strict: RunningUmbrella;
  /** Made in beforeAll: this body runs even when the tests are skipped, and a folder made here would be left behind. */
  let dir = '';
  /** Every statement the patient instance sent to the standby. */
  const sentToStandby: string[] = [];

  const start = (maxLagMs: number, name: string) =>
    startUmbrella(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: primaryUrl,
        DATABASE_REPLICA_URL: standbyUrl,
        DATABASE_REPLICA_MAX_LAG_MS: String(maxLagMs),
        AUDIT_KEY,
        AUDIT_CHECKPOINT_FILE: path.join(dir, `${name}.jsonl`),
        PORT: '0',
        LOAD_DEMO: 'true',
        LOG_LEVEL: 'silent',
        COOKIE_SECURE: 'false',
        WEB_DIST_DIR: dir,
      }),
    );

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-standby-test-'));
    pair = await startStandbyPair();
    const database = await createServerDatabase(pair.primaryUrl);
    dropDatabase = database.drop;
    primaryUrl = database.url;
    standbyUrl = new URL(new URL(database.url).pathname, pair.standbyUrl).toString();
    patient = await start(60_000, 'patient');
    strict = await start(300, 'strict');
    // Every connection the standby's pool hands out, including those opened before this listener.
    const watched = new WeakSet<object>();
    patient.standby?.pool.on('acquire', (client) => {
      if (watched.has(client)) return;
      watched.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
        sentToStandby.push(typeof config === 'string' ? config : String((config as { text?: string }).text));
        return query(config, ...rest);
      };
    });
  }, 120_000);

  afterAll(async () => {
    await patient?.stop();
    await strict?.stop();
    await dropDatabase().catch(() => {});
    pair?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function signInMarie(base: string): Promise<Browser> {
    const browser = new Browser(base);
    const signedIn = await browser.send('POST', '/api/session/login', { username: 'marie', password: readPassword('marie') });
    expect(signedIn.status).toBe(200);
    return browser;
  }

  const myCheckIns = async (browser: Browser) => {
    const res = await browser.send('GET', '/api/portal/check-ins');
    expect(res.status).toBe(200);
    return (res.json.checkIns ?? []).map((c) => c.words);
  };

  it('sends reads to the standby, and a session reads its own writes while the standby is behind', { timeout: 60_000 }, async () => {
    const marie = await signInMarie(patient.url);
    await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl);
    await pair.pauseReplay();
    try {
      const saved = await marie.send('POST', '/api/portal/check-ins', {
        score: 7,
        words: 'written while the standby waits',
        shareWithStaffIds: [],
      });
      expect(saved.status).toBe(201);
      // The answer to the change says where the primary was once it had committed.
      expect(parseLsn(marie.cookies.get(WRITTEN))).toBeDefined();
      // Her own session: read from the primary, so she sees what she just wrote.
      expect(await myCheckIns(marie)).toContain('written while the standby waits');
      // The same session on the other instance too: the position travels with her, not in an instance's memory.
      // (The strict instance reads from the primary anyway once the standby is behind, so this is the patient one.)
      expect(await myCheckIns(marie.on(patient.url))).toContain('written while the standby waits');
      // Without the record of that change, her read goes to the standby, which has not replayed it yet: the proof that
      // reads are served there at all.
      expect(await myCheckIns(marie.withoutWritten())).not.toContain('written while the standby waits');
      // The monitor sees the standby behind at its next check (ten a second): waited for, as a read of the health
      // straight after the change can come before that check.
      let health = await new Browser(patient.url).send('GET', '/api/health');
      for (let n = 0; n < 20 && !health.json.standby?.lagBytes; n++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        health = await new Browser(patient.url).send('GET', '/api/health');
      }
      expect(health.json.standby).toMatchObject({ state: 'in_use', maxLagMs: 60_000 });
      expect(health.json.standby?.lagBytes).toBeGreaterThan(0);

      // Further behind than 300 ms: the strict instance reads from the primary, and says so.
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await myCheckIns(marie.withoutWritten(strict.url))).toContain('written while the standby waits');
      const strictHealth = await new Browser(strict.url).send('GET', '/api/health');
      expect(strictHealth.json.standby?.state).toBe('behind');
      expect(strictHealth.json.standby?.lagMs).toBeGreaterThan(300);
    } finally {
      await pair.resumeReplay();
    }
    // Caught up again: the standby serves the read and now has the check-in.
    await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await myCheckIns(marie.withoutWritten())).toContain('written while the standby waits');
    expect((await new Browser(strict.url).send('GET', '/api/health')).json.standby?.state).toBe('in_use');
  });

  it('an altered record of the last change sends the session to the primary, never to a stale standby', { timeout: 60_000 }, async () => {
    const marie = await signInMarie(patient.url);
    await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl);
    await pair.pauseReplay();
    try {
      await marie.send('POST', '/api/portal/check-ins', { score: 6, words: 'a second check-in', shareWithStaffIds: [] });
      const altered = marie.withoutWritten();
      altered.cookies.set(WRITTEN, 'not-a-position');
      expect(await myCheckIns(altered)).toContain('a second check-in');
      // A position far behind the real one is her own choice to see older data; it cannot reach anyone else's.
      altered.cookies.set(WRITTEN, formatLsn(1n));
      expect(await myCheckIns(altered)).not.toContain('a second check-in');
    } finally {
      await pair.resumeReplay();
    }
  });

  it('a public route’s answer never carries the primary’s position (it would tell how much the request wrote)', async () => {
    // A password reset writes a link and a letter only for an account that exists, behind the same answer and pace:
    // the primary's position before and after would tell them apart. Without the fix, the 202 carries it.
    const stranger = new Browser(patient.url);
    const asked = await stranger.send('POST', '/api/password-reset', { username: 'marie' });
    expect(asked.status).toBe(202);
    expect(stranger.cookies.has(WRITTEN)).toBe(false);
    // Signing in is a change too, on a public route: no position either; her first change as herself carries one.
    const marie = await signInMarie(patient.url);
    expect(marie.cookies.has(WRITTEN)).toBe(false);
    await marie.send('POST', '/api/portal/check-ins', { score: 6, words: 'a change of her own', shareWithStaffIds: [] });
    expect(parseLsn(marie.cookies.get(WRITTEN))).toBeDefined();
  });

  it('what the standby has not replayed yet is looked for on the primary before a 404 and a denial on record', {
    timeout: 60_000,
  }, async () => {
    const marie = await signInMarie(patient.url);
    await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl);
    await pair.pauseReplay();
    const owner = new pg.Client({ connectionString: primaryUrl });
    await owner.connect();
    try {
      // Her worker arranges a visit a moment ago (someone else's change: her session has no record of it).
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO appointments SELECT (jsonb_populate_record(a, jsonb_build_object('id', gen_random_uuid()))).*
           FROM appointments a WHERE a.id = $1 RETURNING id`,
        [DEMO_APPOINTMENT_IDS.firstVisit],
      );
      const visit = rows[0]?.id as string;
      const before = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'`);
      const file = await marie.send('GET', `/api/portal/appointments/${visit}/calendar.ics`);
      // Without the fix: 404 from the standby, and an access.denied event for a parent opening her own family's visit.
      expect(file.status).toBe(200);
      const after = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'`);
      expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
      // Something that is on neither server is still a 404.
      expect((await marie.send('GET', `/api/portal/appointments/${randomUUID()}/calendar.ics`)).status).toBe(404);
    } finally {
      await owner.end();
      await pair.resumeReplay();
    }
  });

  it('a read finds every standby connection busy and goes to the primary rather than wait', { timeout: 60_000 }, async () => {
    const marie = await signInMarie(patient.url);
    await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl);
    await pair.pauseReplay();
    const pool = patient.standby?.pool;
    if (!pool) throw new Error('The patient instance has no standby.');
    const held: pg.PoolClient[] = [];
    try {
      await marie.send('POST', '/api/portal/check-ins', { score: 8, words: 'while the standby is busy', shareWithStaffIds: [] });
      expect(await myCheckIns(marie.withoutWritten())).not.toContain('while the standby is busy');
      // Every connection of the standby's pool taken, and one more asked for: reads are queued there.
      for (let i = 0; i < (pool.options.max ?? 10); i++) held.push(await pool.connect());
      const waiting = pool.connect();
      expect(pool.waitingCount).toBeGreaterThan(0);
      expect(await myCheckIns(marie.withoutWritten())).toContain('while the standby is busy');
      for (const c of held.splice(0)) c.release();
      (await waiting).release();
      // Nothing was counted against the standby: it is still in use.
      expect((await new Browser(patient.url).send('GET', '/api/health')).json.standby?.state).toBe('in_use');
    } finally {
      for (const c of held) c.release();
      await pair.resumeReplay();
    }
  });

  it('reads go to the primary while the standby is down, and back once it is up', { timeout: 90_000 }, async () => {
    const marie = await signInMarie(patient.url);
    await marie.send('POST', '/api/portal/check-ins', { score: 5, words: 'before the standby stopped', shareWithStaffIds: [] });
    pair.stopStandby();
    try {
      // The first read after it stopped may find it gone mid-request: it is run again on the primary.
      expect(await myCheckIns(marie.withoutWritten())).toContain('before the standby stopped');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const health = await new Browser(patient.url).send('GET', '/api/health');
      expect(health.status).toBe(200);
      expect(health.json.standby?.state).toBe('down');
      expect(health.json.standby?.problem).toBeTruthy();
      // The public health answer says what is wrong in plain words, never the driver's (which name hosts and ports).
      expect(health.json.standby?.problem).not.toMatch(/127\.0\.0\.1|ECONN|:\d{2,5}\b/);
      expect(await myCheckIns(marie.withoutWritten())).toContain('before the standby stopped');
    } finally {
      pair.startStandby();
    }
    const until = Date.now() + 30_000;
    while ((await new Browser(patient.url).send('GET', '/api/health')).json.standby?.state !== 'in_use') {
      if (Date.now() > until) throw new Error('The standby was not used again after it came back.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await myCheckIns(marie.withoutWritten())).toContain('before the standby stopped');
  });

  it('the servers of a test process that was killed are stopped and removed by the next pair', { timeout: 120_000 }, async () => {
    const script = path.join(dir, 'orphan.mts');
    const cluster = path.join(import.meta.dirname, 'test', 'standby-cluster.ts');
    fs.writeFileSync(
      script,
      `import { startStandbyPair } from ${JSON.stringify(cluster)};\nconsole.log((await startStandbyPair()).primaryUrl);\nsetInterval(() => {}, 1000);\n`,
    );
    // Node itself with tsx's loader (not the tsx command, whose own child would outlive the kill).
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once('exit', (code) => reject(new Error(`the child exited (${code}) before its pair started`)));
    });
    // Killed as Ctrl+C, a timeout or a crash would: no hook of its own runs.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const connects = async () => {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
      try {
        await client.connect();
        await client.end();
        return true;
      } catch {
        return false;
      }
    };
    // pg_ctl's servers outlive it: without the sweep they would run until someone noticed.
    expect(await connects()).toBe(true);
    const removed = sweepOrphanedPairs();
    expect(removed.length).toBeGreaterThanOrEqual(1);
    expect(await connects()).toBe(false);
    // This file's own pair, whose process is alive, is left alone.
    expect(await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl)).toBeUndefined();
  });

  it('a worker not on the care team, reading while the standby is in use, gets the same 404 and nothing of the family', {
    timeout: 60_000,
  }, async () => {
    const mark = new Browser(patient.url);
    const persona = readPersonas().find((p) => p.username === 'mark');
    if (!persona?.totpSecret) throw new Error('The demo persona mark has no second factor.');
    expect((await mark.send('POST', '/api/session/login', { username: 'mark', password: persona.password })).status).toBe(200);
    const code = totpForStep(persona.totpSecret, stepAt());
    expect((await mark.send('POST', '/api/session/second-factor', { code })).status).toBe(200);
    await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl);
    // Without the record of his sign-in's change, his reads are the standby's to serve.
    const reader = mark.withoutWritten();
    expect((await new Browser(patient.url).send('GET', '/api/health')).json.standby?.state).toBe('in_use');
    const before = sentToStandby.length;
    const response = await fetch(`${patient.url}/api/families/${MARIES_FAMILY}`, {
      headers: { cookie: [...reader.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const body = await response.text();
    expect(response.status).toBe(404);
    // The standby was asked (and the primary after it, for a 404); neither answer carries anything of the family.
    expect(sentToStandby.length).toBeGreaterThan(before);
    for (const word of ['Marie', 'Jamie', 'Clare', 'Dubois']) expect(body).not.toContain(word);
    const owner = new pg.Client({ connectionString: primaryUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE action = 'access.denied' AND family_id = $1 AND occurred_at > now() - interval '1 minute'
            AND actor_account_id = (SELECT id FROM accounts WHERE username = 'mark')`,
        [MARIES_FAMILY],
      );
      // One denial on record for his one attempt, on the primary (an earlier test's denials are other people's).
      expect(rows[0]?.n).toBe(1);
    } finally {
      await owner.end();
    }
  });

  it('nothing but read-only transactions reaches the standby, and every read served there is audited on the primary', async () => {
    const reads = sentToStandby.filter((text) => /^\s*(begin|start\s+transaction)\b/i.test(text));
    expect(reads.length).toBeGreaterThan(0);
    for (const begin of reads) expect(begin).toMatch(/read only/i);
    for (const text of sentToStandby) expect(text).not.toMatch(/^\s*(insert|update|delete|merge|truncate|create|alter|drop|grant|copy)\b/i);
    const owner = new pg.Client({ connectionString: primaryUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'check_ins.viewed'`);
      // Each GET of the check-ins above wrote its event on the primary, wherever it was read (at least the 10 made here).
      expect(rows[0]?.n).toBeGreaterThanOrEqual(10);
    } finally {
      await owner.end();
    }
  });
});

/** A primary that answers the monitor's two statements from `state`, with no server behind it. */
function fakePrimary(state: { lsn: bigint }): Db {
  const connection: DatabaseConnection = {
    executeQuery: async <R>(query: { sql: string }) =>
      ({ rows: [/system_identifier/.test(query.sql) ? { id: '42' } : { lsn: formatLsn(state.lsn) }] }) as QueryResult<R>,
    streamQuery: () => {
      throw new Error('not streamed');
    },
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

/** A Standby whose monitor talks to `fakePrimary` and to `answer` in place of the standby server. */
function fakeStandby(primary: { lsn: bigint }, answer: () => Promise<{ lsn: string }>, maxLagMs = 200): Standby {
  // Nothing listens there: the pool never connects, its query is replaced.
  const standby = new Standby(fakePrimary(primary), { url: 'postgres://nobody@127.0.0.1:9/none', appUser: 'umbrella_app', maxLagMs });
  (standby.pool as { query: unknown }).query = async () => ({ rows: [{ ...(await answer()), recovering: true, id: '42' }] });
  return standby;
}

const samplesOf = (standby: Standby) => (standby as unknown as { samples: unknown[] }).samples;

// The monitor on its own (no server needed): what it decides from the positions it reads, and when it hears nothing.
describe('the standby monitor', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stops sending reads to the standby when its checks stop answering', async () => {
    const primary = { lsn: 1000n };
    let answer = async () => ({ lsn: formatLsn(primary.lsn) });
    const standby = fakeStandby(primary, () => answer());
    await standby.check();
    expect(standby.usable(undefined)).toBe(true);
    // The standby stops answering (a network gone quiet): the last check said it was current, but that grows old.
    answer = () => new Promise(() => {});
    void standby.check();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Without the fix: still usable, lag frozen at its last value, however long the check hangs.
    expect(standby.usable(undefined)).toBe(false);
    expect(standby.status().state).toBe('behind');
    expect(standby.status().lagMs).toBeGreaterThan(200);
  });

  it('a clock set back does not make a standby that is behind look current', async () => {
    const primary = { lsn: 1000n };
    const standby = fakeStandby(primary, async () => ({ lsn: formatLsn(1000n) }));
    await standby.check();
    primary.lsn = 2000n;
    for (let n = 0; n < 4; n++) {
      await standby.check();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(standby.usable(undefined)).toBe(false);
    // The wall clock goes back an hour (an NTP step, an operator's hand): the standby is no less behind.
    const back = Date.now() - 3_600_000;
    vi.spyOn(Date, 'now').mockReturnValue(back);
    await standby.check();
    expect(standby.usable(undefined)).toBe(false);
    expect(standby.status().lagMs).toBeGreaterThan(200);
  });

  it('keeps a bounded number of positions while the standby stalls, and drops them only towards a larger lag', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const primary = { lsn: 1000n };
    let replayed = 1000n;
    const standby = fakeStandby(primary, async () => ({ lsn: formatLsn(replayed) }), 600_000);
    // A quiet primary: one position, however many checks.
    for (let n = 0; n < 3000; n++, now += 100) await standby.check();
    expect(samplesOf(standby).length).toBeLessThanOrEqual(2);
    // A busy primary and a standby that replays nothing for over eight minutes, ten checks a second.
    const start = now;
    for (let n = 0; n < 5000; n++, now += 100) {
      primary.lsn += 100n;
      await standby.check();
    }
    // Without the fix: one kept per check, 5,000 after eight minutes, 864,000 a day.
    expect(samplesOf(standby).length).toBeLessThanOrEqual(MAX_SAMPLES);
    // The standby jumps to where the primary was at check 4,000: its data is at least as old as that, and the measured
    // lag says so (a dropped position could only make it larger).
    replayed = 1000n + 4000n * 100n;
    await standby.check();
    expect(standby.status().lagMs).toBeGreaterThanOrEqual(now - (start + 3999 * 100));
  });

  it('a check that began before a read found the standby gone does not bring it back', async () => {
    const primary = { lsn: 1000n };
    let release: (value: { lsn: string }) => void = () => {};
    const standby = fakeStandby(primary, () => new Promise((resolve) => (release = resolve)));
    const checking = standby.check();
    await new Promise((resolve) => setTimeout(resolve, 10));
    standby.markDown('a read failed there: Connection terminated unexpectedly');
    release({ lsn: formatLsn(1000n) });
    await checking;
    // Without the fix: up again on a position read before the failure.
    expect(standby.usable(undefined)).toBe(false);
    expect(standby.status().state).toBe('down');
  });

  it('counts every recovery conflict as the standby being unable to serve, and nothing that is the read’s own', () => {
    const error = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(standbyUnavailable(error('40001', 'canceling statement due to conflict with recovery'))).toBe(true);
    // A buffer pin deadlock with replay, and a database dropped on the primary: other codes, the same cause.
    expect(standbyUnavailable(error('40P01', 'canceling statement due to conflict with recovery'))).toBe(true);
    expect(standbyUnavailable(error('57P04', 'terminating connection due to conflict with recovery'))).toBe(true);
    expect(standbyUnavailable(error('57014', 'canceling statement due to statement timeout'))).toBe(false);
    expect(standbyUnavailable(error('25006', 'cannot execute INSERT in a read-only transaction'))).toBe(false);
    expect(standbyUnavailable(error('40P01', 'deadlock detected'))).toBe(false);
  });
});

function readPassword(username: string): string {
  const found = readPersonas().find((p) => p.username === username);
  if (!found) throw new Error(`No demo persona ${username}`);
  return found.password;
}
