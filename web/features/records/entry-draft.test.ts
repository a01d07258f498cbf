// The draft's idempotency keys: the same words go with the same key (one entry however often they are sent); words
// changed after a failed save go with a new key, so the edit is saved rather than answered with the earlier entry.
import { describe, expect, it } from 'vitest';
import { type EntryDraft, forgetKey, keyForSave, newDraft, requestDigest } from './entry-draft.ts';

let n = 0;
const nextKey = () => `key-${++n}`;
const draft = (): EntryDraft => ({ ...newDraft(), idempotencyKey: 'key-first' });
const body = (text: string, withholding?: object) => ({ kind: 'home_visit', text, presentPersonIds: [], withholding });

describe('the key a save is sent with', () => {
  it('is the draft’s own key the first time', () => {
    const d = keyForSave(draft(), requestDigest(body('A')), nextKey);
    expect(d.idempotencyKey).toBe('key-first');
    expect(d.sent).toEqual([{ content: requestDigest(body('A')), key: 'key-first' }]);
  });

  it('stays the same when the same words are sent again (a retry after a lost answer)', () => {
    const once = keyForSave(draft(), requestDigest(body('A')), nextKey);
    const twice = keyForSave(once, requestDigest(body('A')), nextKey);
    expect(twice.idempotencyKey).toBe('key-first');
    expect(twice.sent).toHaveLength(1);
  });

  it('is new when the words changed after a failed save, or only a withholding was added', () => {
    const a = keyForSave(draft(), requestDigest(body('A')), nextKey);
    const edited = keyForSave(a, requestDigest(body('A edited')), nextKey);
    expect(edited.idempotencyKey).not.toBe('key-first');
    const withheld = keyForSave(a, requestDigest(body('A', { scope: 'whole', reason: 'third_party' })), nextKey);
    expect(withheld.idempotencyKey).not.toBe('key-first');
  });

  it('goes back to the earlier key when the words are changed back, so that save still makes one entry', () => {
    const a = keyForSave(draft(), requestDigest(body('A')), nextKey);
    const b = keyForSave(a, requestDigest(body('B')), nextKey);
    const backToA = keyForSave(b, requestDigest(body('A')), nextKey);
    expect(backToA.idempotencyKey).toBe('key-first');
    expect(backToA.sent.map((s) => s.key)).toEqual(['key-first', b.idempotencyKey]);
  });

  it('is forgotten once the server says it was used for other words (422), so the next save makes its own entry', () => {
    const a = keyForSave(draft(), requestDigest(body('A')), nextKey);
    const forgotten = forgetKey(a, 'key-first', nextKey);
    expect(forgotten.sent).toEqual([]);
    const again = keyForSave(forgotten, requestDigest(body('A')), nextKey);
    expect(again.idempotencyKey).not.toBe('key-first');
  });
});

describe('a request digest', () => {
  it('tells different words apart, a single character included, and is the same for the same request', () => {
    expect(requestDigest(body('A'))).toBe(requestDigest(body('A')));
    expect(requestDigest(body('A'))).not.toBe(requestDigest(body('B')));
    expect(requestDigest(body('Visited Marie.'))).not.toBe(requestDigest(body('Visited Marie!')));
  });
});
