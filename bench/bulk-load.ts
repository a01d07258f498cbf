// Bulk loading for the generator: rows gathered column by column and written with INSERT … SELECT FROM unnest($1::uuid[], …).
import type pg from 'pg';

export type ColumnType = 'uuid' | 'text' | 'timestamptz' | 'int4' | 'int8' | 'bool' | 'date' | 'jsonb' | 'uuid[]' | 'text[]';

/** Rows for one table, kept as one array per column so they go to the server as a handful of array parameters. */
export class ColumnBatch {
  readonly columns: string[];
  readonly types: ColumnType[];
  data: unknown[][];
  count = 0;
  constructor(
    readonly table: string,
    spec: readonly (readonly [string, ColumnType])[],
  ) {
    this.columns = spec.map(([c]) => c);
    this.types = spec.map(([, t]) => t);
    this.data = spec.map(() => []);
  }
  add(...values: unknown[]): void {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    for (let i = 0; i < values.length; i++) this.data[i]?.push(values[i]);
    this.count++;
  }
  /** Takes the rows gathered so far, leaving the batch empty. */
  take(): unknown[][] {
    const out = this.data;
    this.data = this.columns.map(() => []);
    this.count = 0;
    return out;
  }
}

/** A Postgres array literal for a uuid[] column value. */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
/** A Postgres array literal for a text[] column value of plain words (no quotes, commas or braces). */
export const wordArray = (words: readonly string[]) => `{${words.join(',')}}`;
const isArray = (t: ColumnType | undefined) => t === 'uuid[]' || t === 'text[]';

/** The columns each table has in the target database: the schema grows with other issues, so the generator adapts. */
let knownColumns: Map<string, Set<string>> | undefined;
export async function readSchema(client: pg.ClientBase): Promise<void> {
  const r = await client.query<{ table_name: string; column_name: string }>(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
  );
  knownColumns = new Map();
  for (const row of r.rows) {
    const set = knownColumns.get(row.table_name) ?? new Set<string>();
    set.add(row.column_name);
    knownColumns.set(row.table_name, set);
  }
}

function insertSql(batch: ColumnBatch, keep: number[]): string {
  const cols = keep.map((i) => batch.columns[i] ?? '');
  const params = keep.map((i, n) => {
    const t = batch.types[i];
    return `$${n + 1}::${t === 'jsonb' || isArray(t) ? 'text' : t}[]`;
  });
  const select = keep.map((i) => {
    const c = batch.columns[i];
    const t = batch.types[i];
    return t === 'jsonb' ? `t.${c}::jsonb` : isArray(t) ? `t.${c}::${t}` : `t.${c}`;
  });
  return `INSERT INTO ${batch.table} (${cols.join(', ')}) SELECT ${select.join(', ')} FROM unnest(${params.join(', ')}) AS t(${cols.join(', ')})`;
}

/** Writes the gathered rows in slices of `sliceRows`; returns how many rows were written. */
export async function flush(client: pg.ClientBase, batch: ColumnBatch, sliceRows = 20_000): Promise<number> {
  const n = batch.count;
  if (n === 0) return 0;
  const present = knownColumns?.get(batch.table);
  const keep = batch.columns.map((c, i) => (present && !present.has(c) ? -1 : i)).filter((i) => i >= 0);
  const text = insertSql(batch, keep);
  const all = batch.take();
  const columns = keep.map((i) => all[i] ?? []);
  for (let start = 0; start < n; start += sliceRows) {
    const end = Math.min(n, start + sliceRows);
    await client.query(
      text,
      columns.map((col) => col.slice(start, end)),
    );
  }
  return n;
}
