// Group commit: callers in one turn share a batch, nobody is released before their batch is written, and a failed
// batch fails every caller in it (and only them).
import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('group commit', () => {
  it('writes the callers of one turn as one batch and releases them only after it is written', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const g = groupCommit<number>(
      async (items) => {
        batches.push(items);
        await gate.promise;
      },
      { maxInFlight: 1, maxBatch: 100 },
    );
    let released = 0;
    const all = [1, 2, 3].map((n) => g.add(n).then(() => released++));
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1, 2, 3]]);
    expect(released).toBe(0);
    gate.resolve();
    await Promise.all(all);
    expect(released).toBe(3);
  });

  it('gathers what arrives while a batch is being written into the next one, within the limits', async () => {
    const batches: number[][] = [];
    const gates = [deferred(), deferred(), deferred()];
    const g = groupCommit<number>(
      async (items) => {
        const gate = gates[batches.length];
        batches.push(items);
        await gate?.promise;
      },
      { maxInFlight: 1, maxBatch: 2 },
    );
    const first = g.add(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map((n) => g.add(n));
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1]]);
    gates[0]?.resolve();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1], [2, 3]]);
    gates[1]?.resolve();
    gates[2]?.resolve();
    await Promise.all(later);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('fails every caller of a failed batch, and only them', async () => {
    let calls = 0;
    const g = groupCommit<string>(
      async () => {
        calls++;
        if (calls === 1) throw new Error('disk full');
      },
      { maxInFlight: 1, maxBatch: 10 },
    );
    const failed = [g.add('a'), g.add('b')].map((p) =>
      p.then(
        () => 'ok',
        (e: Error) => e.message,
      ),
    );
    expect(await Promise.all(failed)).toEqual(['disk full', 'disk full']);
    await expect(g.add('c')).resolves.toBeUndefined();
  });
});
