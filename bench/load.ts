// Load benchmarks with autocannon on loopback: each read and write, a mixed 80/20 workload, and the ratios (1% data, no read
// audit). Ratios to the honest floor come from bench/floor.ts, which runs the app and its floor side by side (issue 22).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import autocannon, { type Request } from 'autocannon';
import { log, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { counters, percentile, postgresCpuMs } from './bench-load.ts';
import { requestMaker, type Scenario } from './requests.ts';
import { Rng } from './synthetic-data.ts';
import { simulateUsers } from './users.ts';

const flags = parseFlags({
  large: '',
  small: 'umbrella_bench_1',
  embedded: '',
  duration: '10',
  warmup: '3',
  connections: '32',
  'mixed-connections': '200',
  // Mean think time (ms) of each simulated user of 'mixed-users' between an answer and their next click.
  'think-ms': '1000',
  only: '',
  out: '',
  'cpu-prof-dir': '',
  // Embedded: 'off,on' runs the embedded suite with fsync off then on, --rounds times in turn, to measure durability's cost.
  'embedded-fsync': 'on',
  rounds: '1',
  // The app's log level (bench-server.ts --log-level; production's is info). Silent by default, as the earlier figures.
  'log-level': 'silent',
});

type Figure = {
  target: string;
  mode: string;
  scenario: Scenario;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Statements sent to PostgreSQL per response (BEGIN and COMMIT included), counted by the bench server. */
  queriesPerRequest: number;
  /** CPU time of the app's process per response, in ms. */
  appCpuMsPerRequest: number;
  /** CPU time of all local PostgreSQL processes per response, in ms (10 ms ticks, summed over the run). */
  pgCpuMsPerRequest: number;
  /** CPU time of this load generator per response, in ms. */
  loadCpuMsPerRequest: number;
};

const here = path.dirname(new URL(import.meta.url).pathname);
const results: Figure[] = [];
const runId = Date.now().toString(36);

/** One bounded autocannon run (duration seconds); latencies are collected per response so p95 can be reported. */
function fire(url: string, connections: number, duration: number, make: () => Request) {
  return new Promise<{ latencies: number[]; bad: number; errors: number; total: number; seconds: number }>((resolve, reject) => {
    const latencies: number[] = [];
    let bad = 0;
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        timeout: 10,
        requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }],
      },
      (error, result) => {
        if (error) reject(error);
        else resolve({ latencies, bad, errors: result.errors + result.timeouts, total: result.requests.total, seconds: result.duration });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status < 200 || status >= 300) bad++;
    });
  });
}

async function measure(url: string, target: string, mode: string, scenario: Scenario, tokens: Tokens, connections: number) {
  if (flags.only && !flags.only.split(',').includes(scenario)) return;
  const rng = new Rng(7);
  const make = requestMaker(scenario, tokens, rng);
  // 'mixed' is 200 connections flat out (each sends again as soon as it is answered); 'mixed-users' is 200
  // people who each wait for their answer, then think (random, mean --think-ms) before the next click.
  const go = (seconds: number) =>
    scenario === 'mixed-users'
      ? simulateUsers({ url, users: connections, seconds, thinkMs: Number(flags['think-ms']), make, rng })
      : fire(url, connections, seconds, make);
  if (Number(flags.warmup) > 0) await go(Number(flags.warmup));
  const before = await counters(url);
  const [pgBefore, loadBefore] = [postgresCpuMs(), process.cpuUsage()];
  const run = await go(Number(flags.duration));
  const [pgAfter, loadCpu] = [postgresCpuMs(), process.cpuUsage(loadBefore)];
  const after = await counters(url);
  const perRequest = (ms: number) => Number((ms / Math.max(1, run.total)).toFixed(2));
  const sorted = run.latencies.sort((a, b) => a - b);
  const figure: Figure = {
    target,
    mode,
    scenario,
    connections,
    requests: sorted.length,
    rps: Math.round(sorted.length / Math.max(1, run.seconds)),
    p50: Number(percentile(sorted, 50).toFixed(1)),
    p95: Number(percentile(sorted, 95).toFixed(1)),
    p99: Number(percentile(sorted, 99).toFixed(1)),
    errors: run.bad + run.errors,
    queriesPerRequest: perRequest(after.queries - before.queries),
    appCpuMsPerRequest: perRequest(after.cpuMs - before.cpuMs),
    pgCpuMsPerRequest: perRequest(pgAfter - pgBefore),
    loadCpuMsPerRequest: perRequest((loadCpu.user + loadCpu.system) / 1000),
  };
  results.push(figure);
  log(
    `${target.padEnd(22)} ${mode.padEnd(13)} ${scenario.padEnd(16)} c=${String(connections).padEnd(4)} ${String(figure.rps).padStart(6)} req/s  ` +
      `p50 ${figure.p50} ms  p95 ${figure.p95} ms  p99 ${figure.p99} ms  errors ${figure.errors}  ` +
      `${figure.queriesPerRequest} statements/req; CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}, ` +
      `load generator ${figure.loadCpuMsPerRequest}`,
  );
}

