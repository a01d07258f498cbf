// Start-up time: `npx tsx server/main.ts` on a fresh embedded DATA_DIR (demo family loaded) until /api/health answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log, parseFlags } from './bench-common.ts';

const flags = parseFlags({ runs: '3', port: '39400', 'budget-seconds': '10', 'cold-tsx-cache': true });
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

async function healthy(url: string): Promise<boolean> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return r.ok;
  } catch {
    return false;
  }
}

async function once(run: number): Promise<{ total: number; inApp: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-startup-'));
  const port = Number(flags.port) + run;
  const started = performance.now();
  // Its own process group, so the whole npx → tsx → node chain can be stopped by this one id.
  const child = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      ...(flags['cold-tsx-cache'] ? { TSX_DISABLE_CACHE: '1' } : {}),
    },
  });
  // main.ts prints how long startUmbrella() took (database, migrations, demo data); the rest is Node, npx and tsx.
  let inApp = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const m = /started in ([\d.]+) s/.exec(chunk.toString());
    if (m?.[1]) inApp = m[1];
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  try {
    const deadline = started + 60_000;
    while (performance.now() < deadline && !exited) {
      if (await healthy(`http://127.0.0.1:${port}/api/health`)) return { total: (performance.now() - started) / 1000, inApp };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(exited ? 'the server exited before answering' : 'no answer within 60 s');
  } finally {
    if (child.pid && !exited) {
      const gone = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
    }
    // npx can exit before the server under it has finished closing the data folder: remove it once it is quiet.
    for (let i = 0; i < 10 && fs.existsSync(dataDir); i++) {
      await new Promise((r) => setTimeout(r, 500));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.rmSync(`${dataDir}.audit-checkpoints.jsonl`, { force: true });
  }
}

const times: number[] = [];
for (let i = 0; i < Number(flags.runs); i++) {
  const { total: s, inApp } = await once(i);
  times.push(s);
  log(
    `run ${i + 1}: ready in ${s.toFixed(2)} s, of which startUmbrella ${inApp || '?'} s (fresh DATA_DIR, demo family loaded${flags['cold-tsx-cache'] ? ', tsx cache off' : ''})`,
  );
}
const worst = Math.max(...times);
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? worst;
log(
  `start-up: median ${median.toFixed(2)} s, worst ${worst.toFixed(2)} s; budget ${flags['budget-seconds']} s → ${worst < Number(flags['budget-seconds']) ? 'met' : 'NOT met'}`,
);
