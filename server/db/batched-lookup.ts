// Lookups by key made during one turn of the event loop, answered together by one statement (issue 22): each request's
// first statement (its session) was a round trip of its own, and round trips were most of the app's and PostgreSQL's CPU.
// Nothing is cached: every lookup is read from the database after it was asked for, exactly as fresh as one on its own.

/** Up to this many keys go in one statement; more in the same turn start another. */
export const MAX_BATCH = 100;

type Waiting<V> = { resolve: (value: V | undefined) => void; reject: (error: unknown) => void };

/**
 * Returns a function that looks up one key. Keys asked for in the same turn are collected and `load` is called once,
 * after the turn's input has been read (setImmediate), with the distinct keys; each caller gets its key's value, or
 * undefined when `load` found none. If `load` fails, every caller in that batch gets its error.
 */
export function batchedLookup<K, V>(load: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  let batch: Map<K, Waiting<V>[]> | null = null;
  const send = (keys: Map<K, Waiting<V>[]>) => {
    load([...keys.keys()]).then(
      (found) => {
        for (const [key, waiting] of keys) for (const w of waiting) w.resolve(found.get(key));
      },
      (error: unknown) => {
        for (const waiting of keys.values()) for (const w of waiting) w.reject(error);
      },
    );
  };
  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      if (!batch) {
        const mine = new Map<K, Waiting<V>[]>();
        batch = mine;
        setImmediate(() => {
          if (batch === mine) batch = null;
          send(mine);
        });
      }
      const current = batch;
      const waiting = current.get(key);
      if (waiting) waiting.push({ resolve, reject });
      else current.set(key, [{ resolve, reject }]);
      // A full batch is closed (it still goes out on its turn's setImmediate); the next key starts another.
      if (current.size >= MAX_BATCH) batch = null;
    });
}
