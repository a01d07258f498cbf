// Settings are read once and a wrong one stops start-up with a message that names it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./data with the demo family', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe(path.resolve('data'));
    expect(c.loadDemo).toBe(true);
    expect(c.port).toBe(3000);
    expect(c.sessionIdleMs).toBe(30 * 60_000);
    expect(c.sessionAbsoluteMs).toBe(12 * 3_600_000);
  });

  it('never loads the demo in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).loadDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', LOAD_DEMO: 'true' }).loadDemo).toBe(true);
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});

describe('empty settings', () => {
  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });
});
