// The pool Kysely uses on a PostgreSQL server: connections in pg's pipeline mode, BEGIN sent together with the
// transaction's first statement (one round trip fewer), and statements prepared once per connection.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const TRANSACTION_CONTROL = /^\s*(begin|start|commit|rollback|savepoint|release|end|abort)\b/i;
/** Distinct statements prepared by name; beyond this (say, ever-longer IN lists) they run unnamed. */
const MAX_PREPARED = 1000;

type Query = PostgresPoolClient['query'];

/**
 * Wraps a pg pool whose clients were made with `pipeline: true` (each query is written at once, answers come
 * back in order). Kysely awaits BEGIN before running the transaction's work; here that await returns at once
 * and BEGIN goes out on the wire ahead of the next statement. That statement's result is released only after
 * BEGIN's own answer, so a failed BEGIN still fails the transaction where it started.
 */
export function deferringBegin(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  // The same text always gets the same name, so each connection parses and plans a statement once and
  // PostgreSQL can reuse the plan: planning was most of the database's time for these short statements.
  const names = new Map<string, string>();
  const nameFor = (text: string) => {
    let name = names.get(text);
    if (!name && names.size < MAX_PREPARED && !TRANSACTION_CONTROL.test(text)) {
      name = `umbrella_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    options: pool.options,
    async connect() {
      const client = await pool.connect();
      let connection = wrapped.get(client);
      if (!connection) {
        connection = wrap(client, nameFor);
        wrapped.set(client, connection);
      }
      return connection;
    },
    end: () => pool.end(),
  };
}

function wrap(client: pg.PoolClient, nameFor: (text: string) => string | undefined): PostgresPoolClient {
  let begun: Promise<unknown> | null = null;
  const query = ((text: unknown, parameters?: readonly unknown[]) => {
    // A cursor (streaming) is not a string: pass it through untouched (pipeline mode refuses it anyway).
    if (typeof text !== 'string') return client.query(text as never);
    if (BEGIN.test(text) && !parameters?.length && !begun) {
      begun = client.query(text);
      // Its outcome is reported with the next statement's (below); never as an unhandled rejection.
      begun.catch(() => {});
      return Promise.resolve({ command: 'BEGIN', rowCount: null, rows: [] });
    }
    const name = nameFor(text);
    const sent = name ? client.query({ name, text, values: parameters as unknown[] }) : client.query(text, parameters as unknown[]);
    if (!begun) return sent;
    const before = begun;
    begun = null;
    // Promise.all observes both, so whichever fails first is the error and neither is left unhandled.
    return Promise.all([before, sent]).then(([, result]) => result);
  }) as Query;
  return {
    query,
    get processID() {
      return (client as { processID?: number }).processID;
    },
    // Kysely passes true to drop a connection it could not roll back.
    release(destroy?: boolean) {
      begun = null;
      client.release(destroy);
    },
  } as PostgresPoolClient;
}
