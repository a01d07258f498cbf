// The app on a fresh database for API tests, with the demo family loaded and a signed-in client helper.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { WorkingTime } from '../../shared/domain/working-time.ts';
import { buildApp } from '../app.ts';
import { type AuditLog, createAuditLog } from '../audit/audit-log.ts';
import type { TrustProxy } from '../http/trust-proxy.ts';
import { stepAt, TOTP_PERIOD_MS, totpForStep } from '../modules/auth/index.ts';
import { seedGlossary } from '../modules/glossary/index.ts';
import { loadDemoFamily, readPersonas } from '../seeds/demo-family.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const TEST_AUDIT_KEY = Buffer.from('umbrella-test-audit-key-0123456789abcdef');
export const COOKIE = '__Host-umbrella-session';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  /** The app's own audit log, for a job a test runs as this app's instance would (server/multi-instance.test.ts). */
  audit: AuditLog;
  client(options?: { ip?: string }): TestClient;
  /** A client already signed in as a demo persona (with the second factor for professionals). */
  signIn(username: string): Promise<TestClient>;
  close(): Promise<void>;
};

export type TestClient = {
  cookie: string | null;
  csrf: string | null;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export async function createTestApp(
  options: {
    idleMs?: number;
    absoluteMs?: number;
    demo?: boolean;
    trustProxy?: TrustProxy;
    auditCheckpointFile?: string;
    /** The clock and working time requests for help are timed by (issue 14). */
    now?: () => Date;
    /** Issue 15 §4: seconds a team's counts are kept (default 0: counted every time). */
    teamViewCacheSeconds?: number;
    workingTime?: WorkingTime;
    /** The request log at this level into this file (the log's own test). */
    log?: { level: string; file: string };
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8, checkpointFile: options.auditCheckpointFile });
  await seedGlossary(database.db);
  if (options.demo !== false) await loadDemoFamily(database.db, audit);
  const app = await buildApp({
    db: database.db,
    audit,
    databaseMode: database.mode,
    sessionChanges: database.sessionChanges,
    sessionIdleMs: options.idleMs ?? 30 * 60_000,
    sessionAbsoluteMs: options.absoluteMs ?? 12 * 3_600_000,
    trustProxy: options.trustProxy,
    now: options.now,
    workingTime: options.workingTime,
    teamViewCacheSeconds: options.teamViewCacheSeconds,
    logLevel: options.log?.level,
    logFile: options.log?.file,
  });
  await app.ready();

  const client = (opts: { ip?: string } = {}): TestClient => {
    const c: TestClient = {
      cookie: null,
      csrf: null,
      async get(url, headers = {}) {
        return app.inject({
          method: 'GET',
          url,
          remoteAddress: opts.ip,
          // The session's CSRF token goes with reads too, as an API client may send it; only a GET that writes
          // (config.writesOnGet: the FHIR export) requires it. A test leaves it out with { 'x-csrf-token': '' }.
          headers: { ...(c.cookie ? { cookie: `${COOKIE}=${c.cookie}` } : {}), ...(c.csrf ? { 'x-csrf-token': c.csrf } : {}), ...headers },
        });
      },
      post: (url, body = {}, headers = {}) => send('POST', url, body, headers),
      put: (url, body = {}, headers = {}) => send('PUT', url, body, headers),
      delete: (url) => send('DELETE', url, {}, {}),
    };
    async function send(method: 'POST' | 'PUT' | 'DELETE', url: string, body: unknown, headers: Record<string, string>) {
      const res = await app.inject({
        method,
        url,
        remoteAddress: opts.ip,
        payload: body as object,
        headers: {
          'content-type': 'application/json',
          ...(c.cookie ? { cookie: `${COOKIE}=${c.cookie}` } : {}),
          ...(c.csrf ? { 'x-csrf-token': c.csrf } : {}),
          ...headers,
        },
      });
      const set = res.cookies.find((k) => k.name === COOKIE);
      if (set) c.cookie = set.value || null;
      if (res.statusCode === 200 && res.headers['content-type']?.includes('json')) {
        const json = res.json() as { csrfToken?: string };
        if (json.csrfToken) c.csrf = json.csrfToken;
      }
      return res;
    }
    return c;
  };

  /**
   * A code the server will accept for this account now: the earliest step in the accepted window that no earlier
   * sign-in used (the server takes each code once). The previous step comes first, so a test can still use
   * currentTotp() once afterwards (emergency access asks for a code again).
   */
  async function unusedCode(secret: string, username: string): Promise<string> {
    // Too close to a step's end, the previous step's code could be refused by the time it arrives: wait for the next step.
    const left = TOTP_PERIOD_MS - (Date.now() % TOTP_PERIOD_MS);
    if (left < 2_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const now = stepAt();
    const row = await database.asOwner('SELECT totp_last_step AS last FROM accounts WHERE lower(username) = lower($1)', [username]);
    const last = row.rows[0]?.last === null || row.rows[0]?.last === undefined ? Number.NEGATIVE_INFINITY : Number(row.rows[0].last);
    for (const step of [now - 1, now, now + 1]) if (step > last) return totpForStep(secret, step);
    // Several sign-ins within one window: the harness moves this account's clock on rather than waiting 30 s
    // (as if the last code had been used a minute ago). The server's rule is unchanged.
    await database.asOwner('UPDATE accounts SET totp_last_step = $2 WHERE lower(username) = lower($1)', [username, now - 2]);
    return totpForStep(secret, now - 1);
  }

  return {
    app,
    database,
    audit,
    client,
    async signIn(username) {
      const persona = readPersonas().find((p) => p.username === username);
      if (!persona) throw new Error(`No demo persona ${username}`);
      const c = client();
      const res = await c.post('/api/session/login', { username, password: persona.password });
      if (res.statusCode !== 200) throw new Error(`Sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
      if (persona.totpSecret) {
        const second = await c.post('/api/session/second-factor', { code: await unusedCode(persona.totpSecret, username) });
        if (second.statusCode !== 200) throw new Error(`Second factor for ${username} failed: ${second.body}`);
      }
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
