// Each reason Umbrella cannot start is told in one plain line (no stack trace) and the process exits non-zero:
// a bad setting, a data folder that is a file or cannot be written, a port in use, and `npm start` on a folder
// another Umbrella holds, which is refused before the web app is rebuilt. All fail before the database opens.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './db/embedded/data-dir-lock.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-start-failures-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

function run(script: string, settings: Record<string, string>, as?: { uid: number; gid: number }): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...settings };
  delete env.DATABASE_URL; // the embedded database, whichever database the suite runs on
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env, ...as });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not stop within 60 s; it printed:\n${stdout}\n${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Exits non-zero having printed exactly one line, with no stack trace. */
function expectOnePlainLine(result: Run, pattern: RegExp) {
  expect(result.code, result.stderr).not.toBe(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('a start that cannot succeed says why in one plain line', () => {
  it('names a bad setting, the value given and what it must be', async () => {
    const result = await run('server/main.ts', { PORT: 'abc', DATA_DIR: path.join(root, 'unused') });
    expectOnePlainLine(result, /the setting PORT is "abc", but it must be a whole number from 0 to 65535/);
    expect(fs.existsSync(path.join(root, 'unused'))).toBe(false); // stopped before anything was made
  }, 90_000);

  it('says when DATA_DIR is a file, not a folder', async () => {
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const result = await run('server/main.ts', { DATA_DIR: file });
    expectOnePlainLine(result, /DATA_DIR is .*a-file, which is a file, not a folder\. Set DATA_DIR to a folder/);
  }, 90_000);

  it.skipIf(process.platform === 'win32')(
    'says when the data folder cannot be written',
    async () => {
      const locked = path.join(root, 'read-only');
      fs.mkdirSync(locked, { mode: 0o555 });
      fs.chmodSync(locked, 0o555);
      fs.chmodSync(root, 0o755);
      // root may write anywhere: run as an ordinary user there, as most people do.
      const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
      const result = await run('server/main.ts', { DATA_DIR: locked }, as);
      expectOnePlainLine(result, /the data folder .*read-only \(DATA_DIR\) cannot be written, because this user may not write there/);
    },
    90_000,
  );

  it('names a port already in use and how to choose another', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const result = await run('server/main.ts', { PORT: String(port), DATA_DIR: path.join(root, 'port-test') });
      expectOnePlainLine(
        result,
        new RegExp(`port ${port} is already in use by another program.*choose another port, for example: PORT=\\d+ npm start`),
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 90_000);

  it('npm start refuses a data folder another Umbrella holds, before building the web app', async () => {
    const dataDir = path.join(root, 'held');
    const release = acquireDataDirLock(dataDir); // this test process is the live Umbrella holding it
    try {
      const result = await run('scripts/start.ts', { DATA_DIR: dataDir });
      expectOnePlainLine(result, new RegExp(`already in use by Umbrella process ${process.pid}`));
      expect(result.stdout).not.toMatch(/Building the web app|up to date|vite/);
    } finally {
      release();
    }
  }, 90_000);
});
