// The entry change policy as tables: every staff role × how they stand to the entry × each change, and every
// category change × the family's sharing, each row one expected allow or deny (access/entry-policy.ts).
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../db/schema.ts';
import type { ProfessionalActor } from './actor.ts';
import {
  allowedChanges,
  categoryChangeWidens,
  defaultWithholding,
  ENTRY_CHANGES,
  type EntryChange,
  mayChangeEntry,
  type Relationship,
  type SharingFacts,
} from './entry-policy.ts';

const AUTHOR = 'staff-author';
const AGENCY = 'org-author';
const OTHER_AGENCY = 'org-other';
const entry = { authorStaffId: AUTHOR, authorOrganisationId: AGENCY };

const actorFor = (role: StaffRole, relationship: Relationship): ProfessionalActor => ({
  kind: 'professional',
  accountId: 'account',
  staffId: relationship === 'author' ? AUTHOR : 'staff-someone-else',
  organisationId: relationship === 'other_agency' ? OTHER_AGENCY : AGENCY,
  organisationKind: 'adult_mental_health',
  role,
  name: 'Someone',
});

// Columns, in order: edit_text, change_category, withhold, release, mark_in_error, hide_placeholder, team_answer.
// (An administrator or information governance lead "author" is someone of that role who wrote the entry.)
const WHO_MAY_CHANGE = `
practitioner                 author        yes yes yes yes yes no  yes
practitioner                 same_agency   no  no  no  no  no  no  yes
practitioner                 other_agency  no  no  no  no  no  no  yes
team_manager                 author        yes yes yes yes yes yes yes
team_manager                 same_agency   yes yes yes yes yes yes yes
team_manager                 other_agency  no  no  no  no  no  no  yes
information_governance_lead  author        yes yes yes yes yes no  yes
information_governance_lead  same_agency   no  no  yes yes no  no  yes
information_governance_lead  other_agency  no  no  no  no  no  no  yes
administrator                author        yes yes yes yes yes no  yes
administrator                same_agency   no  no  no  no  no  no  yes
administrator                other_agency  no  no  no  no  no  no  yes
`;

const rows = WHO_MAY_CHANGE.trim()
  .split('\n')
  .flatMap((line) => {
    const [role, relationship, ...cells] = line.trim().split(/\s+/);
    expect(cells).toHaveLength(ENTRY_CHANGES.length);
    return ENTRY_CHANGES.map((change, i) => [role as StaffRole, relationship as Relationship, change, cells[i] === 'yes'] as const);
  });

describe('who may change an entry (one row per role × relationship × change)', () => {
  it('the table covers every role, relationship and change once', () => {
    expect(rows).toHaveLength(4 * 3 * ENTRY_CHANGES.length);
  });

  it.each(rows)('%s (%s) %s: %s', (role, relationship, change, expected) => {
    expect(mayChangeEntry(actorFor(role, relationship), entry, change)).toBe(expected);
  });

  it('no family member, anonymous caller or system job changes an entry through this policy', () => {
    const member = { kind: 'parent', accountId: 'a', personId: 'p', familyId: 'f', name: 'Marie', language: 'en' } as const;
    for (const change of ENTRY_CHANGES) {
      expect(mayChangeEntry(member, entry, change)).toBe(false);
      expect(mayChangeEntry({ ...member, kind: 'young_person' }, entry, change)).toBe(false);
      expect(mayChangeEntry({ kind: 'anonymous' }, entry, change)).toBe(false);
      expect(mayChangeEntry({ kind: 'system', reason: 'test' }, entry, change)).toBe(false);
    }
  });

  it('an author who has moved to another agency no longer changes what they wrote for the first one', () => {
    const moved = { ...actorFor('practitioner', 'author'), organisationId: OTHER_AGENCY };
    expect(mayChangeEntry(moved, entry, 'edit_text')).toBe(false);
    expect(mayChangeEntry(moved, entry, 'team_answer')).toBe(true);
  });
});

