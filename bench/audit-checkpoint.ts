// The cost of the audit log's checkpoints (issue 12, item 2): writing one (read the file's last line, one SELECT of the
// heads, append and flush one line) against a benchmark database, and the verifier's reading of a year of lines.
// Reads the database only; the checkpoint file is a temporary one. npx tsx bench/audit-checkpoint.ts --db umbrella_bench_1
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { writeCheckpoint } from '../server/audit/audit-checkpoint.ts';
import { scanCheckpoints } from '../server/audit/audit-checkpoint-file.ts';
import { benchAuditKey, dbUrl, log, outDir, parseFlags } from './bench-common.ts';

const flags = parseFlags({ db: 'umbrella_bench_1', writes: '30', 'year-lines': '105120' });
const client = new pg.Client({ connectionString: dbUrl(flags.db) });
await client.connect();
const key = benchAuditKey();
fs.mkdirSync(outDir(), { recursive: true });
const file = path.join(outDir(), `checkpoints-${process.pid}.jsonl`);
try {
  const events = (await client.query('SELECT count(*)::int AS n, (SELECT count(*)::int FROM audit_stream_heads) AS s FROM audit_events'))
    .rows[0];
  const times: number[] = [];
  for (let i = 0; i < Number(flags.writes); i++) {
    const started = performance.now();
    await writeCheckpoint({ db: client, key, file, reason: 'manual' });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const line = fs.readFileSync(file, 'utf8').split('\n')[0] ?? '';
  log(
    `checkpoint of ${events.s} streams (${events.n} events): median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, worst ${times.at(-1)?.toFixed(1)} ms of ${times.length}; one line ${line.length} bytes`,
  );
  // A year of checkpoints every 5 minutes, all read by the verifier.
  fs.writeFileSync(file, `${line}\n`.repeat(Number(flags['year-lines'])));
  const started = performance.now();
  const scan = await scanCheckpoints([file], key);
  log(
    `verifier reads ${scan.lines} lines (${(fs.statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  fs.rmSync(file, { force: true });
  await client.end();
}
