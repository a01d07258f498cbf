// Load bench of issue 17's two reads at council scale: the parent's calendar page (GET /api/portal/calendar, signed in as
// parents of generated families) and the meeting record page (GET /api/families/:familyId/meetings/:meetingId, as a worker
// who chairs or comes to it), through the full app (bench-server.ts) with autocannon on loopback, as bench/needs.ts does.
// Needs the parents' sessions generate.ts writes and the workers' sessions bench/generate-appointments.ts writes.
// Usage: npx tsx bench/meetings.ts --db umbrella_bench_100 [--duration 10] [--warmup 3] [--connections 32] [--only calendar]
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'autocannon';
import { log, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { measuredLoad, startBenchServer, stopBenchServer } from './bench-load.ts';
import { type MeetingsTokens, meetingsTokensFile } from './generate-appointments.ts';
import { Rng } from './synthetic-data.ts';

// --cpu-prof-dir DIR: the app's V8 profile (summarise it with bench/profile-summary.ts).
const flags = parseFlags({
  db: 'umbrella_bench_100',
  duration: '10',
  warmup: '3',
  connections: '32',
  only: '',
  out: '',
  'cpu-prof-dir': '',
});
const SCENARIOS = ['calendar', 'meeting'] as const;
type Scenario = (typeof SCENARIOS)[number];
const parents = (JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens).parents;
const workers = (JSON.parse(fs.readFileSync(meetingsTokensFile(flags.db), 'utf8')) as MeetingsTokens).workers;

function requestMaker(scenario: Scenario, rng: Rng): () => Request {
  const cookie = (token: string) => ({ cookie: `umbrella-session=${token}` });
  if (scenario === 'calendar') return () => ({ method: 'GET', path: '/api/portal/calendar', headers: cookie(rng.pick(parents).token) });
  return () => {
    const w = rng.pick(workers);
    const m = rng.pick(w.meetings);
    return { method: 'GET', path: `/api/families/${m.familyId}/meetings/${m.meetingId}`, headers: cookie(w.token) };
  };
}

const results: Record<string, unknown>[] = [];
const { url, child } = await startBenchServer(
  flags.db,
  [],
  flags['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${flags['cpu-prof-dir']}`] : [],
);
try {
  for (const scenario of SCENARIOS) {
    if (flags.only && !flags.only.split(',').includes(scenario)) continue;
    const make = requestMaker(scenario, new Rng(17));
    const connections = Number(flags.connections);
    const figure = {
      db: flags.db,
      scenario,
      ...(await measuredLoad(url, connections, Number(flags.duration), Number(flags.warmup), make)),
    };
    results.push(figure);
    log(
      `${flags.db} ${scenario.padEnd(8)} c=${connections} ${String(figure.rps).padStart(5)} req/s  p50 ${figure.p50} ms  p95 ${figure.p95} ms  ` +
        `p99 ${figure.p99} ms  errors ${figure.errors} ${JSON.stringify(figure.statuses)}  ${figure.bytesPerResponse} B/response  ${figure.statementsPerRequest} statements/req; ` +
        `CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}; load average ${figure.loadAverageBefore} → ${figure.loadAverageAfter}`,
    );
  }
} finally {
  await stopBenchServer(child);
}
const file = flags.out || path.join(outDir(), `meetings-${flags.db}-${Date.now().toString(36)}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results }, null, 2));
log(`Figures written to ${file}`);
