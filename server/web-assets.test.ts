// The web app as the server sends it: ready-compressed files (Brotli or gzip, whichever the browser accepts) made by the
// build's precompress step, the plain file for anyone else, and deep links answered with index.html the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/precompress.ts';
import { buildApp } from './app.ts';
import { createAuditLog } from './audit/audit-log.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from './test/test-app.ts';

// A small stand-in for dist/web (the tests do not build the web app): a page, a script worth compressing, and one too small to.
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-web-fixture-'));
const page = [
  '<!doctype html>',
  '<html lang="en"><head><title>Umbrella</title></head><body><div id="root"></div>',
  '<p>One shared family recovery record.</p>'.repeat(40),
  '<script type="module" src="/assets/app-test.js"></script></body></html>',
].join('\n');
const script = Array.from(
  { length: 400 },
  (_, i) => `export const line${i} = "Your record: what the people working with your family have written.";`,
).join('\n');
const tiny = 'export{};';

let t: TestApp;
let app: FastifyInstance;
beforeAll(async () => {
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), page);
  fs.writeFileSync(path.join(webDir, 'assets', 'app-test.js'), script);
  fs.writeFileSync(path.join(webDir, 'assets', 'tiny-test.js'), tiny);
  await precompressDir(webDir);
  t = await createTestApp({ demo: false });
  app = await buildApp({
    db: t.database.db,
    audit: createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }),
    databaseMode: t.database.mode,
    sessionIdleMs: 1_800_000,
    sessionAbsoluteMs: 43_200_000,
    webDistDir: webDir,
  });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the built web app', () => {
  it('writes a .br and a .gz beside each file that gets smaller, and none for a file that would not', () => {
    expect(fs.existsSync(path.join(webDir, 'assets', 'app-test.js.br'))).toBe(true);
    expect(fs.existsSync(path.join(webDir, 'assets', 'app-test.js.gz'))).toBe(true);
    expect(fs.existsSync(path.join(webDir, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(webDir, 'assets', 'tiny-test.js.br'))).toBe(false);
    expect(fs.existsSync(path.join(webDir, 'assets', 'tiny-test.js.gz'))).toBe(false);
  });

  it('sends Brotli to a browser that accepts it', async () => {
    const res = await get('/assets/app-test.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(script.length / 5);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser that accepts only gzip', async () => {
    const res = await get('/assets/app-test.js', 'gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the file as it is to a client that accepts neither', async () => {
    const res = await get('/assets/app-test.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it('sends a file too small to compress as it is, even to a browser that accepts Brotli', async () => {
    const res = await get('/assets/tiny-test.js', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(tiny);
  });

  it('answers a deep link with index.html, compressed too', async () => {
    const res = await get('/my-record', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(page);
  });

  it('still answers an unknown API path with JSON, not the page', async () => {
    const res = await get('/api/nothing-here', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().message).toMatch(/could not find/);
  });
});