describe('the changes offered with an entry: authority and the entry’s state', () => {
  const state = (over: Partial<Parameters<typeof allowedChanges>[1]> = {}) => ({
    ...entry,
    enteredInError: false,
    withholding: null,
    ...over,
  });
  const cases: [string, Parameters<typeof allowedChanges>[1], EntryChange[]][] = [
    ['not withheld', state(), ['edit_text', 'change_category', 'withhold', 'mark_in_error', 'team_answer']],
    [
      'wholly withheld',
      state({ withholding: { scope: 'whole', placeholderHidden: false } }),
      ['edit_text', 'change_category', 'withhold', 'release', 'mark_in_error', 'hide_placeholder', 'team_answer'],
    ],
    [
      'placeholder already hidden',
      state({ withholding: { scope: 'whole', placeholderHidden: true } }),
      ['edit_text', 'change_category', 'withhold', 'release', 'mark_in_error', 'team_answer'],
    ],
    ['entered in error', state({ enteredInError: true }), ['withhold', 'team_answer']],
  ];
  it.each(cases)('a team manager of the agency that wrote it, entry %s', (_, facts, expected) => {
    expect(allowedChanges(actorFor('team_manager', 'same_agency'), facts)).toEqual(expected);
  });
  it('someone from another agency is offered only to answer as the team', () => {
    expect(allowedChanges(actorFor('team_manager', 'other_agency'), cases[1]?.[1] ?? state())).toEqual(['team_answer']);
  });
});

describe('a category change that widens who reads the entry needs the authority of a new share', () => {
  const MARIE = 'person-marie';
  const JAMIE = 'person-jamie';
  const SCHOOL = 'org-school';
  const COUNCIL = 'org-council';
  const about = { authorOrganisationId: AGENCY, aboutPersonIds: [MARIE] };
  const none: SharingFacts = { consents: [], overrides: [] };
  const consent = (category: string, to: string, subject: string | null = null): SharingFacts => ({
    consents: [{ category, recipientOrganisationId: to, recipientStaffId: null, subjectPersonId: subject }],
    overrides: [],
  });
  const override = (categories: string[], to: string): SharingFacts => ({
    consents: [],
    overrides: [{ categories, recipientOrganisationId: to }],
  });
  const WIDENING: [string, string, string, SharingFacts, boolean][] = [
    // from, to, the family's sharing, facts, widens
    ['general', 'general', 'none', none, false],
    ['general', 'mental_health', 'none', none, false],
    ['general', 'third_party', 'none', none, false],
    ['general', 'education', 'none', none, false],
    ['mental_health', 'general', 'none', none, true],
    ['mental_health', 'general', 'consent to children’s services', consent('mental_health', COUNCIL), true],
    ['mental_health', 'childrens_social_care', 'none', none, true],
    ['mental_health', 'childrens_social_care', 'consent to children’s services', consent('mental_health', COUNCIL), true],
    ['mental_health', 'health', 'none', none, true],
    ['mental_health', 'third_party', 'none', none, false],
    ['mental_health', 'third_party', 'override for third party to school', override(['third_party'], SCHOOL), true],
    ['mental_health', 'third_party', 'override for both to school', override(['mental_health', 'third_party'], SCHOOL), false],
    ['childrens_social_care', 'mental_health', 'consent for mental health to school', consent('mental_health', SCHOOL), true],
    ['health', 'third_party', 'consent for health to school', consent('health', SCHOOL), false],
    ['third_party', 'mental_health', 'none', none, true],
    ['third_party', 'general', 'none', none, true],
    ['education', 'childrens_social_care', 'none', none, true],
    ['health', 'mental_health', 'Jamie’s own consent (not about this entry)', consent('mental_health', SCHOOL, JAMIE), true],
  ];
  it.each(WIDENING)('%s to %s with %s: widens %s', (from, to, _, facts, expected) => {
    expect(categoryChangeWidens(from, to, about, facts)).toBe(expected);
  });
});

describe('third-party information is withheld by default', () => {
  it('a third-party entry with no withholding is kept wholly, reason third party, reviewed in three months', () => {
    expect(defaultWithholding('third_party', new Date('2026-11-25T10:00:00Z'))).toEqual({
      scope: 'whole',
      reason: 'third_party',
      reviewOn: '2027-02-25',
    });
    expect(defaultWithholding('mental_health', new Date())).toBeNull();
  });
});
