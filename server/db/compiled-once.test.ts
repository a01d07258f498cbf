// Statements compiled once: each call binds its own values, and the check the tests run on every call refuses a
// build that let a value choose the shape or slip in without a placeholder (the leak a cache of statements could cause).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { runCompiled } from './compiled-once.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('statements compiled once', () => {
  it('binds each call’s own values into the one compiled statement', async () => {
    const db = database.db;
    const run = (a: number, b: string) =>
      runCompiled(db, 'test: two values', { a, b }, (v) =>
        db.selectNoFrom([sql<number>`${v.a}::int + 1`.as('n'), sql<string>`${v.b}::text`.as('s')]),
      );
    expect(await run(1, 'x')).toEqual([{ n: 2, s: 'x' }]);
    expect(await run(41, 'y')).toEqual([{ n: 42, s: 'y' }]);
  });

  it('the tests’ check is on (vitest.config.ts sets it), so the refusals below are what every other test runs under', () => {
    expect(process.env.UMBRELLA_CHECK_COMPILED).toBe('1');
  });

  it('refuses a build whose value came from outside `values`: the first caller’s value would be bound for everyone', async () => {
    const db = database.db;
    const run = (captured: string) =>
      runCompiled(db, 'test: a captured value', {}, () => db.selectNoFrom(sql<string>`${captured}::text`.as('s')));
    expect(await run('first')).toEqual([{ s: 'first' }]);
    await expect(run('second')).rejects.toThrow(/binds other values than a fresh build/);
  });

  it('refuses a build whose shape a value chose, as with a list written as in (…)', async () => {
    const db = database.db;
    const run = (ids: string[]) =>
      runCompiled(db, 'test: a list', { ids }, (v) => db.selectFrom('families').select('id').where('id', 'in', v.ids));
    await expect(run(['00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000002'])).rejects.toThrow(
      /differs from a fresh build/,
    );
  });

  it('keeps a constant written into the build, bound the same on every call', async () => {
    const db = database.db;
    const run = (a: number) =>
      runCompiled(db, 'test: a constant', { a }, (v) => db.selectNoFrom([sql<number>`${v.a}::int * ${3}::int`.as('n')]));
    expect(await run(2)).toEqual([{ n: 6 }]);
    expect(await run(5)).toEqual([{ n: 15 }]);
  });
});
