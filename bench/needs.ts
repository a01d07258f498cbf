// Load bench of issue 15's two reads at council scale: a family's needs page as a worker on its care team, and the
// team's view of the gap as team managers, through the full app (bench-server.ts) with autocannon on loopback.
// Needs the sessions bench/generate-needs.ts writes (it runs inside generate.ts, or on an existing dataset).
// Usage: npx tsx bench/needs.ts --db umbrella_bench_100 [--duration 10] [--warmup 3] [--connections 32] [--only team-gap] [--bare]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from 'autocannon';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Tx } from '../server/db/database.ts';
import type { DB } from '../server/db/schema.ts';
import { teamCounts } from '../server/modules/support/team-view/team-view.repo.ts';
import { dbUrl, log, outDir, parseFlags } from './bench-common.ts';
import { measuredLoad, percentile, postgresCpuMs, startBenchServer, stopBenchServer } from './bench-load.ts';
import { type NeedsTokens, needsTokensFile } from './generate-needs.ts';
import { Rng } from './synthetic-data.ts';

const flags = parseFlags({
  db: 'umbrella_bench_100',
  duration: '10',
  warmup: '3',
  connections: '32',
  only: '',
  out: '',
  bare: false,
  'team-cache': '300',
});
type Scenario = 'family-needs' | 'team-gap';
const tokens = JSON.parse(fs.readFileSync(needsTokensFile(flags.db), 'utf8')) as NeedsTokens;

function requestMaker(scenario: Scenario, rng: Rng): () => Request {
  const cookie = (token: string) => ({ cookie: `umbrella-session=${token}` });
  if (scenario === 'family-needs')
    return () => {
      const w = rng.pick(tokens.workers);
      return { method: 'GET', path: `/api/families/${rng.pick(w.families)}/needs`, headers: cookie(w.token) };
    };
  return () => ({ method: 'GET', path: '/api/teams/needs-gap', headers: cookie(rng.pick(tokens.managers).token) });
}

/**
 * --bare: the team view's one statement straight through `pg` (32 clients, no app), as the app sends it
 * (team-view.repo.ts#teamCounts; until 2026-12-05 a correlated subquery per need, now the caseload's support grouped
 * once: BENCHMARKS.md "Issue 15"). Outside a transaction its `SET LOCAL jit = off` only warns, so JIT stays as the
 * database has it here.
 */
async function bare() {
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: dbUrl(flags.db), max: Number(flags.connections) }) }),
  });
  const to = new Date().toISOString().slice(0, 10);
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  const rng = new Rng(15);
  const variants: [string, (team: string) => Promise<unknown>][] = [
    ['team-gap bare, as sent', (team) => teamCounts(db as unknown as Tx, team, from, to)],
  ];
  for (const [label, run] of variants) {
    const go = async (seconds: number) => {
      const latencies: number[] = [];
      const until = Date.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: Number(flags.connections) }, async () => {
          while (Date.now() < until) {
            const t0 = performance.now();
            await run(rng.pick(tokens.managers).teamId);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      return latencies.sort((a, b) => a - b);
    };
    await go(Number(flags.warmup));
    const load = os.loadavg()[0]?.toFixed(2);
    const pgBefore = postgresCpuMs();
    const sorted = await go(Number(flags.duration));
    const pgMs = (postgresCpuMs() - pgBefore) / Math.max(1, sorted.length);
    const f = (p: number) => percentile(sorted, p).toFixed(1);
    results.push({
      db: flags.db,
      scenario: label,
      rps: Math.round(sorted.length / Number(flags.duration)),
      p50: f(50),
      p99: f(99),
      pgCpuMsPerRequest: pgMs.toFixed(2),
      load,
    });
    log(
      `${flags.db} ${label.padEnd(24)} c=${flags.connections} ${Math.round(sorted.length / Number(flags.duration))} req/s  p50 ${f(50)} ms  p99 ${f(99)} ms  PostgreSQL CPU ${pgMs.toFixed(2)} ms/req; load average ${load}`,
    );
  }
  await db.destroy();
}

const results: Record<string, unknown>[] = [];
if (flags.bare) await bare();
const { url, child } = flags.bare
  ? { url: '', child: null }
  : await startBenchServer(flags.db, ['--team-cache', String(flags['team-cache'])]);
try {
  for (const scenario of ['family-needs', 'team-gap'] as const) {
    if (!child) break;
    if (flags.only && !flags.only.split(',').includes(scenario)) continue;
    const make = requestMaker(scenario, new Rng(15));
    const connections = Number(flags.connections);
    const figure = {
      db: flags.db,
      scenario,
      ...(await measuredLoad(url, connections, Number(flags.duration), Number(flags.warmup), make)),
    };
    results.push(figure);
    log(
      `${flags.db} ${scenario.padEnd(13)} c=${connections} ${String(figure.rps).padStart(5)} req/s  p50 ${figure.p50} ms  p95 ${figure.p95} ms  ` +
        `p99 ${figure.p99} ms  errors ${figure.errors} ${JSON.stringify(figure.statuses)}  ${figure.statementsPerRequest} statements/req; ` +
        `CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}; load average ${figure.loadAverageBefore} → ${figure.loadAverageAfter}`,
    );
  }
} finally {
  if (child) {
    await stopBenchServer(child);
  }
}
const file = flags.out || path.join(outDir(), `needs-${flags.db}-${Date.now().toString(36)}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results }, null, 2));
log(`Figures written to ${file}`);
