// What durability costs the embedded database per commit: sequential single-row commits (an entry's size) on PGlite
// with fsync off and on, alternating rounds in one run. Usage: npx tsx bench/commit-cost.ts --dir DIR [--rounds 5] [--commits 300]
import fs from 'node:fs';
import { openPGlite } from '../server/db/embedded/pglite-open.mjs';
import { log, parseFlags } from './bench-common.ts';

const flags = parseFlags({ dir: '', rounds: '5', commits: '300' });
if (!flags.dir) throw new Error('Give --dir, a folder for a scratch database (it is removed first).');
fs.rmSync(flags.dir, { recursive: true, force: true });
const text = 'I visited the family at home as planned. '.repeat(10);
const perCommit: Record<'off' | 'on', number[]> = { off: [], on: [] };
for (let round = 1; round <= Number(flags.rounds); round++) {
  for (const mode of ['off', 'on'] as const) {
    const db = await openPGlite({ dataDir: flags.dir, durable: mode === 'on' });
    await db.exec('CREATE TABLE IF NOT EXISTS notes (id bigserial PRIMARY KEY, text text)');
    const started = process.hrtime.bigint();
    for (let i = 0; i < Number(flags.commits); i++) await db.query('INSERT INTO notes (text) VALUES ($1)', [text]);
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / Number(flags.commits);
    perCommit[mode].push(ms);
    log(`round ${round}, fsync ${mode}: ${ms.toFixed(2)} ms per commit`);
    await db.close();
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
log(`median per commit: fsync off ${median(perCommit.off).toFixed(2)} ms, on ${median(perCommit.on).toFixed(2)} ms`);
fs.rmSync(flags.dir, { recursive: true, force: true });
