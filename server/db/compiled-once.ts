// Statements built with Kysely once and then only bound: building and compiling a query was a quarter of the app's CPU
// per request (issue 22). A statement of fixed shape is compiled the first time with placeholders for its values; each
// later call puts this call's values in their places. In tests every call is also built afresh and compared, so a build
// that let a value shape its text, or hid a value where no placeholder reaches, fails loudly instead of leaking.
import { type Compilable, CompiledQuery } from 'kysely';
import type { Db, Tx } from './database.ts';

/** Where a value of this call goes in a statement compiled once. */
class Placeholder {
  constructor(readonly name: string) {}
}

type Compiled = { sql: string; parameters: readonly unknown[] };
const compiled = new Map<string, Compiled>();

/**
 * Tests check every call against a fresh build (UMBRELLA_CHECK_COMPILED=1, set by the test setup); production does not,
 * which is the point. Read once, when this module loads: each read of process.env calls into the C library (getenv), and
 * this is asked on every statement.
 */
const checkingEveryCall = process.env.UMBRELLA_CHECK_COMPILED === '1';

/** The values as placeholders: what `build` sees the first time, so each value used becomes a parameter. */
function placeholders<V extends Record<string, unknown>>(): V {
  return new Proxy({} as V, { get: (_target, name) => (typeof name === 'string' ? new Placeholder(name) : undefined) });
}

/**
 * Runs the statement `build` makes for `values`, compiled once per `key`. Rules for `build` (checked in tests):
 * every value of the call comes from `values` and is used only as a value (never to choose the statement's shape; a
 * list as one array parameter, `= any(…)`, not `in (…)`), and `key` names every choice of shape made outside `values`.
 */
export async function runCompiled<O, V extends Record<string, unknown>>(
  db: Db | Tx,
  key: string,
  values: V,
  build: (values: V) => Compilable<O>,
): Promise<O[]> {
  let statement = compiled.get(key);
  if (!statement) {
    const c = build(placeholders<V>()).compile();
    statement = { sql: c.sql, parameters: c.parameters };
    compiled.set(key, statement);
  }
  const parameters = statement.parameters.map((p) => (p instanceof Placeholder ? values[p.name] : p));
  if (checkingEveryCall) checkAgainstFreshBuild(key, statement.sql, parameters, build(values).compile());
  const result = await db.executeQuery<O>(CompiledQuery.raw(statement.sql, parameters as unknown[]));
  return result.rows;
}

function checkAgainstFreshBuild(key: string, sql: string, parameters: readonly unknown[], fresh: Compiled) {
  if (fresh.sql !== sql) {
    throw new Error(`Statement "${key}" compiled once differs from a fresh build: a value chose its shape, or the key misses a choice.`);
  }
  const same =
    fresh.parameters.length === parameters.length &&
    fresh.parameters.every((p, i) => p === parameters[i] || JSON.stringify(p) === JSON.stringify(parameters[i]));
  if (!same) {
    throw new Error(`Statement "${key}" compiled once binds other values than a fresh build: a value reached it without a placeholder.`);
  }
}
