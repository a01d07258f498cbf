// Two app instances against one (issue 20 §1): "open a family" and the mixed workload (200 connections without pause,
// and 200 simulated users who think between clicks) through one bench server, then
// through two on the same database with the load generator's connections alternating between their ports (autocannon
// gives connection i the i-th address in turn, a round-robin balancer's share), the targets alternating inside one run
// (BENCHMARKS.md "Two app instances against one").
// Usage: npx tsx bench/instances.ts [--db umbrella_bench_1] [--rounds 2] [--duration 10] [--warmup 3] [--connections 32]
//        [--mixed-connections 200]
import fs from 'node:fs';
import path from 'node:path';
import autocannon, { type Request } from 'autocannon';
import pg from 'pg';
import { dbUrl, log, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { counters, percentile, postgresCpuMs, startBenchServer, stopBenchServer } from './bench-load.ts';
import { Rng } from './synthetic-data.ts';
import { simulateUsers } from './users.ts';

const flags = parseFlags({
  db: 'umbrella_bench_1',
  rounds: '2',
  duration: '10',
  warmup: '3',
  connections: '32',
  'mixed-connections': '200',
  // Mean think time (ms) of each of the mixed workload's simulated users (bench/users.ts), as in load.ts.
  'think-ms': '1000',
  out: '',
});
const tokens = JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens;
const runId = Date.now().toString(36);
let written = 0;

/** The scenarios as bench/load.ts makes them: "open a family", and its mixed workload (80% reads, 20% writes). */
type Scenario = 'family' | 'mixed' | 'mixed-users';

function maker(scenario: Scenario, rng: Rng): () => Request {
  const cookie = (token: string) => ({ cookie: `umbrella-session=${token}` });
  const family = (): Request => {
    const p = rng.pick(tokens.professionals);
    return { method: 'GET', path: `/api/families/${rng.pick(p.families)}`, headers: cookie(p.token) };
  };
  if (scenario === 'family') return family;
  const makers: (() => Request)[] = [
    family,
    () => ({ method: 'GET', path: '/api/families', headers: cookie(rng.pick(tokens.professionals).token) }),
    () => ({ method: 'GET', path: '/api/portal/record', headers: cookie(rng.pick(tokens.parents).token) }),
    () => ({ method: 'GET', path: '/api/portal/access-log', headers: cookie(rng.pick(tokens.parents).token) }),
    () => {
      const p = rng.pick(tokens.professionals);
      const text = 'I visited the family at home as planned. We talked about the morning routine and agreed the next steps.';
      return {
        method: 'POST',
        path: `/api/families/${rng.pick(p.families)}/entries`,
        headers: {
          ...cookie(p.token),
          'content-type': 'application/json',
          'x-csrf-token': p.csrf,
          'idempotency-key': `bench-instances-${runId}-${written++}`,
        },
        body: JSON.stringify({ kind: 'home_visit', occurredAt: new Date().toISOString(), category: 'general', text }),
      };
    },
  ];
  const weights = [30, 15, 25, 10, 20].map((w, i) => [i, w] as const);
  return () => (makers[rng.weighted(weights)] as () => Request)();
}

/** Busy and total CPU time of the whole machine so far (/proc/stat, in ticks): how much of the 2 cores a run used. */
function machineCpu(): { busy: number; total: number } {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * The database's own counters (PostgreSQL's statistics, owner's connection): transactions rolled back (a write whose audit
 * head had moved under it is rolled back and run again), audit events inserted, and updates of the stream heads (one per
 * event when this instance's guess of the head was right; a second when it had to read the head first).
 */
async function databaseCounters() {
  // Statistics reach the shared counters within a second of a transaction's end.
  await new Promise((r) => setTimeout(r, 1_200));
  const client = new pg.Client({ connectionString: dbUrl(flags.db) });
  await client.connect();
  try {
    const r = await client.query<{ rollbacks: string; events: string; heads: string }>(
      `SELECT (SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()) AS rollbacks,
        (SELECT sum(n_tup_ins) FROM pg_stat_user_tables WHERE relname LIKE 'audit_events%') AS events,
        (SELECT n_tup_upd FROM pg_stat_user_tables WHERE relname = 'audit_stream_heads') AS heads`,
    );
    const row = r.rows[0];
    return { rollbacks: Number(row?.rollbacks), events: Number(row?.events), heads: Number(row?.heads) };
  } finally {
    await client.end();
  }
}

/**
 * `connections` clients spread over `urls` in turn for `duration` seconds; every latency and non-2xx kept. For the
 * simulated users (who think between clicks), each address gets its share of the users.
 */
async function fire(urls: string[], connections: number, duration: number, make: () => Request, scenario: Scenario, rng: Rng) {
  if (scenario === 'mixed-users') {
    const runs = await Promise.all(
      urls.map((url) =>
        simulateUsers({
          url,
          users: Math.round(connections / urls.length),
          seconds: duration,
          thinkMs: Number(flags['think-ms']),
          make,
          rng,
        }),
      ),
    );
    return {
      latencies: runs.flatMap((r) => r.latencies),
      bad: runs.reduce((n, r) => n + r.bad + r.errors, 0),
      total: runs.reduce((n, r) => n + r.total, 0),
      seconds: Math.max(...runs.map((r) => r.seconds)),
    };
  }
  return fireConnections(urls, connections, duration, make);
}

function fireConnections(urls: string[], connections: number, duration: number, make: () => Request) {
  return new Promise<{ latencies: number[]; bad: number; total: number; seconds: number }>((resolve, reject) => {
    const latencies: number[] = [];
    let bad = 0;
    const instance = autocannon(
      { url: urls, connections, duration, timeout: 10, requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }] },
      (error, result) => {
        if (error) reject(error);
        else resolve({ latencies, bad: bad + result.errors + result.timeouts, total: result.requests.total, seconds: result.duration });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status < 200 || status >= 300) bad++;
    });
  });
}

