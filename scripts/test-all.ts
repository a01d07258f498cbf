// `npm test`: every check, in order — typecheck, lint, API tests on the embedded database and on a
// PostgreSQL server, the web build and its size budget, and the browser journeys — then one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startPgBouncer } from './local-pgbouncer.ts';

// The runners' reports; removed when this process exits, whatever happened (the browser tests' own folder is
// made and removed by e2e/playwright.config.ts).
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-test-output-'));
process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
// Ctrl+C reaches the running step too: stop after it instead of going on to the next.
process.on('SIGINT', () => process.exit(130));
const bin = (name: string) => path.resolve('node_modules/.bin', name);
let passed = 0;
let failed = 0;
const lines: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string | undefined> = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.signal === 'SIGINT' || result.status === 130) process.exit(130);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

/** A check that is not a test runner (typecheck, lint, build, bundle budget) counts as one test. */
function check(label: string, command: string, args: string[]): boolean {
  const r = run(label, command, args);
  if (r.ok) passed++;
  else failed++;
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} ${label} (${r.seconds} s)`);
  return r.ok;
}

function vitest(label: string, env: Record<string, string | undefined>, filters: string[] = []) {
  const file = path.join(outDir, `vitest-${passed + failed}.json`);
  const r = run(label, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...filters], env);
  const report = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as VitestReport) : null;
  const p = report?.numPassedTests ?? 0;
  // A run that failed without failing a test (a crash, a broken file) still counts as a failure.
  const f = (report?.numFailedTests ?? 0) + (!r.ok && !report?.numFailedTests ? 1 : 0);
  passed += p;
  failed += f;
  lines.push(`${f ? 'FAIL' : 'ok  '} ${label}: ${p} passed, ${f} failed (${r.seconds} s)`);
  lines.push(...failedTests(report));
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { name: string; assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[];
};

/**
 * The failed tests by file and name, each with the first line of its failure, for the summary: CI keeps only the end
 * of the output, and a failure that cannot be named cannot be fixed.
 */
function failedTests(report: VitestReport | null): string[] {
  const out: string[] = [];
  for (const file of report?.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const why = (test.failureMessages?.[0] ?? '').split('\n')[0]?.slice(0, 300);
      out.push(`       ✗ ${path.relative(process.cwd(), file.name)} › ${test.fullName}`, `         ${why}`);
    }
  }
  return out;
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[];
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number }; suites?: PlaywrightSuite[] };

/** The browser journeys that failed, by project, file and title, each with the first line of its last error. */
function failedJourneys(suites: PlaywrightSuite[]): string[] {
  const out: string[] = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected') continue;
        const why = (test.results.at(-1)?.error?.message ?? '')
          .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '') // the colour codes
          .split('\n')[0]
          ?.slice(0, 300);
        out.push(`       ✗ [${test.projectName}] ${spec.file} › ${spec.title}`, `         ${why}`);
      }
    }
    out.push(...failedJourneys(suite.suites ?? []));
  }
  return out;
}

/** The PostgreSQL server for the API tests, or why there is none (an error when TEST_DATABASE_URL was set). */
async function server(): Promise<{ url: string } | { skip: string } | { error: string }> {
  const candidate = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return { url: candidate };
  } catch (error) {
    if (!process.env.TEST_DATABASE_URL) return { skip: 'none at TEST_DATABASE_URL or 127.0.0.1:5432' };
    const reason = (error as Error).message || (error as { code?: string }).code || String(error);
    return { error: `TEST_DATABASE_URL is set but its server cannot be reached (${reason}); start it or unset TEST_DATABASE_URL` };
  }
}

/**
 * Issue 20: the server's API tests once more with the app's connections through PgBouncer in transaction mode and
 * unnamed statements (scripts/local-pgbouncer.ts, installed with apt when missing). Without PgBouncer: one failure.
 */
async function throughPgBouncer(serverUrl: string) {
  const label = 'API tests through PgBouncer (transaction pooling, unnamed statements)';
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
  try {
    bouncer = await startPgBouncer(serverUrl);
  } catch (error) {
    failed++;
    lines.push(`FAIL ${label}: ${(error as Error).message}`);
    process.stdout.write(`\n=== ${label} ===\n${(error as Error).message}\n`);
    return;
  }
  try {
    const env = { TEST_DATABASE_URL: serverUrl, TEST_DATABASE_POOLER_URL: bouncer.url, TEST_DATABASE_PREPARED_STATEMENTS: 'unnamed' };
    vitest(label, env, ['server/']);
  } finally {
    await bouncer.stop();
  }
}

/** Urdu's own font (Noto Nastaliq Urdu, in Debian's fonts-noto-core): without it the Urdu pages' screenshots show boxes. */
const URDU_FONT = '/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf';

/**
 * Debian's chromium, and the font the Urdu pages need, installed when missing and we are root: no recommended packages,
 * apt's output in a log file. Only chromium is required; without the font the tests still run.
 */
function ensureChromium(): boolean {
  const missing = [...(fs.existsSync('/usr/bin/chromium') ? [] : ['chromium']), ...(fs.existsSync(URDU_FONT) ? [] : ['fonts-noto-core'])];
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    process.stdout.write(`Missing for the browser tests: install with  sudo sh -c '${command}'\n`);
    return fs.existsSync('/usr/bin/chromium');
  }
  const log = path.join(os.tmpdir(), 'umbrella-chromium-install.log');
  process.stdout.write(`\n=== Installing ${missing.join(' and ')} for the browser tests (apt's output: ${log}) ===\n`);
  const fd = fs.openSync(log, 'w');
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: ['ignore', fd, fd], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  const ok = apt(['update']) && apt(['install', '-y', '--no-install-recommends', ...missing]);
  fs.closeSync(fd);
  if (ok && fs.existsSync('/usr/bin/chromium')) return true;
  if (fs.existsSync('/usr/bin/chromium')) return true;
  const tail = fs.readFileSync(log, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
  process.stdout.write(`Installing chromium failed. The end of ${log}:\n${tail}\n`);
  return false;
}

async function main() {
  const started = Date.now();
  check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  check('lint', bin('biome'), ['check', '.']);
  vitest('unit and API tests, embedded database', { TEST_DATABASE_URL: undefined });
  const pgServer = await server();
  if ('url' in pgServer) vitest('API tests, PostgreSQL server', { TEST_DATABASE_URL: pgServer.url });
  else if ('skip' in pgServer) lines.push(`skip API tests on a PostgreSQL server: ${pgServer.skip}`);
  else {
    // Counted as one failure; everything that does not need the server still runs.
    failed++;
    lines.push(`FAIL API tests, PostgreSQL server: ${pgServer.error}`);
    process.stdout.write(`\n=== API tests, PostgreSQL server ===\n${pgServer.error}\n`);
  }
  if ('url' in pgServer) await throughPgBouncer(pgServer.url);
  const built = check('web build', bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  // The parent's first load (issue 6's 120 kB, in every language since issue 16; BENCHMARKS.md "Front end").
  if (built)
    check('bundle budget: parent pages at most 120 kB gzipped JS on first load, in every language', bin('tsx'), ['bench/bundle-size.ts']);
  else {
    failed++;
    lines.push('FAIL bundle budget: not measured, the web build failed');
  }
  if (fs.existsSync('e2e/playwright.config.ts')) {
    if (ensureChromium()) {
      const file = path.join(outDir, 'playwright.json');
      // The config's reporters: the list, the timing report and, given this file, the JSON counts.
      const r = run(
        'browser journeys and accessibility (Playwright, Debian chromium)',
        bin('playwright'),
        ['test', '-c', 'e2e/playwright.config.ts'],
        {
          UMBRELLA_E2E_JSON: file,
        },
      );
      const report = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PlaywrightReport) : null;
      const stats = report?.stats;
      const p = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
      const f = (stats?.unexpected ?? 0) + (!r.ok && !stats?.unexpected ? 1 : 0);
      passed += p;
      failed += f;
      lines.push(`${f ? 'FAIL' : 'ok  '} browser journeys: ${p} passed, ${f} failed (${r.seconds} s)`);
      lines.push(...failedJourneys(report?.suites ?? []));
    } else {
      failed++;
      lines.push('FAIL browser journeys: chromium is not installed');
    }
  }
  process.stdout.write(`\n=== Summary (${((Date.now() - started) / 1000).toFixed(0)} s) ===\n${lines.join('\n')}\n\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  process.stdout.write(`\n${(error as Error).message}\n${passed} passed, ${failed + 1} failed\n`);
  process.exit(1);
});
