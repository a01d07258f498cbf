// The request pipeline is decided by the route that matched, never the raw URL: every route in the permission
// table, asked for anonymously with percent-encoded variants of its path, is refused like its plain path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, routePermissions } from '../app.ts';
import { createAuditLog } from '../audit/audit-log.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../test/test-app.ts';

const SOME_ID = '0190b7e2-4c1a-7d2e-9f00-1234567890ab';
const hex = (ch: string, upper: boolean) => {
  const h = ch.charCodeAt(0).toString(16);
  return `%${upper ? h.toUpperCase() : h.toLowerCase()}`;
};

/** The route's path with every `:param` filled, and its segments rewritten by `encode`. */
function pathOf(route: string, encode: (segment: string) => string = (s) => s): string {
  return route
    .split('/')
    .map((segment) => (segment ? encode(segment.startsWith(':') ? SOME_ID : segment) : segment))
    .join('/');
}

// Each variant percent-encodes letters the router decodes back to the same path.
const VARIANTS: Record<string, (segment: string) => string> = {
  'first letter of each segment, lower-case hex': (s) => hex(s[0] ?? '', false) + s.slice(1),
  'first letter of each segment, upper-case hex': (s) => hex(s[0] ?? '', true) + s.slice(1),
  'last letter of each segment, upper-case hex': (s) => s.slice(0, -1) + hex(s.at(-1) ?? '', true),
  'every letter of "api" only': (s) => (s === 'api' ? '%61%70%69' : s),
  'every "o" and "n", mixed-case hex': (s) => s.replace(/o/g, '%6F').replace(/n/g, '%6e'),
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function anonymous(method: string, url: string) {
  const unsafe = method !== 'GET' && method !== 'HEAD';
  return t.app.inject({
    method: method as 'GET',
    url,
    ...(unsafe ? { payload: {}, headers: { 'content-type': 'application/json' } } : {}),
  });
}

describe('an encoded path goes through the whole pipeline', () => {
  it('the anonymous staff directory is refused however its path is written (the reported case)', async () => {
    for (const url of ['/api/staff', '/%61pi/staff', '/%61%70%69/%73%74%61%66%66', '/api/st%61ff']) {
      const res = await t.client().get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.body, url).not.toMatch(/Daniel|Okafor/);
    }
  });

  it('every route in the permission table, under every encoding, answers an anonymous caller as its plain path does', async () => {
    const table = routePermissions(t.app);
    expect(table.length).toBeGreaterThan(60);
    const before = await deniedCount();
    let refused = 0;
    const problems: string[] = [];
    for (const [route, permission] of table) {
      const [method = 'GET', pattern = ''] = route.split(' ');
      const plain = await anonymous(method, pathOf(pattern));
      if (permission !== 'public') {
        refused++;
        if (plain.statusCode !== 401) problems.push(`${route} plain: ${plain.statusCode}`);
      }
      for (const [name, encode] of Object.entries(VARIANTS)) {
        const url = pathOf(pattern, encode);
        const res = await anonymous(method, url);
        if (permission !== 'public') {
          refused++;
          if (res.statusCode !== 401) problems.push(`${method} ${url} (${name}): ${res.statusCode} ${res.body.slice(0, 80)}`);
        } else if (res.statusCode !== plain.statusCode) {
          problems.push(`${method} ${url} (${name}): ${res.statusCode}, plain path ${plain.statusCode}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Every refusal was audited as a denial, whichever way the path was written.
    expect((await deniedCount()) - before).toBe(refused);
  });

  it('HEAD on an encoded path is refused too', async () => {
    const res = await t.app.inject({ method: 'HEAD', url: '/%61pi/staff' });
    expect(res.statusCode).toBe(401);
  });

  it('a signed-in change on an encoded path still needs the CSRF token and the right permission', async () => {
    const marie = await t.signIn('marie');
    const noToken = await marie.post('/%61pi/session/logout', {}, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    const crossSite = await marie.post('/%61pi/session/logout', {}, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    // A parent does not hold the staff directory permission, however the path is written.
    expect((await marie.get('/%61pi/st%61ff')).statusCode).toBe(403);
    expect((await marie.get('/api/session')).json()).toMatchObject({ signedIn: true });
  });
});

describe('the not-found handler is not fooled by an encoded path', () => {
  let webDir: string;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Umbrella</title>');
    app = await buildApp({
      db: t.database.db,
      audit: createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }),
      databaseMode: t.database.mode,
      sessionIdleMs: 1_800_000,
      sessionAbsoluteMs: 43_200_000,
      webDistDir: webDir,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('answers an unknown API path with the API’s 404, encoded or not, and a page path with the web app', async () => {
    for (const url of ['/api/nothing-here', '/%61pi/nothing-here', '/%41PI/nothing-here']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/json/);
    }
    const page = await app.inject({ method: 'GET', url: '/families/some-family' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<title>Umbrella/);
    expect((await app.inject({ method: 'GET', url: '/%61pi/staff' })).statusCode).toBe(401);
  });
});

describe('no answer from the API is kept in a cache', () => {
  it('sends Cache-Control: no-store on family data, refusals, errors, unknown API paths and public answers', async () => {
    const daniel = await t.signIn('daniel');
    const families = await daniel.get('/api/families');
    expect(families.statusCode).toBe(200);
    const familyId = families.json().families[0].id;
    const answers = [
      families,
      await daniel.get(`/api/families/${familyId}`),
      await daniel.get(`/api/families/${familyId}/entries`),
      await daniel.post(`/api/families/${familyId}/entries`, { kind: 'nonsense' }),
      await t.client().get('/api/families'),
      await t.client().get('/%61pi/families'),
      await t.client().get('/api/nothing-here'),
      await t.client().get('/api/health'),
      await t.client().get('/api/session'),
    ];
    for (const res of answers) expect(res.headers['cache-control'], `${res.statusCode} ${res.body.slice(0, 60)}`).toBe('no-store');
  });
});

async function deniedCount(): Promise<number> {
  const r = await t.database.asOwner("SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'");
  return r.rows[0].n as number;
}
