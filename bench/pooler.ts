// What unnamed statements and PgBouncer cost (issue 20): "open a family" through the full app with named statements
// straight to PostgreSQL, unnamed straight, and unnamed through PgBouncer in transaction mode, the three in turn in
// each round of one run (BENCHMARKS.md "Unnamed statements behind PgBouncer").
// Usage: npx tsx bench/pooler.ts [--db umbrella_bench_1] [--rounds 3] [--duration 10] [--warmup 3] [--connections 32]
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'autocannon';
import pg from 'pg';
import { startPgBouncer } from '../scripts/local-pgbouncer.ts';
import { APP_ROLE, DEFAULT_TIMEOUTS } from '../server/db/database.ts';
import { dbUrl, log, outDir, parseFlags, serverUrl, type Tokens, tokensFile } from './bench-common.ts';
import { measuredLoad, startBenchServer, stopBenchServer } from './bench-load.ts';
import { Rng } from './synthetic-data.ts';

const flags = parseFlags({ db: 'umbrella_bench_1', rounds: '3', duration: '10', warmup: '3', connections: '32', out: '' });
const tokens = JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens;

function openFamily(rng: Rng): () => Request {
  return () => {
    const p = rng.pick(tokens.professionals);
    return { method: 'GET', path: `/api/families/${rng.pick(p.families)}`, headers: { cookie: `umbrella-session=${p.token}` } };
  };
}

/** Behind a pooler the app's timeouts are its role's settings in this database (README, "A connection pooler"). */
async function roleTimeouts(set: boolean) {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    for (const [name, ms] of [
      ['statement_timeout', DEFAULT_TIMEOUTS.statementMs],
      ['lock_timeout', DEFAULT_TIMEOUTS.lockMs],
      ['idle_in_transaction_session_timeout', DEFAULT_TIMEOUTS.idleInTransactionMs],
    ] as const)
      await admin.query(`ALTER ROLE ${APP_ROLE} IN DATABASE ${flags.db} ${set ? `SET ${name} = ${ms}` : `RESET ${name}`}`);
  } finally {
    await admin.end();
  }
}

const bouncer = await startPgBouncer(dbUrl(flags.db));
await roleTimeouts(true);
const targets: { label: string; args: string[] }[] = [
  { label: 'named, direct', args: ['--prepared', 'named'] },
  { label: 'unnamed, direct', args: ['--prepared', 'unnamed'] },
  { label: 'unnamed, PgBouncer', args: ['--prepared', 'unnamed', '--pooler', bouncer.url] },
];
const results: Record<string, unknown>[] = [];
try {
  for (let round = 1; round <= Number(flags.rounds); round++) {
    // Each round starts with another target, so none always runs first on a cold machine.
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(i + round - 1) % targets.length] as (typeof targets)[number];
      // One app at a time: each starts fresh, is measured and stopped before the next.
      const { url, child } = await startBenchServer(flags.db, target.args);
      try {
        const connections = Number(flags.connections);
        const figure = {
          round,
          target: target.label,
          ...(await measuredLoad(url, connections, Number(flags.duration), Number(flags.warmup), openFamily(new Rng(20)))),
        };
        results.push(figure);
        log(
          `round ${round} ${target.label.padEnd(19)} c=${connections} ${String(figure.rps).padStart(5)} req/s  p50 ${figure.p50} ms  ` +
            `p99 ${figure.p99} ms  errors ${figure.errors}  ${figure.statementsPerRequest} statements/req; CPU ms/req: app ` +
            `${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}; load average ${figure.loadAverageBefore} → ${figure.loadAverageAfter}`,
        );
      } finally {
        await stopBenchServer(child);
      }
    }
  }
} finally {
  await roleTimeouts(false);
  await bouncer.stop();
}

// The median round of each target, and its ratio to named statements straight to PostgreSQL.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const summary = targets.map((t) => {
  const mine = results.filter((r) => r.target === t.label) as { rps: number; p50: number; p99: number }[];
  return { target: t.label, rps: median(mine.map((r) => r.rps)), p50: median(mine.map((r) => r.p50)), p99: median(mine.map((r) => r.p99)) };
});
const base = summary[0]?.rps ?? Number.NaN;
for (const s of summary)
  log(`median ${s.target.padEnd(19)} ${String(s.rps).padStart(5)} req/s (${(s.rps / base).toFixed(2)}×)  p50 ${s.p50} ms  p99 ${s.p99} ms`);
const file = flags.out || path.join(outDir(), `pooler-${flags.db}-${Date.now().toString(36)}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results, summary }, null, 2));
log(`Figures written to ${file}`);
