// The audit key: a server never runs on the published development key unless NODE_ENV=development was chosen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startUmbrella } from '../umbrella.ts';
import { AuditKeyMissing, DEVELOPMENT_AUDIT_KEY, loadAuditKey } from './audit-key.ts';

// Nothing listens on port 1: had start-up gone on to the database, it would have failed with a connection error.
const SERVER = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing', PORT: '0' };

describe('the audit key', () => {
  it('refuses a server without AUDIT_KEY, in one plain line naming it, before the database is opened', async () => {
    for (const env of [SERVER, { ...SERVER, NODE_ENV: 'production' }, { ...SERVER, NODE_ENV: 'test' }]) {
      const config = loadConfig(env);
      expect(() => loadAuditKey({ envKey: config.auditKey, developmentChosen: config.developmentChosen })).toThrow(AuditKeyMissing);
      const refused = await startUmbrella(config).then(
        () => null,
        (error: Error) => error,
      );
      expect(refused).toBeInstanceOf(AuditKeyMissing);
      expect(refused?.message).toMatch(/AUDIT_KEY/);
      expect(refused?.message).not.toContain('\n');
    }
  });

  it('uses the development key only when NODE_ENV=development is set explicitly', () => {
    const config = loadConfig({ ...SERVER, NODE_ENV: 'development' });
    expect(config.developmentChosen).toBe(true);
    expect(loadConfig(SERVER).developmentChosen).toBe(false);
    expect(loadAuditKey({ envKey: config.auditKey, developmentChosen: config.developmentChosen }).toString()).toBe(DEVELOPMENT_AUDIT_KEY);
  });

  it('takes AUDIT_KEY when set, and refuses a short one by name', () => {
    const key = 'k'.repeat(40);
    const config = loadConfig({ ...SERVER, AUDIT_KEY: key });
    expect(loadAuditKey({ envKey: config.auditKey, developmentChosen: false }).toString()).toBe(key);
    expect(() => loadConfig({ ...SERVER, AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY/);
  });

  it('in embedded mode makes a secret key file in the data folder once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-key-test-'));
    try {
      const first = loadAuditKey({ dataDir: dir, developmentChosen: false });
      expect(first.toString()).not.toBe(DEVELOPMENT_AUDIT_KEY);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(loadAuditKey({ dataDir: dir, developmentChosen: false }).equals(first)).toBe(true);
      expect(fs.statSync(path.join(dir, 'audit.key')).mode & 0o077).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
