// Reads through a hot standby (issue 20 §2): the full app with every read on the primary, and with its audited reads on a
// streaming standby, the two in turn in each round of one run (BENCHMARKS.md "Reads through the standby"). The primary
// and standby are a scratch pair made here (server/test/standby-cluster.ts), loaded with a copy of the dataset.
// Usage: npx tsx bench/standby.ts [--db umbrella_bench_1] [--rounds 3] [--duration 10] [--warmup 3] [--connections 32]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'autocannon';
import pg from 'pg';
import { allowLocalAppLogin } from '../server/db/app-role.ts';
import { postgresBinaries, standbyCaughtUp, startStandbyPair } from '../server/test/standby-cluster.ts';
import { dbUrl, log, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { measuredLoad, startBenchServer, stopBenchServer } from './bench-load.ts';
import { Rng } from './synthetic-data.ts';

const flags = parseFlags({ db: 'umbrella_bench_1', rounds: '3', duration: '10', warmup: '3', connections: '32', out: '' });
const tokens = JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens;
const bins = postgresBinaries();
if ('missing' in bins) throw new Error(bins.missing);

/** A professional opening one of her families, and a parent opening her record: the two reads most often made. */
const scenarios: { label: string; make: (rng: Rng) => () => Request }[] = [
  {
    label: 'open a family',
    make: (rng) => () => {
      const p = rng.pick(tokens.professionals);
      return { method: 'GET', path: `/api/families/${rng.pick(p.families)}`, headers: { cookie: `umbrella-session=${p.token}` } };
    },
  },
  {
    label: 'my record (parent)',
    make: (rng) => () => ({
      method: 'GET',
      path: '/api/portal/record',
      headers: { cookie: `umbrella-session=${rng.pick(tokens.parents).token}` },
    }),
  },
];

const source = dbUrl(flags.db);
log(`Making a primary and a standby, and copying ${flags.db} into the primary`);
const pair = await startStandbyPair();
const results: Record<string, unknown>[] = [];
try {
  const admin = new pg.Client({ connectionString: pair.primaryUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${flags.db}`);
  await allowLocalAppLogin(admin);
  await admin.end();
  const copy = new URL(pair.primaryUrl);
  copy.pathname = `/${flags.db}`;
  const dump = path.join(outDir(), `${flags.db}.standby-bench.dump`);
  fs.mkdirSync(outDir(), { recursive: true });
  execFileSync(path.join(bins.dir, 'pg_dump'), ['-Fc', '-f', dump, source]);
  execFileSync(path.join(bins.dir, 'pg_restore'), ['--no-owner', '-d', copy.toString(), dump]);
  fs.rmSync(dump);
  const prep = new pg.Client({ connectionString: copy.toString() });
  await prep.connect();
  await prep.query('ANALYZE');
  await prep.end();
  await standbyCaughtUp(pair.primaryUrl, pair.standbyUrl, 300_000);
  const replica = new URL(pair.standbyUrl);
  replica.pathname = `/${flags.db}`;
  // The bench server reaches the primary through BENCH_PG_URL (bench-common.ts dbUrl).
  process.env.BENCH_PG_URL = pair.primaryUrl;
  const targets = [
    { label: 'primary only', args: [] as string[] },
    { label: 'reads on the standby', args: ['--replica', replica.toString()] },
  ];
  for (let round = 1; round <= Number(flags.rounds); round++) {
    for (let i = 0; i < targets.length; i++) {
      // Each round starts with another target, so none always runs first.
      const target = targets[(i + round - 1) % targets.length] as (typeof targets)[number];
      const { url, child } = await startBenchServer(flags.db, target.args);
      try {
        for (const scenario of scenarios) {
          const connections = Number(flags.connections);
          const figure = {
            round,
            target: target.label,
            scenario: scenario.label,
            ...(await measuredLoad(url, connections, Number(flags.duration), Number(flags.warmup), scenario.make(new Rng(20)))),
          };
          results.push(figure);
          log(
            `round ${round} ${target.label.padEnd(21)} ${scenario.label.padEnd(19)} ${String(figure.rps).padStart(5)} req/s  p50 ${figure.p50} ms  ` +
              `p99 ${figure.p99} ms  errors ${figure.errors}; CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL (both servers) ` +
              `${figure.pgCpuMsPerRequest}; load average ${figure.loadAverageBefore} → ${figure.loadAverageAfter}`,
          );
        }
      } finally {
        await stopBenchServer(child);
      }
    }
  }
} finally {
  pair.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
for (const scenario of scenarios) {
  const of = (target: string) =>
    results.filter((r) => r.target === target && r.scenario === scenario.label) as { rps: number; p99: number }[];
  const base = median(of('primary only').map((r) => r.rps));
  for (const target of ['primary only', 'reads on the standby']) {
    const mine = of(target);
    const rps = median(mine.map((r) => r.rps));
    log(
      `median ${scenario.label.padEnd(19)} ${target.padEnd(21)} ${rps} req/s (${(rps / base).toFixed(2)}×)  p99 ${median(mine.map((r) => r.p99))} ms`,
    );
  }
}
const file = flags.out || path.join(outDir(), `standby-${flags.db}-${Date.now().toString(36)}.json`);
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results }, null, 2));
log(`Figures written to ${file}`);
