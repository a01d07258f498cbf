// Load bench of issue 19's FHIR export at council scale: GET /api/families/:familyId/fhir (the family as the worker may
// see it, as an R4 Bundle, each one a disclosure row and an audit event), as professionals of generated families on their
// own families, through the full app (bench-server.ts) with autocannon on loopback, as bench/meetings.ts does. Also one
// sequential pass over a sample of families: the Bundle's size and resource count, and each export's own time.
// Needs the professionals' sessions generate.ts writes.
// Usage: npx tsx bench/fhir-export.ts --db umbrella_bench_100 [--duration 10] [--warmup 3] [--connections 8] [--sample 200]
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'autocannon';
import { log, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { measuredLoad, percentile, startBenchServer, stopBenchServer } from './bench-load.ts';
import { Rng } from './synthetic-data.ts';

const flags = parseFlags({
  db: 'umbrella_bench_100',
  duration: '10',
  warmup: '3',
  connections: '8',
  sample: '200',
  out: '',
  'cpu-prof-dir': '',
});
const professionals = (JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens).professionals.filter(
  (p) => p.families.length > 0,
);
const QUERY = `recipient=${encodeURIComponent('Northshire council case system (bench)')}&purpose=${encodeURIComponent('Transfer of the family’s record')}&lawfulBasis=consent`;
// The export writes a disclosure, so it takes the session's CSRF token like a change (config.writesOnGet).
const headers = (p: { token: string; csrf: string }) => ({ cookie: `umbrella-session=${p.token}`, 'x-csrf-token': p.csrf });

function requestMaker(rng: Rng): () => Request {
  return () => {
    const p = rng.pick(professionals);
    return { method: 'GET', path: `/api/families/${rng.pick(p.families)}/fhir?${QUERY}`, headers: headers(p) };
  };
}

const { url, child } = await startBenchServer(
  flags.db,
  [],
  flags['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${flags['cpu-prof-dir']}`] : [],
);
const results: Record<string, unknown> = {};
try {
  // One export at a time: each family's own time, its Bundle's size and number of resources.
  const rng = new Rng(19);
  const one: number[] = [];
  const sizes: number[] = [];
  const resources: number[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < Number(flags.sample); i++) {
    const p = rng.pick(professionals);
    const started = performance.now();
    const res = await fetch(`${url}/api/families/${rng.pick(p.families)}/fhir?${QUERY}`, { headers: headers(p) });
    const body = await res.text();
    one.push(performance.now() - started);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status === 200) {
      sizes.push(body.length);
      resources.push((JSON.parse(body) as { entry?: unknown[] }).entry?.length ?? 0);
    }
  }
  one.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  resources.sort((a, b) => a - b);
  results.sequential = {
    exports: one.length,
    statuses: Object.fromEntries(statuses),
    medianMs: Number(percentile(one, 50).toFixed(1)),
    p99Ms: Number(percentile(one, 99).toFixed(1)),
    medianBytes: percentile(sizes, 50),
    maxBytes: sizes.at(-1),
    medianResources: percentile(resources, 50),
    maxResources: resources.at(-1),
  };
  log(`${flags.db} one at a time: ${JSON.stringify(results.sequential)}`);

  const figure = await measuredLoad(
    url,
    Number(flags.connections),
    Number(flags.duration),
    Number(flags.warmup),
    requestMaker(new Rng(17)),
  );
  results.load = figure;
  log(
    `${flags.db} fhir export c=${figure.connections} ${figure.rps} req/s  p50 ${figure.p50} ms  p95 ${figure.p95} ms  p99 ${figure.p99} ms  ` +
      `errors ${figure.errors} ${JSON.stringify(figure.statuses)}  ${figure.bytesPerResponse} B/response  ${figure.statementsPerRequest} statements/req; ` +
      `CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}; load average ${figure.loadAverageBefore} → ${figure.loadAverageAfter}`,
  );
} finally {
  await stopBenchServer(child);
}
const file = flags.out || path.join(outDir(), `fhir-export-${flags.db}-${Date.now().toString(36)}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, results }, null, 2));
log(`Figures written to ${file}`);
