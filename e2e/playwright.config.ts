// Browser journeys in Debian's Chromium (never a downloaded browser) against a real Umbrella server
// started on a fresh embedded database with the demo family.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The run's own folder (the server's embedded database in data/, the sign-in codes used): made once by the main process,
// which the workers inherit through the environment, and removed when the main process exits, pass or fail (after
// Playwright has stopped the server).
if (!process.env.UMBRELLA_E2E_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-e2e-'));
  process.env.UMBRELLA_E2E_DIR = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}
const dataDir = path.join(process.env.UMBRELLA_E2E_DIR, 'data');
// A port of its own for each run (chosen once, inherited by the workers), so nothing else listening on a
// fixed port can stop the journeys.
process.env.UMBRELLA_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.UMBRELLA_E2E_PORT);
// The run's SMTP server (e2e/mail-server.ts, started as global setup) on a port of its own, chosen the same way: mail
// leaves the server for real, and the journeys read each message (e2e/mail.ts) from the run's folder.
process.env.UMBRELLA_E2E_SMTP_PORT ??= String(40_000 + Math.floor(Math.random() * 20_000));
const smtpPort = Number(process.env.UMBRELLA_E2E_SMTP_PORT);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A journey signs in (argon2 and a code), opens several pages and runs axe on each new one: each test gets 60 s and
  // the long journeys set their own limit. The timing reporter prints how near each test came to its limit.
  timeout: 60_000,
  globalSetup: './mail-server.ts',
  reporter: [
    ['list'],
    ['./timing-reporter.ts'],
    // npm test (scripts/test-all.ts) reads the counts from here.
    ...(process.env.UMBRELLA_E2E_JSON ? [['json', { outputFile: process.env.UMBRELLA_E2E_JSON }] as ['json', { outputFile: string }]] : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
  ],
  webServer: {
    command: 'node --import tsx server/main.ts',
    cwd: path.resolve(import.meta.dirname, '..'),
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 90_000,
    reuseExistingServer: false,
    env: {
      DATA_DIR: dataDir,
      PORT: String(port),
      LOAD_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // Statements compiled once are checked against a fresh build on every call (server/db/compiled-once.ts).
      UMBRELLA_CHECK_COMPILED: '1',
      DATABASE_URL: '',
      // Mail through the run's SMTP server (README, Mail); the links in it point at this server.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'Umbrella <no-reply@umbrella.test>',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdout: 'pipe',
  },
});
