// Unit and API tests (Vitest). API tests run on the embedded database, or on the PostgreSQL server
// named by TEST_DATABASE_URL; the browser journeys are Playwright's (e2e/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './web/i18n/messages.plugin.ts';

export default defineConfig({
  // The family's languages as the web build makes them (web/i18n/messages.plugin.ts).
  plugins: [messagesPlugin(fileURLToPath(new URL('./shared/i18n/locales', import.meta.url)))],
  test: {
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'web/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Every statement compiled once (server/db/compiled-once.ts) is also built afresh and compared on every call.
    env: { UMBRELLA_CHECK_COMPILED: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
