// Forward-only migrations: applied once in order with a checksum; an edited or vanished applied
// migration stops start-up with a message that says what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { MigrationError, migrate, readMigrations } from './migrate.ts';

let database: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-migrations-'));
beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function withOwner<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  it('the real migrations are named NNNN_verb_object.sql and apply cleanly', () => {
    const names = readMigrations().map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^\d{4}_[a-z]+_[a-z0-9_]+\.sql$/);
  });

  it('applies pending migrations once, in order, recording a checksum', async () => {
    fs.writeFileSync(path.join(dir, '0001_create_things.sql'), 'CREATE TABLE things (id int PRIMARY KEY);');
    fs.writeFileSync(path.join(dir, '0002_add_thing_name.sql'), 'ALTER TABLE things ADD COLUMN name text;');
    expect(await withOwner((c) => migrate(c, dir))).toEqual(['0001_create_things.sql', '0002_add_thing_name.sql']);
    expect(await withOwner((c) => migrate(c, dir))).toEqual([]);
    const rows = await database.asOwner('SELECT name, checksum FROM schema_migrations ORDER BY name');
    expect(rows.rows.map((r) => r.name)).toEqual(['0001_create_things.sql', '0002_add_thing_name.sql']);
    expect(rows.rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rolls back a failing migration entirely and reports it', async () => {
    fs.writeFileSync(path.join(dir, '0003_add_broken.sql'), 'CREATE TABLE half_done (id int); SELECT no_such_function();');
    await expect(withOwner((c) => migrate(c, dir))).rejects.toThrow(/0003_add_broken.sql failed and was rolled back/);
    const t = await database.asOwner("SELECT to_regclass('half_done') AS t");
    expect(t.rows[0].t).toBeNull();
    fs.rmSync(path.join(dir, '0003_add_broken.sql'));
  });

  it('refuses to start when an applied migration has been edited', async () => {
    fs.writeFileSync(path.join(dir, '0001_create_things.sql'), 'CREATE TABLE things (id bigint PRIMARY KEY);');
    const attempt = withOwner((c) => migrate(c, dir));
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(withOwner((c) => migrate(c, dir))).rejects.toThrow(/0001_create_things.sql has been edited since it was applied/);
  });

  it('refuses to start when an applied migration file has vanished', async () => {
    fs.writeFileSync(path.join(dir, '0001_create_things.sql'), 'CREATE TABLE things (id int PRIMARY KEY);');
    fs.rmSync(path.join(dir, '0002_add_thing_name.sql'));
    await expect(withOwner((c) => migrate(c, dir))).rejects.toThrow(/0002_add_thing_name.sql was applied .* file is missing/);
  });
});
