// Forward-only SQL migrations: applied in name order, each in its own transaction, recorded with a
// checksum; an applied migration whose file has changed or vanished stops start-up.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export class MigrationError extends Error {}

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies pending migrations. The client must connect as the schema owner (not the app role). */
export async function migrate(client: pg.ClientBase, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  // Two app instances starting together must not both apply the same migration, nor both create the table
  // that records them (CREATE TABLE IF NOT EXISTS is not safe against itself): the lock comes before any DDL.
  // It is held by this session, across the migrations' own transactions, and released below.
  await client.query('SELECT pg_advisory_lock(7305001)');
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations ORDER BY name');
    const byName = new Map(migrations.map((m) => [m.name, m]));
    for (const row of applied.rows) {
      const file = byName.get(row.name);
      if (!file) {
        throw new MigrationError(
          `Migration ${row.name} was applied to this database but its file is missing from server/db/migrations. ` +
            'Migrations are forward-only: restore the file and add a new migration for any change.',
        );
      }
      if (file.checksum !== row.checksum) {
        throw new MigrationError(
          `Migration ${row.name} has been edited since it was applied to this database ` +
            `(checksum was ${row.checksum.slice(0, 12)}…, file is now ${file.checksum.slice(0, 12)}…). ` +
            'Migrations are forward-only: undo the edit and put the change in a new migration file.',
        );
      }
    }
    const done = new Set(applied.rows.map((r) => r.name));
    const newlyApplied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
      }
      newlyApplied.push(m.name);
    }
    return newlyApplied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(7305001)');
  }
}
