// Holds the migrated schema to the Citus plan (distribution.ts): read from the catalogue, every rule a distributed
// PostgreSQL keyed by family needs, and each rule shown to fail on a schema or plan that breaks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { CHANGES_AT_THE_MOVE, citusCalls, DISTRIBUTION, type Placement } from './distribution.ts';

type Catalogue = {
  /** table → column → NOT NULL */
  tables: Map<string, Map<string, boolean>>;
  /** Primary keys and unique indexes, with their key columns (an expression counts as no column). */
  uniques: { table: string; name: string; columns: string[] }[];
  /** Foreign keys, with their columns in matching order on both sides. */
  fks: { table: string; name: string; target: string; from: string[]; to: string[] }[];
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function readCatalogue(): Promise<Catalogue> {
  const inSchema = `n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;
  const columns = await database.asOwner(`
    SELECT c.relname AS table, a.attname::text AS column, a.attnotnull AS not_null
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE ${inSchema}`);
  const uniques = await database.asOwner(`
    SELECT c.relname AS table, i.relname AS name,
      ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
        WHERE k.n <= x.indnkeyatts ORDER BY k.n) AS columns
    FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE x.indisunique AND ${inSchema}`);
  const fks = await database.asOwner(`
    SELECT c.relname AS table, f.conname AS name, t.relname AS target,
      ARRAY(SELECT a.attname::text FROM unnest(f.conkey) WITH ORDINALITY k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS "from",
      ARRAY(SELECT a.attname::text FROM unnest(f.confkey) WITH ORDINALITY k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "to"
    FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class t ON t.oid = f.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE f.contype = 'f' AND ${inSchema}`);
  const tables = new Map<string, Map<string, boolean>>();
  for (const r of columns.rows) {
    if (!tables.has(r.table)) tables.set(r.table, new Map());
    tables.get(r.table)?.set(r.column, r.not_null);
  }
  return { tables, uniques: uniques.rows, fks: fks.rows };
}

/** Where a table's rows are placed on a distributed database: its co-location group, if it is distributed. */
function group(table: string, p: Placement | undefined): string | null {
  if (p?.kind === 'family') return 'families';
  if (p?.kind === 'own key') return p.colocateWith ?? table;
  return null;
}

/** Every way the schema breaks the plan, one line each: `<rule> <table>[.<constraint>]`. */
function breaches(catalogue: Catalogue, plan: Record<string, Placement>): string[] {
  const found: string[] = [];
  for (const table of catalogue.tables.keys()) if (!plan[table]) found.push(`unplanned ${table}`);
  for (const table of Object.keys(plan)) if (!catalogue.tables.has(table)) found.push(`not-in-schema ${table}`);
  const column = (table: string) => {
    const p = plan[table];
    return p?.kind === 'family' || p?.kind === 'own key' ? p.column : null;
  };
  for (const [table, p] of Object.entries(plan)) {
    if ((p.kind === 'family' || p.kind === 'own key') && catalogue.tables.get(table)?.get(p.column) !== true)
      found.push(`${p.kind === 'family' ? 'family' : 'own-key'}-column ${table}`);
  }
  for (const u of catalogue.uniques) {
    const c = column(u.table);
    if (c && !u.columns.includes(c)) found.push(`unique ${u.table}.${u.name}`);
  }
  for (const fk of catalogue.fks) {
    const from = plan[fk.table];
    const to = plan[fk.target];
    if (!from || !to) continue;
    const where = `${fk.table}.${fk.name}`;
    // Both ends co-located, and the distribution columns matched with each other: the rows are on one shard.
    const sameShard =
      group(fk.table, from) !== null &&
      group(fk.table, from) === group(fk.target, to) &&
      fk.from.some((c, i) => c === column(fk.table) && fk.to[i] === column(fk.target));
    if (from.kind === 'family') {
      if (to.kind === 'family' && !sameShard) found.push(`family-fk-unmatched ${where}`);
      else if (to.kind !== 'family' && to.kind !== 'reference') found.push(`family-points-elsewhere ${where}`);
    } else if (from.kind === 'reference') {
      if (to.kind !== 'reference') found.push(`reference-points-elsewhere ${where}`);
    } else if (from.kind === 'own key') {
      if (to.kind !== 'reference' && !sameShard) found.push(`own-key-points-elsewhere ${where}`);
    } else if (fk.table !== fk.target) found.push(`coordinator-points-elsewhere ${where}`);
  }
  return found.sort();
}

/** Changes the schema as the owner, checks, and changes it back (the database is this file's own). */
async function whileChanged(ddl: string, undo: string, check: () => Promise<void>) {
  await database.asOwner(ddl);
  try {
    await check();
  } finally {
    await database.asOwner(undo);
  }
}

describe('the Citus plan (distribution.ts)', () => {
  it('the migrated schema keeps to it, apart from the changes listed for the move', async () => {
    const found = breaches(await readCatalogue(), DISTRIBUTION);
    // A new breach fails here; so does a listed one that is gone (take it off the list).
    expect(found).toEqual(Object.keys(CHANGES_AT_THE_MOVE).sort());
  });

  it('has every table of the schema once (74 when written)', async () => {
    const catalogue = await readCatalogue();
    expect(Object.keys(DISTRIBUTION).sort()).toEqual([...catalogue.tables.keys()].sort());
  });

  it('moves a table only after the tables it points at (the Citus calls, in order)', async () => {
    const calls = citusCalls();
    const at = (table: string) => calls.findIndex((c) => c.includes(`('${table}'`));
    expect(calls).toHaveLength(Object.values(DISTRIBUTION).filter((p) => p.kind !== 'coordinator').length);
    const late = (await readCatalogue()).fks
      .filter((fk) => fk.table !== fk.target && !CHANGES_AT_THE_MOVE[`reference-points-elsewhere ${fk.table}.${fk.name}`])
      .filter((fk) => !CHANGES_AT_THE_MOVE[`own-key-points-elsewhere ${fk.table}.${fk.name}`])
      .filter((fk) => at(fk.target) > at(fk.table))
      .map((fk) => `${fk.table}.${fk.name}`);
    // Staff and teams point at each other: that one foreign key is dropped before the two calls and added after.
    expect(late).toEqual(['teams.teams_duty_staff_id_fkey']);
  });

  describe('each rule fails when broken', () => {
    it('a table in no category, or planned but not in the schema', async () => {
      await whileChanged('CREATE TABLE stray_things (id uuid PRIMARY KEY)', 'DROP TABLE stray_things', async () => {
        expect(breaches(await readCatalogue(), DISTRIBUTION)).toContain('unplanned stray_things');
      });
      const plan: Record<string, Placement> = { ...DISTRIBUTION, ghosts: { kind: 'reference', reason: 'not a table' } };
      expect(breaches(await readCatalogue(), plan)).toContain('not-in-schema ghosts');
    });

    it('a family table without a NOT NULL family_id', async () => {
      const plan: Record<string, Placement> = {
        ...DISTRIBUTION,
        sessions: { kind: 'family', column: 'family_id', reason: 'wrong on purpose' },
        notifications: { kind: 'family', column: 'family_id', reason: 'wrong on purpose: nullable' },
      };
      const found = breaches(await readCatalogue(), plan);
      expect(found).toContain('family-column sessions');
      expect(found).toContain('family-column notifications');
    });

    it('a primary key or unique index of a family table without family_id', async () => {
      await whileChanged('CREATE UNIQUE INDEX needs_stray_idx ON needs (id)', 'DROP INDEX needs_stray_idx', async () => {
        expect(breaches(await readCatalogue(), DISTRIBUTION)).toContain('unique needs.needs_stray_idx');
      });
    });

    it('a foreign key between family tables whose family_id is not matched on both sides', async () => {
      // family_id on both sides, but against the other side's id: the rows may be on two shards.
      await whileChanged(
        'ALTER TABLE feedback ADD CONSTRAINT feedback_stray_fkey FOREIGN KEY (ask_id, family_id) REFERENCES feedback_asks (family_id, id)',
        'ALTER TABLE feedback DROP CONSTRAINT feedback_stray_fkey',
        async () => {
          expect(breaches(await readCatalogue(), DISTRIBUTION)).toContain('family-fk-unmatched feedback.feedback_stray_fkey');
        },
      );
    });

    it('a foreign key from a family table to a table neither reference nor co-located', async () => {
      await whileChanged(
        'ALTER TABLE needs ADD COLUMN stray_session text CONSTRAINT needs_stray_fkey REFERENCES sessions (id)',
        'ALTER TABLE needs DROP COLUMN stray_session',
        async () => {
          expect(breaches(await readCatalogue(), DISTRIBUTION)).toContain('family-points-elsewhere needs.needs_stray_fkey');
        },
      );
    });

    it('a foreign key from a reference table to a distributed table', async () => {
      await whileChanged(
        'ALTER TABLE teams ADD COLUMN stray_family uuid CONSTRAINT teams_stray_fkey REFERENCES families (id)',
        'ALTER TABLE teams DROP COLUMN stray_family',
        async () => {
          expect(breaches(await readCatalogue(), DISTRIBUTION)).toContain('reference-points-elsewhere teams.teams_stray_fkey');
        },
      );
    });

    it('a unique index of an own-key table without its distribution column, or a foreign key off its shard', async () => {
      await whileChanged(
        `CREATE UNIQUE INDEX sessions_stray_idx ON sessions (account_id, csrf_token);
         ALTER TABLE sessions ADD COLUMN stray_family uuid CONSTRAINT sessions_stray_fkey REFERENCES families (id)`,
        'DROP INDEX sessions_stray_idx; ALTER TABLE sessions DROP COLUMN stray_family',
        async () => {
          const found = breaches(await readCatalogue(), DISTRIBUTION);
          expect(found).toContain('unique sessions.sessions_stray_idx');
          expect(found).toContain('own-key-points-elsewhere sessions.sessions_stray_fkey');
        },
      );
    });
  });
});
