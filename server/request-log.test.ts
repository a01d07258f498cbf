// The request log at production's level: one line per answered request, with its status and time, and never a token
// from the path (issue 22 made it one line instead of Fastify's two).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/test-app.ts';

const TOKEN = 'ABCDEFGHJKMNPQRSTVWXYZ0123';
let t: TestApp;
let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-log-'));
  file = path.join(dir, 'requests.log');
  t = await createTestApp({ demo: false, log: { level: 'info', file } });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the request log', () => {
  it('writes one line per request when it is answered, with its status and time and no token', async () => {
    const urls = ['/api/health', `/api/password-reset/${TOKEN}`, '/api/nothing-here'];
    const statuses: number[] = [];
    for (const url of urls) statuses.push((await t.client().get(url)).statusCode);
    // Lines are gathered into 4 KiB writes, and written out at least every quarter of a second.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(TOKEN);
    const lines = text
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { msg: string; req?: { method: string; url: string }; res?: { statusCode: number }; responseTime?: number },
      );
    const requests = lines.filter((l) => l.req);
    expect(requests.map((l) => l.req?.url)).toEqual(['/api/health', '/api/password-reset/[hidden]', '/api/nothing-here']);
    expect(requests.map((l) => l.res?.statusCode)).toEqual(statuses);
    for (const l of requests) {
      expect(l.msg).toBe('request completed');
      expect(typeof l.responseTime).toBe('number');
    }
    expect(lines.filter((l) => l.msg === 'incoming request')).toEqual([]);
  });
});
