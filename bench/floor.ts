// Issue 22: the app, its honest floor and the naive full stack, side by side in one run with the targets alternating in
// each round, for four endpoints; every ratio comes from one round's own measurements (npm run bench).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from 'autocannon';
import { log, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { measuredLoad, startBenchServer, stopBenchServer } from './bench-load.ts';
import { ENDPOINTS, type Endpoint } from './floor-capture.ts';
import { requestMaker } from './requests.ts';
import { Rng } from './synthetic-data.ts';

const flags = parseFlags({
  db: 'umbrella_bench_1',
  rounds: '3',
  duration: '10',
  warmup: '3',
  connections: '32',
  // Endpoints to run, comma-separated: family, record, list, write (default all four).
  only: '',
  // The app's log level: production logs every request at info (to a file under the bench folder, as bench-server.ts).
  'log-level': 'info',
  // CPU profiles of the app's server only (node --cpu-prof), for bench/profile-summary.ts.
  'cpu-prof-dir': '',
  out: '',
  // Prints every statement the floor captured from the app, in full (on standard error).
  verbose: false,
  // Another checkout of Umbrella (a git worktree at an earlier commit, with its own node_modules and this bench/ folder):
  // its app runs as a fourth target, 'before', in the same rounds, for before-and-after figures from one run.
  before: '',
});

type Target = 'app' | 'floor' | 'naive' | 'before';
const TARGETS: Target[] = flags.before ? ['app', 'floor', 'naive', 'before'] : ['app', 'floor', 'naive'];
const LABEL: Record<Endpoint, string> = {
  family: 'open a family',
  record: 'My record',
  list: "the professional's list",
  write: 'record a visit',
};
type Figure = { round: number; endpoint: Endpoint; target: Target } & Awaited<ReturnType<typeof measured>>;

/** One target's measurement after its warm-up (bench-load.ts measuredLoad): throughput, latency, errors, CPU. */
const measured = (url: string, make: () => Request) =>
  measuredLoad(url, Number(flags.connections), Number(flags.duration), Number(flags.warmup), make);

const endpoints = flags.only ? (flags.only.split(',') as Endpoint[]) : [...ENDPOINTS];
for (const e of endpoints) if (!ENDPOINTS.includes(e)) throw new Error(`Unknown endpoint ${e}; known: ${ENDPOINTS.join(', ')}`);
const tokens = JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens;
const rounds = Number(flags.rounds);
const runId = Date.now().toString(36);

log(
  `Issue 22 floor: ${flags.db}, ${rounds} round(s) of ${endpoints.join(', ')}; each target ${flags.warmup} s warm-up then ` +
    `${flags.duration} s at ${flags.connections} connections; app log level ${flags['log-level']}; load average ${os.loadavg()[0]?.toFixed(2)}`,
);
// All three at once, so none is measured in a machine the others are not in; floor and naive capture the app's statements.
const profile = flags['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${flags['cpu-prof-dir']}`] : [];
const starting = await Promise.allSettled([
  startBenchServer(flags.db, ['--mode', 'full', '--log-level', flags['log-level']], profile),
  startBenchServer(flags.db, ['--mode', 'floor', ...(flags.verbose ? ['--verbose'] : [])]),
  startBenchServer(flags.db, ['--mode', 'naive']),
  flags.before
    ? startBenchServer(
        flags.db,
        ['--mode', 'full', '--log-level', flags['log-level'], '--log-file', path.join(outDir(), 'app-before.log')],
        [],
        flags.before,
      )
    : undefined,
]);
// One target that cannot start stops the run, and the ones that did start are stopped too, not left serving.
const failed = starting.find((s) => s.status === 'rejected');
if (failed) {
  await Promise.all(starting.map((s) => (s.status === 'fulfilled' && s.value ? stopBenchServer(s.value.child) : undefined)));
  throw failed.reason;
}
const [app, floor, naive, before] = starting.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
if (!app || !floor || !naive) throw new Error('A target did not start.');
const servers = { app, floor, naive, ...(before ? { before } : {}) } as Record<Target, { url: string }>;

const figures: Figure[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    for (const [i, endpoint] of endpoints.entries()) {
      // Rotated each round (and endpoint), so no target always runs first, or always right after another's writes.
      const order = TARGETS.map((_, k) => TARGETS[(k + round + i) % TARGETS.length] as Target);
      for (const target of order) {
        // The same request sequence for each target in this round.
        const make = requestMaker(endpoint, tokens, new Rng(1_000 * round + i + 7));
        const m = await measured(servers[target].url, make);
        figures.push({ round: round + 1, endpoint, target, ...m });
        log(
          `round ${round + 1} ${LABEL[endpoint].padEnd(24)} ${target.padEnd(5)} ${String(m.rps).padStart(6)} req/s  p50 ${m.p50} ms  ` +
            `p99 ${m.p99} ms  errors ${m.errors}  ${m.statementsPerRequest} statements/req; CPU ms/req: app ${m.appCpuMsPerRequest}, ` +
            `PostgreSQL ${m.pgCpuMsPerRequest}; load ${m.loadAverageBefore} → ${m.loadAverageAfter}`,
        );
      }
    }
  }
} finally {
  await Promise.all([app, floor, naive, before].map((s) => (s ? stopBenchServer(s.child) : undefined)));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const spread = (xs: number[], digits = 2) =>
  `×${median(xs).toFixed(digits)} (${xs.length > 1 ? `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}` : 'one round'})`;
const get = (round: number, endpoint: Endpoint, target: Target) =>
  figures.find((f) => f.round === round && f.endpoint === endpoint && f.target === target);

const summary: Record<string, unknown> = {};
const errors = figures.filter((f) => f.errors > 0);
for (const endpoint of endpoints) {
  const per = Array.from({ length: rounds }, (_, r) => ({
    app: get(r + 1, endpoint, 'app'),
    floor: get(r + 1, endpoint, 'floor'),
    naive: get(r + 1, endpoint, 'naive'),
  }));
  const toFloor = per.flatMap((p) => (p.app && p.floor ? [p.app.rps / p.floor.rps] : []));
  const toNaive = per.flatMap((p) => (p.app && p.naive ? [p.app.rps / p.naive.rps] : []));
  const appCpu = per.flatMap((p) => (p.app ? [p.app.appCpuMsPerRequest] : []));
  const perBefore = Array.from({ length: rounds }, (_, r) => ({
    app: get(r + 1, endpoint, 'app'),
    before: get(r + 1, endpoint, 'before'),
    floor: get(r + 1, endpoint, 'floor'),
  }));
  const beforeToFloor = perBefore.flatMap((p) => (p.before && p.floor ? [p.before.rps / p.floor.rps] : []));
  const appToBefore = perBefore.flatMap((p) => (p.app && p.before ? [p.app.rps / p.before.rps] : []));
  if (flags.before) {
    summary[`${endpoint} before`] = { beforeToFloor, appToBefore };
    log(`${LABEL[endpoint]}: before / honest floor ${spread(beforeToFloor)}, app / before ${spread(appToBefore)}`);
  }
  summary[endpoint] = {
    appToFloor: { median: median(toFloor), min: Math.min(...toFloor), max: Math.max(...toFloor), perRound: toFloor },
    appToNaive: { median: median(toNaive), min: Math.min(...toNaive), max: Math.max(...toNaive), perRound: toNaive },
    appCpuMsPerRequest: { median: median(appCpu), min: Math.min(...appCpu), max: Math.max(...appCpu) },
  };
  log(
    `${LABEL[endpoint]}: app / honest floor ${spread(toFloor)}, app / naive ${spread(toNaive)}, ` +
      `app CPU ${median(appCpu).toFixed(2)} ms/request (median of ${rounds} round(s), ratios per round)`,
  );
}
// Medians over the rounds, as a Markdown table for BENCHMARKS.md.
log('| endpoint | target | req/s | p50 ms | p99 ms | statements/req | app CPU ms/req | PostgreSQL CPU ms/req | errors |');
log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const endpoint of endpoints)
  for (const target of TARGETS) {
    const mine = figures.filter((f) => f.endpoint === endpoint && f.target === target);
    const m = (pick: (f: Figure) => number, digits = 0) => {
      const xs = mine.map(pick);
      const r = (x: number) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
      return xs.length > 1 ? `${r(median(xs))} (${r(Math.min(...xs))}–${r(Math.max(...xs))})` : r(xs[0] ?? Number.NaN);
    };
    log(
      `| ${LABEL[endpoint]} | ${target} | ${m((f) => f.rps)} | ${m((f) => f.p50, 1)} | ${m((f) => f.p99, 1)} | ${m((f) => f.statementsPerRequest, 1)} | ` +
        `${m((f) => f.appCpuMsPerRequest, 2)} | ${m((f) => f.pgCpuMsPerRequest, 2)} | ${mine.reduce((n, f) => n + f.errors, 0)} |`,
    );
  }
if (endpoints.includes('family')) {
  const s = summary.family as { appToFloor: { median: number }; appCpuMsPerRequest: { median: number } };
  log(
    `target: open a family ≥ 0.5 of the floor: ${s.appToFloor.median >= 0.5 ? 'met' : 'not met'} (median ×${s.appToFloor.median.toFixed(2)})`,
  );
  log(
    `target: app CPU ≤ 0.4 ms per request (open a family): ${s.appCpuMsPerRequest.median <= 0.4 ? 'met' : 'not met'} ` +
      `(median ${s.appCpuMsPerRequest.median.toFixed(2)} ms)`,
  );
}
const file = flags.out || path.join(outDir(), `floor-${runId}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, figures, summary, valid: errors.length === 0 }, null, 2));
log(`Figures written to ${file}`);
if (errors.length > 0) {
  // A write answered 4xx measures nothing: the run does not count.
  for (const f of errors)
    log(`NOT VALID: round ${f.round} ${f.endpoint} ${f.target}: ${f.errors} errors, statuses ${JSON.stringify(f.statuses)}`);
  process.exitCode = 1;
}
