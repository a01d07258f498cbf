// Table-driven rules of "About you": who answers for themselves, and what a save changes.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { answeredCount, answersForThemselves, changesOf } from './equity.policy.ts';

const facts = { accountId: 'a', personId: 'p', familyId: 'f', name: 'N', language: 'en' as const };
const professional: Actor = {
  kind: 'professional',
  accountId: 'a',
  staffId: 's',
  organisationId: 'o',
  organisationKind: 'childrens_services' as never,
  role: 'team_manager' as never,
  name: 'Angela',
};

describe('who answers the equity questions', () => {
  it.each([
    ['a parent', { kind: 'parent', ...facts } as Actor, true],
    ['a parent who lives elsewhere', { kind: 'other_parent', childPersonIds: [], ...facts } as Actor, true],
    ['a young person', { kind: 'young_person', ...facts } as Actor, true],
    ['someone the parent trusts', { kind: 'network_member', ...facts } as Actor, false],
    ['a professional, even a manager', professional, false],
    ['nobody signed in', { kind: 'anonymous' } as Actor, false],
    ['the system', { kind: 'system', reason: 'x' } as Actor, false],
  ])('%s: %s', (_who, actor, may) => {
    expect(answersForThemselves(actor)).toBe(may);
  });
});

describe('what a save changes', () => {
  it.each([
    ['only what it names', { version: 1, disability: 'no' as const }, { disability: 'no' }],
    ['null clears an answer', { version: 1, ethnicity: null }, { ethnicity: null }],
    [
      'all four null clears everything',
      { version: 2, ethnicity: null, firstLanguage: null, disability: null, financialHardship: null },
      { ethnicity: null, first_language: null, disability: null, financial_hardship: null },
    ],
    ['nothing named changes nothing', { version: 0 }, {}],
  ])('%s', (_what, input, changes) => {
    expect(changesOf(input)).toEqual(changes);
  });

  it.each([
    [undefined, 0],
    [{ ethnicity: null, first_language: null, disability: null, financial_hardship: null }, 0],
    [{ ethnicity: 'prefer_not_to_say' as const, first_language: 'pl', disability: null, financial_hardship: 'yes' as const }, 3],
  ])('counts %j as %i answered ("prefer not to say" is an answer)', (answers, n) => {
    expect(answeredCount(answers)).toBe(n);
  });
});
