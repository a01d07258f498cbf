// The whole route-permission table, snapshotted: any change to who can reach what shows up as a
// diff to review. Also the health check and the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePermissions } from './app.ts';
import { createTestApp, type TestApp } from './test/test-app.ts';

let t: TestApp;
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

  it('sends security headers', async () => {
    const res = await t.client().get('/api/health');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown API path with a plain 404', async () => {
    const res = await t.client().get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/could not find/);
  });
});
