// Lookups of one turn answered by one load, each with its own key's value; a failed load fails only its own batch.
import { describe, expect, it } from 'vitest';
import { batchedLookup, MAX_BATCH } from './batched-lookup.ts';

describe('batchedLookup', () => {
  it('answers the lookups of one turn with one load of their distinct keys, each with its own value', async () => {
    const loads: string[][] = [];
    const find = batchedLookup(async (keys: string[]) => {
      loads.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, `value of ${k}`]));
    });
    const answers = await Promise.all([find('a'), find('b'), find('a'), find('missing')]);
    expect(answers).toEqual(['value of a', 'value of b', 'value of a', undefined]);
    expect(loads).toEqual([['a', 'b', 'missing']]);
    // A later turn is a load of its own: nothing is kept between them.
    expect(await find('a')).toBe('value of a');
    expect(loads).toHaveLength(2);
  });

  it('starts another load beyond MAX_BATCH keys', async () => {
    const sizes: number[] = [];
    const find = batchedLookup(async (keys: number[]) => {
      sizes.push(keys.length);
      return new Map(keys.map((k) => [k, k * 2]));
    });
    const keys = Array.from({ length: MAX_BATCH + 5 }, (_, i) => i);
    expect(await Promise.all(keys.map(find))).toEqual(keys.map((k) => k * 2));
    expect(sizes).toEqual([MAX_BATCH, 5]);
  });

  it("a failed load fails every lookup of its batch, and the next turn's load is tried afresh", async () => {
    let fail = true;
    const find = batchedLookup(async (keys: string[]) => {
      if (fail) throw new Error('database gone');
      return new Map(keys.map((k) => [k, k]));
    });
    const results = await Promise.allSettled([find('a'), find('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await find('a')).toBe('a');
  });
});
