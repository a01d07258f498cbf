// Prints, at the end of a run, the browser tests that came nearest their time limit, with how much of the time went
// on axe scans, on signing in and on screenshots (the steps named by e2e/helpers.ts). It only reports: it fails nothing.
import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';

type Row = {
  name: string;
  seconds: number;
  limit: number;
  axe: number;
  scans: number;
  skipped: number;
  signIn: number;
  signIns: number;
  kept: number;
  shots: number;
  shotSeconds: number;
};

const SHOWN = 10;

/** The helpers' own steps, however deep (a scan inside a sign-in counts as both). */
function* ownSteps(steps: TestStep[]): Generator<TestStep> {
  for (const step of steps) {
    if (step.category === 'test.step') yield step;
    yield* ownSteps(step.steps);
  }
}

export default class TimingReporter implements Reporter {
  private rows: Row[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped' || result.status === 'interrupted') return;
    const row: Row = {
      name: `[${test.parent.project()?.name ?? ''}] ${test.location.file.split(/[\\/]/).pop()} › ${test.title}`,
      seconds: result.duration / 1000,
      // The limit the test ended with (after test.slow(), test.setTimeout() or a wait for a sign-in code).
      limit: test.timeout / 1000,
      axe: 0,
      scans: 0,
      skipped: 0,
      signIn: 0,
      signIns: 0,
      kept: 0,
      shots: 0,
      shotSeconds: 0,
    };
    for (const step of ownSteps(result.steps)) {
      if (step.title.startsWith('axe: ')) {
        if (step.title.endsWith(' already scanned')) row.skipped++;
        else {
          row.scans++;
          row.axe += step.duration / 1000;
        }
      } else if (step.title.startsWith('sign in as ')) {
        row.signIns++;
        row.signIn += step.duration / 1000;
        // Opening the app with a session the worker kept (e2e/helpers.ts) rather than through the sign-in pages.
        if (step.title.endsWith('(the session this worker kept)')) row.kept++;
      } else if (step.title.startsWith('screenshot: ')) {
        row.shots++;
        row.shotSeconds += step.duration / 1000;
      }
    }
    this.rows.push(row);
  }

  onEnd(_result: FullResult) {
    if (this.rows.length === 0) return;
    const share = (r: Row) => (r.limit > 0 ? r.seconds / r.limit : 0);
    const sorted = [...this.rows].sort((a, b) => share(b) - share(a));
    const pct = (r: Row) => `${Math.round(share(r) * 100)}%`.padStart(4);
    const lines = sorted
      .slice(0, SHOWN)
      .map(
        (r) =>
          `  ${pct(r)}  ${r.seconds.toFixed(1).padStart(5)} s of ${String(r.limit).padStart(3)} s  ${r.name}\n` +
          `                          axe ${r.axe.toFixed(1)} s in ${r.scans} ${r.scans === 1 ? 'scan' : 'scans'}, ${r.skipped} already scanned; ` +
          `sign-in ${r.signIn.toFixed(1)} s in ${r.signIns} (${r.kept} with a kept session)`,
      );
    const total = (pick: (r: Row) => number) => this.rows.reduce((sum, r) => sum + pick(r), 0);
    const overHalf = this.rows.filter((r) => share(r) > 0.5).length;
    process.stdout.write(
      `\nBrowser tests nearest their time limit (${this.rows.length} tests; ${overHalf} used more than half of their limit):\n` +
        `${lines.join('\n')}\n` +
        `  In all: ${total((r) => r.seconds).toFixed(0)} s of tests, axe ${total((r) => r.axe).toFixed(0)} s in ${total((r) => r.scans)} scans ` +
        `(${total((r) => r.skipped)} more found already scanned), signing in ${total((r) => r.signIn).toFixed(0)} s ` +
        `(${total((r) => r.signIns)} sign-ins, ${total((r) => r.kept)} of them with a session the worker kept)` +
        `${total((r) => r.shots) ? `, screenshots ${total((r) => r.shotSeconds).toFixed(0)} s in ${total((r) => r.shots)}` : ''}.\n`,
    );
  }

  printsToStdio() {
    return true;
  }
}