/** Starts bench-server.ts as a child process (its own event loop, as in production) and waits for its address. */
async function startServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const profile = flags['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${flags['cpu-prof-dir']}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, 'bench-server.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
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

async function stopServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

const readTokens = (name: string) => JSON.parse(fs.readFileSync(tokensFile(name), 'utf8')) as Tokens;

async function suite(label: string, serverArgs: string[], mode: string, tokens: Tokens, scenarios: Scenario[], mixedConnections: number) {
  const { url, child } = await startServer([...serverArgs, '--mode', mode, '--log-level', flags['log-level']]);
  try {
    for (const s of scenarios)
      await measure(url, label, mode, s, tokens, s === 'mixed' || s === 'mixed-users' ? mixedConnections : Number(flags.connections));
  } finally {
    await stopServer(child);
  }
}

const READS: Scenario[] = ['family', 'list', 'record', 'access-log', 'plan'];
const mixed = Number(flags['mixed-connections']);
if (flags.large) {
  const t = readTokens(flags.large);
  await suite(`${flags.large} (100%)`, ['--db', flags.large], 'full', t, [...READS, 'write', 'help', 'mixed', 'mixed-users'], mixed);
  await suite(`${flags.large} (100%)`, ['--db', flags.large], 'no-read-audit', t, READS, mixed);
}
if (flags.small) {
  const t = readTokens(flags.small);
  await suite(`${flags.small} (1%)`, ['--db', flags.small], 'full', t, [...READS, 'write', 'help', 'mixed', 'mixed-users'], mixed);
  if (!flags.large) await suite(`${flags.small} (1%)`, ['--db', flags.small], 'no-read-audit', t, READS, mixed);
}
if (flags.embedded) {
  const t = readTokens(`embedded-${path.basename(flags.embedded)}`);
  const settings = flags['embedded-fsync'].split(',');
  for (let round = 0; round < Number(flags.rounds); round++) {
    for (const fsync of settings) {
      const label = settings.length > 1 ? `embedded (1%) fsync ${fsync}` : 'embedded (1%)';
      const args = ['--embedded', path.resolve(flags.embedded), '--fsync', fsync];
      await suite(label, args, 'full', t, [...READS, 'write', 'help', 'mixed', 'mixed-users'], mixed);
    }
  }
}

// Ratios between suites run minutes apart, each in a server of its own: this machine's speed drifts 20–40% between such
// runs (issue 22), so they show direction only. Ratios to quote come from targets alternating in one run (bench/floor.ts).
const find = (target: string | undefined, mode: string, scenario: Scenario) =>
  results.find((r) => (target === undefined || r.target.startsWith(`${target} `)) && r.mode === mode && r.scenario === scenario);
const ratio = (a: Figure | undefined, b: Figure | undefined) =>
  a && b ? `p50 ×${(a.p50 / b.p50).toFixed(2)}, p99 ×${(a.p99 / b.p99).toFixed(2)}, throughput ×${(a.rps / b.rps).toFixed(2)}` : 'n/a';
const base = flags.large || flags.small;
for (const s of READS) {
  if (flags.large && flags.small)
    log(`ratio 100% / 1% (separate suites), ${s}: ${ratio(find(flags.large, 'full', s), find(flags.small, 'full', s))}`);
  log(`ratio with / without read audit (separate suites), ${s}: ${ratio(find(base, 'full', s), find(base, 'no-read-audit', s))}`);
}
const file = flags.out || path.join(outDir(), `load-${runId}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results }, null, 2));
log(`Figures written to ${file}`);