async function measure(urls: string[], scenario: Scenario, connections: number) {
  const rng = new Rng(20);
  const make = maker(scenario, rng);
  await fire(urls, connections, Number(flags.warmup), make, scenario, rng);
  const sum = async () =>
    (await Promise.all(urls.map(counters))).reduce((a, c) => ({ queries: a.queries + c.queries, cpuMs: a.cpuMs + c.cpuMs }));
  const stats = await databaseCounters();
  const [before, pgBefore, machineBefore] = [await sum(), postgresCpuMs(), machineCpu()];
  const run = await fire(urls, connections, Number(flags.duration), make, scenario, rng);
  const [after, pgAfter, machineAfter] = [await sum(), postgresCpuMs(), machineCpu()];
  const statsAfter = await databaseCounters();
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
    statementsPerRequest: per(after.queries - before.queries),
    /** Both instances' CPU together, per response. */
    appCpuMsPerRequest: per(after.cpuMs - before.cpuMs),
    pgCpuMsPerRequest: per(pgAfter - pgBefore),
    /** Share of the machine's two cores busy during the run (app, PostgreSQL and the load generator together). */
    rollbacksPerThousand: Number(((1000 * (statsAfter.rollbacks - stats.rollbacks)) / Math.max(1, run.total)).toFixed(1)),
    headUpdatesPerEvent: Number(((statsAfter.heads - stats.heads) / Math.max(1, statsAfter.events - stats.events)).toFixed(2)),
    machineBusy: Number(((machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total)).toFixed(2)),
  };
}

// Both instances start once and stay up: "one" sends everything to the first, "two" spreads it over both. Each is a
// bench server as load.ts starts it (its own process, pool of 10 connections and audit log; the same database).
const first = await startBenchServer(flags.db);
const second = await startBenchServer(flags.db);
const targets = [
  { label: 'one instance', urls: [first.url] },
  { label: 'two instances', urls: [first.url, second.url] },
];
const results: Record<string, unknown>[] = [];
try {
  for (let round = 1; round <= Number(flags.rounds); round++) {
    for (const scenario of ['family', 'mixed', 'mixed-users'] as const) {
      const connections = Number(scenario === 'family' ? flags.connections : flags['mixed-connections']);
      // Each round starts with the other target, so neither always runs first.
      for (let i = 0; i < targets.length; i++) {
        const target = targets[(i + round - 1) % targets.length] as (typeof targets)[number];
        const figure = { round, scenario, target: target.label, ...(await measure(target.urls, scenario, connections)) };
        results.push(figure);
        log(
          `round ${round} ${scenario.padEnd(6)} ${target.label.padEnd(13)} c=${String(connections).padEnd(3)} ${String(figure.rps).padStart(5)} req/s  ` +
            `p50 ${figure.p50} ms  p95 ${figure.p95} ms  p99 ${figure.p99} ms  errors ${figure.errors}  ${figure.statementsPerRequest} statements/req; ` +
            `CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}; rollbacks/1000 req ${figure.rollbacksPerThousand}, ` +
            `head updates/event ${figure.headUpdatesPerEvent}; machine busy ${Math.round(figure.machineBusy * 100)}%`,
        );
      }
    }
  }
} finally {
  await Promise.all([stopBenchServer(first.child), stopBenchServer(second.child)]);
}

// Two against one, round by round.
for (const r of results.filter((x) => x.target === 'two instances')) {
  const one = results.find((x) => x.target === 'one instance' && x.round === r.round && x.scenario === r.scenario);
  if (one)
    log(
      `round ${r.round} ${String(r.scenario).padEnd(6)} two / one: throughput ×${((r.rps as number) / (one.rps as number)).toFixed(2)}, ` +
        `p50 ×${((r.p50 as number) / (one.p50 as number)).toFixed(2)}, p99 ×${((r.p99 as number) / (one.p99 as number)).toFixed(2)}`,
    );
}
const file = flags.out || path.join(outDir(), `instances-${runId}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results }, null, 2));
log(`Figures written to ${file}`);
