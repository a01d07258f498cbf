// What a form shows when the respectful-language check finds words: live as they are typed, and from the server's 400
// `words_to_check`, named one by one in the error summary and under the field they are in.
import { describe, expect, it } from 'vitest';
import type { WordFinding } from '../../../shared/contracts/respectful-words.ts';
import { ApiError } from '../../api/client.ts';
import { findingErrors, findingsIn, inlineErrors, inputFor, wordsToCheck } from './words-findings.ts';

const finding = (field: string, found: string, suggestion = 'Say what happened.'): WordFinding => ({
  field,
  start: 0,
  end: found.length,
  found,
  kind: 'judgement',
  entryId: found.toLowerCase(),
  suggestion,
});

describe('findings as the worker types', () => {
  it('finds a judging word and says what to write instead', () => {
    const [first] = findingsIn(['She is non-compliant with meds.']);
    expect(first).toMatchObject({ found: 'non-compliant', kind: 'judgement', entryId: 'non-compliant' });
    expect(first?.suggestion).toMatch(/what was agreed/);
  });

  it('lists the same words once across the fields of one save, and nothing in words rewritten', () => {
    const found = findingsIn(['Mum was non-compliant.', 'Still non-compliant today; failed to engage.', '']);
    expect(found.map((f) => f.found)).toEqual(['non-compliant', 'failed to engage']);
    expect(findingsIn(['She has not taken her tablets this week; she says they make her sleepy.'])).toEqual([]);
  });
});

describe('the server asking about the words', () => {
  const body = { error: 'words_to_check', message: 'The family will read this.', findings: [finding('text', 'non-compliant')] };

  it('is read from a 400 words_to_check, and only from that', () => {
    expect(wordsToCheck(new ApiError(400, body))).toEqual(body.findings);
    expect(wordsToCheck(new ApiError(400, { error: 'validation_failed', message: 'Write what happened' }))).toBeNull();
    expect(wordsToCheck(new Error('network'))).toBeNull();
  });

  it('puts each finding on the input that shows its field', () => {
    const ids = { text: 'edit-text', worry: 'worry-new-worry', 'safetyGoal.forHowLong': 'worry-new-how-long' };
    expect(inputFor('text', ids, 'fallback')).toBe('edit-text');
    expect(inputFor('content.worry', ids, 'fallback')).toBe('worry-new-worry');
    expect(inputFor('content.safetyGoal.forHowLong', ids, 'fallback')).toBe('worry-new-how-long');
    expect(inputFor('somethingElse', ids, 'fallback')).toBe('fallback');
  });

  it('names each finding in the summary, linked to its field, and the words under each field', () => {
    const findings = [
      finding('text', 'non-compliant', 'Say what was agreed.'),
      finding('text', 'Non-compliant', 'Say what was agreed.'),
      finding('text', 'poor insight', 'Say how she sees it.'),
      finding('changeNote', 'DNA', 'Say which appointment.'),
    ];
    expect(findingErrors(findings, { text: 'edit-text', changeNote: 'changeNote' }, 'edit-text')).toEqual([
      { fieldId: 'edit-text', message: '“non-compliant”: Say what was agreed.' },
      { fieldId: 'edit-text', message: '“poor insight”: Say how she sees it.' },
      { fieldId: 'changeNote', message: '“DNA”: Say which appointment.' },
    ]);
    expect(inlineErrors(findings, { text: 'edit-text', changeNote: 'changeNote' }, 'edit-text')).toEqual({
      'edit-text': 'Change “non-compliant” and “poor insight”, or keep the words as written and say why',
      changeNote: 'Change “DNA”, or keep the words as written and say why',
    });
  });
});
