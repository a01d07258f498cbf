// The pool Kysely uses on a PostgreSQL server: connections in pg's pipeline mode, BEGIN sent together with the
// transaction's first statement (one round trip fewer), a connection's writes sent once per turn of the event loop, and
// statements prepared once per connection.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const COMMIT = /^\s*(commit|end)\b/i;
const ROLLBACK = /^\s*(rollback|abort)\b/i;
const READ_ONLY = /\bread\s+only\b/i;
const NO_ROWS = { command: 'COMMIT', rowCount: null, rows: [] };
/**
 * Marks a transaction's last statement (the audit event withFamily writes): COMMIT is written right behind
 * it and Kysely's own COMMIT is answered from that one. If the statement fails, PostgreSQL turns that
 * COMMIT into a rollback, so nothing is committed without it.
 */
export const THEN_COMMIT = '/* umbrella:then-commit */';
const TRANSACTION_CONTROL = /^\s*(begin|start|commit|rollback|savepoint|release|end|abort)\b/i;
/** Distinct statements prepared by name; beyond this (say, ever-longer IN lists) they run unnamed. */
const MAX_PREPARED = 1000;

type Query = PostgresPoolClient['query'];

/**
 * Wraps a pg pool whose clients were made with `pipeline: true` (each query is written at once, answers come
 * back in order). Kysely awaits BEGIN before running the transaction's work; here that await returns at once,
 * and BEGIN is written together with the transaction's first statement (one socket write, one round trip).
 * That statement's result is released only after BEGIN's own answer, so a failed BEGIN fails it.
 */
export function deferringBegin(pool: pg.Pool, options: { preparedStatements?: 'named' | 'unnamed' } = {}): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  // The same text always gets the same name, so each connection parses and plans a statement once and
  // PostgreSQL can reuse the plan: planning was most of the database's time for these short statements.
  const names = new Map<string, string>();
  // Unnamed: behind a pooler in transaction mode each transaction may land on another server connection, where a
  // statement prepared by name on the first one does not exist (README, "A connection pooler").
  const named = options.preparedStatements !== 'unnamed';
  const nameFor = (text: string) => {
    if (!named) return undefined;
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

type Socket = { cork?: () => void; uncork?: () => void };

function wrap(client: pg.PoolClient, nameFor: (text: string) => string | undefined): PostgresPoolClient {
  // BEGIN waits here (unsent) until the transaction's first statement, then both go out in one write.
  let begin: string | null = null;
  // The COMMIT already sent behind a THEN_COMMIT statement, to answer Kysely's COMMIT with.
  let committed: Promise<unknown> | null = null;
  // The transaction began READ ONLY (readFamily): PostgreSQL refused any write in it.
  let readOnly = false;
  const socket = () => (client as unknown as { connection?: { stream?: Socket } }).connection?.stream;
  // Writes held until the end of this turn of the event loop, then sent in one system call: each statement used to be
  // written on its own (three or four writes a statement), and those writes were a third of the app's CPU (issue 22).
  // setImmediate runs right after the turn's input has been read, so many requests' statements share one write, and
  // none waits longer than the turn it was made in.
  let holding = false;
  const holdWrites = () => {
    if (holding) return;
    const stream = socket();
    if (!stream?.cork || !stream.uncork) return;
    stream.cork();
    holding = true;
    setImmediate(() => {
      holding = false;
      stream.uncork?.();
    });
  };
  const query = ((text: unknown, parameters?: readonly unknown[]) => {
    // A cursor (streaming) is not a string: pass it through untouched (pipeline mode refuses it anyway).
    if (typeof text !== 'string') return client.query(text as never);
    holdWrites();
    if (committed) {
      const outcome = committed;
      committed = null;
      if (COMMIT.test(text)) return outcome;
      // After a failed last statement Kysely rolls back: the transaction has ended already, so this is harmless.
      if (ROLLBACK.test(text)) return client.query(text);
      return Promise.reject(new Error('A statement came after the one marked as the transaction’s last; it was not sent.'));
    }
    if (BEGIN.test(text) && !parameters?.length && begin === null) {
      begin = text;
      readOnly = READ_ONLY.test(text);
      return Promise.resolve({ command: 'BEGIN', rowCount: null, rows: [] });
    }
    if (readOnly && (COMMIT.test(text) || ROLLBACK.test(text))) {
      readOnly = false;
      // Nothing was sent: there is no transaction to end.
      if (begin !== null) {
        begin = null;
        return Promise.resolve(NO_ROWS);
      }
      // A read-only transaction wrote nothing, so there is nothing its COMMIT could fail to keep: it is written
      // and not waited for. The connection's next statement queues behind it (pipeline mode answers in order).
      client.query(text).catch(() => {});
      return Promise.resolve(NO_ROWS);
    }
    const name = nameFor(text);
    const send = () => (name ? client.query({ name, text, values: parameters as unknown[] }) : client.query(text, parameters as unknown[]));
    const last = text.startsWith(THEN_COMMIT);
    if (begin === null && !last) return send();
    const stream = socket();
    stream?.cork?.();
    const pending: Promise<unknown>[] = [];
    try {
      if (begin !== null) pending.push(client.query(begin));
      pending.push(send());
      if (last) {
        committed = client.query('COMMIT');
        // Its outcome is Kysely's when it commits; until then it must not count as unhandled.
        committed.catch(() => {});
      }
    } finally {
      begin = null;
      stream?.uncork?.();
    }
    // Promise.all observes all, so a failed BEGIN is this statement's error and nothing is left unhandled.
    return Promise.all(pending).then((results) => results.at(-1));
  }) as Query;
  return {
    query,
    get processID() {
      return (client as { processID?: number }).processID;
    },
    // Kysely passes true to drop a connection it could not roll back.
    release(destroy?: boolean) {
      begin = null;
      committed = null;
      readOnly = false;
      client.release(destroy);
    },
  } as PostgresPoolClient;
}
