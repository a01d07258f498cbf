// `npm run create-admin` on a new embedded installation: it prints a one-time invitation link (never a password),
// refuses a username already used and a wrong kind in plain words, and makes the organisation only once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-create-admin-'));
const env: Record<string, string | undefined> = {
  ...process.env,
  DATA_DIR: path.join(root, 'data'),
  LOAD_DEMO: 'false',
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;
const run = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], {
    env: { ...env, ...extra },
    encoding: 'utf8',
    timeout: 120_000,
  });
const args = (username: string, kind = 'childrens_services') => [
  '--organisation',
  'Eastshire Council',
  '--kind',
  kind,
  '--name',
  'Robin Hale',
  '--email',
  'robin@eastshire.example',
  '--username',
  username,
];

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(`${path.join(root, 'data')}.audit-checkpoints.jsonl`, { force: true });
});

describe('npm run create-admin', () => {
  it('prints a one-time invitation link for a new platform administrator, and no password', () => {
    const res = run(args('robin'), { PUBLIC_URL: 'https://umbrella.eastshire.example' });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Created the organisation Eastshire Council/);
    expect(res.stdout).toMatch(/https:\/\/umbrella\.eastshire\.example\/welcome\/[0-9A-Z]{26}\n/);
    expect(res.stdout).not.toMatch(/password:/i);
  }, 150_000);

  it('refuses the same username again, and a wrong kind, saying what to give', () => {
    const again = run(args('robin'));
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/username “robin” is already used/);
    const kind = run(args('robin.two', 'council'));
    expect(kind.status).toBe(1);
    expect(kind.stderr).toMatch(/--kind: Choose what kind of organisation this is/);
    const second = run(args('robin.two'));
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Found the organisation Eastshire Council/);
    expect(second.stdout).toMatch(/http:\/\/localhost:3000\/welcome\//);
  }, 300_000);
});
