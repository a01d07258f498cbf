// The whole route-permission table, snapshotted: any change to who can reach what shows up as a
// diff to review. Also the health check and the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePermissions } from './app.ts';
import { createTestApp, type TestApp } from './test/test-app.ts';

let t: TestApp;
/** Writes whose request has no body by design (the path says it all). */
const ROUTES_WITHOUT_A_BODY = new Set<string>([
  'POST /api/admin/staff/:staffId/deactivate',
  'POST /api/admin/staff/:staffId/invitation',
  'POST /api/admin/staff/:staffId/reactivate',
  'POST /api/emergency-access/:accessId/end',
  'POST /api/families/:familyId/overrides/:overrideId/end',
  'POST /api/families/:familyId/plans/:documentId/crisis/end',
  'POST /api/families/:familyId/plans/:documentId/parent-agreement',
  'POST /api/notifications/:id/read',
  'POST /api/portal/consents/:consentId/withdraw',
  'POST /api/portal/exports',
  'POST /api/portal/feedback/asks/:askId/skip',
  'POST /api/portal/trusted-people/:personId/end',
  'POST /api/session/logout',
  'PUT /api/directory/saved/:serviceId',
]);
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t?.close());

describe('the app', () => {
  it('declares a permission on every API route (the table below is the whole policy)', async () => {
    const table = routePermissions(t.app)
      .map(([route, permission]) => `${route.padEnd(40)} ${permission}`)
      .join('\n');
    await expect(`${table}\n`).toMatchFileSnapshot('./access/route-permissions.snap.txt');
  });

  it('answers the health check', async () => {
    const res = await t.client().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.mode });
  });

  it('publishes the OpenAPI document with every route', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/families', '/api/families/{familyId}', '/api/session/login']));
  });

  it('describes every API route in the OpenAPI document, with its answers and the body it takes (issue 19 §4)', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown>; requestBody?: unknown }>>;
    };
    const missing: string[] = [];
    const noAnswer: string[] = [];
    const noBody: string[] = [];
    for (const [route] of routePermissions(t.app)) {
      const [method = '', url = ''] = route.split(' ');
      if (url === '/api/openapi.json' || method === 'HEAD') continue;
      const path = url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const operation = doc.paths[path]?.[method.toLowerCase()];
      if (!operation) {
        missing.push(route);
        continue;
      }
      if (!Object.keys(operation.responses ?? {}).some((code) => /^[23]/.test(code))) noAnswer.push(route);
      if (['POST', 'PUT', 'PATCH'].includes(method) && !operation.requestBody && !ROUTES_WITHOUT_A_BODY.has(route)) noBody.push(route);
    }
    expect({ missing, noAnswer, noBody }).toEqual({ missing: [], noAnswer: [], noBody: [] });
    for (const route of ['GET /api/families/{familyId}/fhir', 'POST /api/referrals/fhir']) {
      const [method = '', path = ''] = route.split(' ');
      expect(doc.paths[path]?.[method.toLowerCase()], route).toBeDefined();
    }
  });

  it('sends security headers on every answer, a refusal and an unknown path too', async () => {
    for (const url of ['/api/health', '/api/families', '/api/nothing-here']) {
      const res = await t.client().get(url);
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;" +
          "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';connect-src 'self'",
      );
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers an unknown API path with a plain 404', async () => {
    const res = await t.client().get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/could not find/);
  });
});

describe('several app instances on one database', () => {
  it('accepts a session made on one instance at another (the app keeps no state of its own)', async () => {
    const { buildApp } = await import('./app.ts');
    const { createAuditLog } = await import('./audit/audit-log.ts');
    const { loadDemoFamily } = await import('./seeds/demo-family.ts');
    const { TEST_AUDIT_KEY, COOKIE } = await import('./test/test-app.ts');
    const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
    await loadDemoFamily(t.database.db, audit);
    const second = await buildApp({
      db: t.database.db,
      audit,
      databaseMode: t.database.mode,
      sessionIdleMs: 1_800_000,
      sessionAbsoluteMs: 43_200_000,
    });
    const marie = await t.signIn('marie');
    const res = await second.inject({ method: 'GET', url: '/api/portal/my-family', headers: { cookie: `${COOKIE}=${marie.cookie}` } });
    expect(res.statusCode).toBe(200);
    await second.close();
  });
});
