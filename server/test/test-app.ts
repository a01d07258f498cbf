// The app on a fresh database for API tests, with the demo family loaded and a signed-in client helper.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { createAuditLog } from '../audit/audit-log.ts';
import { loadDemoFamily, readPersonas } from '../db/seeds/demo-family.ts';
import { currentTotp } from '../modules/auth/index.ts';
import { seedGlossary } from '../modules/glossary/index.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const TEST_AUDIT_KEY = Buffer.from('umbrella-test-audit-key-0123456789abcdef');
export const COOKIE = '__Host-umbrella-session';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  client(options?: { ip?: string }): TestClient;
  /** A client already signed in as a demo persona (with the second factor for professionals). */
  signIn(username: string): Promise<TestClient>;
  close(): Promise<void>;
};

export type TestClient = {
  cookie: string | null;
  csrf: string | null;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export async function createTestApp(options: { idleMs?: number; absoluteMs?: number; demo?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
  await seedGlossary(database.db);
  if (options.demo !== false) await loadDemoFamily(database.db, audit);
  const app = await buildApp({
    db: database.db,
    audit,
    databaseMode: database.mode,
    sessionIdleMs: options.idleMs ?? 30 * 60_000,
    sessionAbsoluteMs: options.absoluteMs ?? 12 * 3_600_000,
  });
  await app.ready();

  const client = (opts: { ip?: string } = {}): TestClient => {
    const c: TestClient = {
      cookie: null,
      csrf: null,
      async get(url) {
        return app.inject({ method: 'GET', url, remoteAddress: opts.ip, headers: c.cookie ? { cookie: `${COOKIE}=${c.cookie}` } : {} });
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

  return {
    app,
    database,
    client,
    async signIn(username) {
      const persona = readPersonas().find((p) => p.username === username);
      if (!persona) throw new Error(`No demo persona ${username}`);
      const c = client();
      const res = await c.post('/api/session/login', { username, password: persona.password });
      if (res.statusCode !== 200) throw new Error(`Sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
      if (persona.totpSecret) {
        const second = await c.post('/api/session/second-factor', { code: currentTotp(persona.totpSecret) });
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
