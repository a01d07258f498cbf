// The respectful-language vocabulary (issue 16 §1): every entry finds its examples and leaves its everyday senses alone.
import { describe, expect, it } from 'vitest';
import { checkRespectfulFields, checkRespectfulWords, RESPECTFUL_WORDS } from './respectful-words.ts';

describe('respectful words: one row per vocabulary entry', () => {
  it.each(RESPECTFUL_WORDS.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    expect(entry.examples.length).toBeGreaterThan(0);
    expect(entry.suggestion.length).toBeGreaterThan(20);
    for (const text of entry.examples) {
      const found = checkRespectfulWords(text);
      expect(
        found.map((f) => f.entryId),
        text,
      ).toContain(entry.id);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.found);
    }
    for (const text of entry.fine)
      expect(
        checkRespectfulWords(text).map((f) => f.entryId),
        text,
      ).not.toContain(entry.id);
  });

  it('ids are unique', () => {
    const ids = RESPECTFUL_WORDS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('checkRespectfulWords', () => {
  it('finds the note from the issue: a diagnosis as identity, a judgement and an insight label', () => {
    const text = 'She is a schizophrenic and non-compliant with meds, poor insight';
    const found = checkRespectfulWords(text);
    expect(found.map((f) => [f.kind, f.found])).toEqual([
      ['identity', 'a schizophrenic'],
      ['judgement', 'non-compliant'],
      ['judgement', 'poor insight'],
    ]);
    expect(found[1]?.suggestion).toMatch(/told you/);
  });

  it('finds officialese and abbreviations, in capitals only for the short ones', () => {
    expect(checkRespectfulWords('Threshold met; s47 and a strategy discussion; CIN then CP.').map((f) => f.entryId)).toEqual([
      'threshold',
      's47',
      'strategy-discussion',
      'cin',
      'cp',
    ]);
    expect(checkRespectfulWords('We had a cup of tea and talked about the week.')).toEqual([]);
  });

  it('passes a note that describes behaviour and context', () => {
    expect(
      checkRespectfulWords('Marie did not come to the appointment on Tuesday; she told us she had no bus fare. We will send a taxi.'),
    ).toEqual([]);
  });

  it('names each field of a save with its findings, and leaves out clean and empty fields', () => {
    const result = checkRespectfulFields({ title: 'Visit', text: 'Dad was hostile.', note: null });
    expect(result).toHaveLength(1);
    expect(result[0]?.field).toBe('text');
    expect(result[0]?.findings[0]?.entryId).toBe('hostile');
  });
});
