// Instances starting together on a fresh PostgreSQL server database (issue 12, item 8): migrations, the
// glossary and the demo family are each applied once and no instance fails, round after round.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS } from '../../shared/domain/glossary-terms.ts';
import { loadConfig } from '../config.ts';
import { readMigrations } from '../db/migrate.ts';
import { createServerDatabase } from '../test/test-database.ts';
import { startUmbrella } from '../umbrella.ts';
import { DEMO_CASELOAD_SIZE } from './demo-caseload.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const ROUNDS = 8;
const INSTANCES = 3;

const AUDIT_KEY = 'umbrella-test-audit-key-0123456789abcdef';
// Anything an instance writes beside the database (the audit checkpoints) goes here, not into the working folder.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-start-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function query<T>(fn: (c: pg.Client) => Promise<T>, connectionString: string): Promise<T> {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.runIf(Boolean(serverUrl))('instances starting at once on a fresh server database', () => {
  it(`all start, ${ROUNDS} rounds of ${INSTANCES}, and everything is applied once`, { timeout: 600_000 }, async () => {
    process.env.AUDIT_KEY ??= AUDIT_KEY;
    for (let round = 0; round < ROUNDS; round++) {
      const fresh = await createServerDatabase(serverUrl ?? '');
      try {
        const config = loadConfig({
          DATABASE_URL: fresh.url,
          AUDIT_KEY,
          AUDIT_CHECKPOINT_FILE: path.join(dir, `${fresh.name}.jsonl`),
          PORT: '0',
          LOAD_DEMO: 'true',
          LOG_LEVEL: 'silent',
        });
        const started = await Promise.allSettled(Array.from({ length: INSTANCES }, () => startUmbrella(config)));
        for (const s of started) if (s.status === 'fulfilled') await s.value.stop();
        const failures = started.flatMap((s) => (s.status === 'rejected' ? [String((s.reason as Error).message)] : []));
        expect(failures, `round ${round + 1}`).toEqual([]);
        const counts = await query(
          async (c) =>
            (
              await c.query(`SELECT (SELECT count(*) FROM schema_migrations)::int AS migrations,
                (SELECT count(*) FROM glossary_terms)::int AS terms, (SELECT count(*) FROM families)::int AS families,
                (SELECT count(*) FROM audit_events WHERE action = 'demo.loaded')::int AS demo`)
            ).rows[0],
          fresh.url,
        );
        // The demo family and the Hughes family, and the team caseload the demo start adds (issue 18): each once.
        expect(counts).toEqual({
          migrations: readMigrations().length,
          terms: GLOSSARY_TERMS.length,
          families: 2 + DEMO_CASELOAD_SIZE,
          demo: 1,
        });
      } finally {
        await fresh.drop();
      }
    }
  });
});
