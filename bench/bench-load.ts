// Shared by the load benches that go through the full app (needs.ts, meetings.ts, insights.ts): the bench server as a
// child process, autocannon with per-request latencies, the app's counters and the local PostgreSQL server's CPU time.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon, { type Request } from 'autocannon';

const here = path.dirname(new URL(import.meta.url).pathname);

/**
 * CPU time (ms) of the local PostgreSQL server so far, ended backends included: each live process's own time plus the time
 * of the children it has reaped (the postmaster's cutime and cstime). Summing live processes alone goes backwards when a
 * backend of anyone's connection ends during a run, as on a busy machine.
 */
export function postgresCpuMs(): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const f = stat.slice(close + 2).split(' ');
      // Fields 14–17 of the line (utime, stime, cutime, cstime): 11–14 after "pid (comm) ".
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // The process ended while being read.
    }
  }
  // 100 ticks a second on Linux.
  return ticks * 10;
}

/** Statements the bench server has sent and its CPU time (ms) so far (bench-server.ts's /bench/counters). */
export const counters = async (url: string) => (await fetch(`${url}/bench/counters`)).json() as Promise<{ queries: number; cpuMs: number }>;

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export type Fired = { latencies: number[]; bad: number; statuses: Map<number, number>; total: number; seconds: number; bytes: number };

/** `connections` clients for `duration` seconds, each request made by `make`; every latency and status kept. */
export function fire(url: string, connections: number, duration: number, make: () => Request): Promise<Fired> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let bad = 0;
    let bytes = 0;
    const instance = autocannon(
      { url, connections, duration, timeout: 10, requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }] },
      (error, result) => {
        if (error) reject(error);
        else
          resolve({
            latencies,
            bad: bad + result.errors + result.timeouts,
            statuses,
            total: result.requests.total,
            seconds: result.duration,
            bytes,
          });
      },
    );
    instance.on('response', (_client, status, resBytes, ms) => {
      latencies.push(ms);
      bytes += resBytes;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status < 200 || status >= 300) bad++;
    });
  });
}

/** bench-server.ts in full mode against `db`, with its extra flags and node's (e.g. --cpu-prof); resolves with its URL. */
export async function startBenchServer(
  db: string,
  serverArgs: string[] = [],
  nodeArgs: string[] = [],
  /** Another checkout of Umbrella whose bench server to start (floor.ts --before: the app before a change). */
  checkout?: string,
): Promise<{ url: string; child: ChildProcess }> {
  const script = checkout ? path.join(path.resolve(checkout), 'bench', 'bench-server.ts') : path.join(here, 'bench-server.ts');
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, '--db', db, '--mode', 'full', ...serverArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
    ...(checkout ? { cwd: path.resolve(checkout) } : {}),
  });
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench server did not start within 120 s')), 120_000);
    lines.on('line', (line) => {
      if (line.startsWith('{')) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { url, child };
}

/** Stops the bench server (SIGTERM), waiting up to 15 s for it to close its pool. */
export async function stopBenchServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

/**
 * One measured load run after a warm-up: throughput, latency percentiles, statuses, and the app's and PostgreSQL's CPU
 * and statements per request (the app's counters and /proc), with the load average before and after.
 */
export async function measuredLoad(url: string, connections: number, duration: number, warmup: number, make: () => Request) {
  if (warmup > 0) await fire(url, connections, warmup, make);
  const load = os.loadavg()[0]?.toFixed(2);
  const before = await counters(url);
  const pgBefore = postgresCpuMs();
  const run = await fire(url, connections, duration, make);
  const pgAfter = postgresCpuMs();
  const after = await counters(url);
  const per = (n: number) => Number((n / Math.max(1, run.total)).toFixed(2));
  const sorted = run.latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: sorted.length,
    rps: Math.round(sorted.length / Math.max(1, run.seconds)),
    p50: Number(percentile(sorted, 50).toFixed(1)),
    p95: Number(percentile(sorted, 95).toFixed(1)),
    p99: Number(percentile(sorted, 99).toFixed(1)),
    errors: run.bad,
    statuses: Object.fromEntries(run.statuses),
    bytesPerResponse: Math.round(run.bytes / Math.max(1, run.total)),
    statementsPerRequest: per(after.queries - before.queries),
    appCpuMsPerRequest: per(after.cpuMs - before.cpuMs),
    pgCpuMsPerRequest: per(pgAfter - pgBefore),
    loadAverageBefore: load,
    loadAverageAfter: os.loadavg()[0]?.toFixed(2),
  };
}
