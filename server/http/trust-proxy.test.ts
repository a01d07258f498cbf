// TRUST_PROXY: the forms it takes, a plain refusal of anything else, and that a started server uses it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { MAX_ADDRESS_FAILURES } from '../modules/auth/auth.service.ts';
import { startUmbrella } from '../umbrella.ts';

describe('the TRUST_PROXY setting', () => {
  it('trusts no proxy unless told', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('takes true, or the addresses and ranges of the proxies', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5' }).trustProxy).toEqual(['10.0.0.5']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1,fd00::/8, ::1, loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.1',
      'fd00::/8',
      '::1',
      'loopback',
    ]);
  });

  it('refuses anything else by name, saying what it must be', () => {
    for (const wrong of ['yes please', 'proxy.example.org', '10.0.0.0/33', '10.0.0.256', '10.0.0.1/8/2', ',']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY.*addresses or ranges/);
    }
    // A count of proxies cannot be checked (Fastify 5 would quietly trust none): say so rather than ignore it.
    expect(() => loadConfig({ TRUST_PROXY: '2' })).toThrow(/TRUST_PROXY.*number of proxies cannot be checked/);
  });

  it('is used by a started server: the named proxy’s X-Forwarded-For decides whose failures are counted', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-trust-proxy-'));
    const running = await startUmbrella(
      loadConfig({ DATA_DIR: dataDir, PORT: '0', LOAD_DEMO: 'false', NODE_ENV: 'test', TRUST_PROXY: '10.50.0.1' }),
    );
    try {
      const login = (forwardedFor: string, username: string) =>
        running.app.inject({
          method: 'POST',
          url: '/api/session/login',
          remoteAddress: '10.50.0.1',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          payload: { username, password: 'x' },
        });
      const statuses: number[] = [];
      for (let i = 0; i <= MAX_ADDRESS_FAILURES; i++) statuses.push((await login('203.0.113.20', `nobody-${i}`)).statusCode);
      expect(statuses.at(-1)).toBe(429);
      expect((await login('203.0.113.21', 'nobody-else')).statusCode).toBe(401);
    } finally {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(`${dataDir}.audit-checkpoints.jsonl`, { force: true }); // the audit checkpoints, beside the data folder
    }
  }, 120_000);
});
