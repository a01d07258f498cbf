// `npm run directory:import -- <file>`: the script's work on a fresh database (PGlite or PostgreSQL), and the script
// itself run as a command on a new embedded installation: the report, the exit code, nothing imported from a bad file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DIRECTORY_FILE } from '../server/modules/support/index.ts';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database.ts';
import { runDirectoryImport } from './directory-import.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-directory-import-'));
const file = (name: string, json: unknown) => {
  const p = path.join(root, name);
  fs.writeFileSync(p, typeof json === 'string' ? json : JSON.stringify(json));
  return p;
};
const sample = JSON.parse(fs.readFileSync(SAMPLE_DIRECTORY_FILE, 'utf8')) as { services: Record<string, unknown>[] };

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(`${path.join(root, 'data')}.audit-checkpoints.jsonl`, { force: true });
});

const count = async () => Number((await database.asOwner('SELECT count(*) AS n FROM directory_services')).rows[0].n);

describe('directory:import on an open database', () => {
  it('imports the sample, then says what a re-import updated and added', async () => {
    const first = await runDirectoryImport(['--', SAMPLE_DIRECTORY_FILE], database.db);
    expect(first).toEqual({ code: 0, out: '41 services imported (41 new, 0 updated).' });
    const more = { services: [...sample.services.slice(0, 2), { ...sample.services[0], id: 'extra-1', name: 'Extra Advice' }] };
    expect(await runDirectoryImport([file('more.json', more)], database.db)).toEqual({
      code: 0,
      out: '3 services imported (1 new, 2 updated).',
    });
    expect(await count()).toBe(42);
  });

  it('lists every problem with its service and field, exits 1 and imports nothing', async () => {
    const bad = [
      { ...sample.services[0], id: 'bad-1', email: 'nobody' },
      { ...sample.services[1], id: 'bad-2', schedules: [{ id: 's', byday: 'MO', opens_at: '18:00', closes_at: '09:00' }] },
    ];
    const res = await runDirectoryImport([file('bad.json', bad)], database.db);
    expect(res.code).toBe(1);
    expect(res.out).toBe(
      [
        'Nothing was imported: the file has 2 problems to put right first.',
        '  service bad-1 › email: should be an email address, like name@example.org',
        '  service bad-2 › schedules[0].closes_at: should be later than opens_at',
      ].join('\n'),
    );
    expect(await count()).toBe(42);
  });

  it('says so when the file cannot be read or is not JSON, or none is given', async () => {
    expect((await runDirectoryImport([path.join(root, 'missing.json')], database.db)).out).toMatch(/file: could not be read \(ENOENT\)/);
    expect((await runDirectoryImport([file('broken.json', '{ "services": [')], database.db)).out).toMatch(/file: is not valid JSON/);
    expect(await runDirectoryImport(['--'], database.db)).toEqual({
      code: 1,
      out: 'Say which file to import.\nUsage: npm run directory:import -- path/to/directory.json',
    });
  });
});

describe('npm run directory:import as a command', () => {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: path.join(root, 'data'),
    LOAD_DEMO: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/directory-import.ts', ...args], { env, encoding: 'utf8', timeout: 150_000 });

  it('imports into the configured (embedded) database and exits 0; a bad file exits 1 with the list', () => {
    const ok = run(['--', SAMPLE_DIRECTORY_FILE]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('41 services imported (41 new, 0 updated).\n');
    const bad = run([file('cmd-bad.json', [{ id: 'x', name: 'X', status: 'active' }])]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /Nothing was imported: the file has 1 problem to put right first\.\n {2}service x › organization: give the organisation that runs it/,
    );
    const none = run([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/Say which file to import/);
  }, 300_000);
});
