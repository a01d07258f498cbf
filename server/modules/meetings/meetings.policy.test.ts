// Who does what with a meeting (meetings.policy.ts), as tables: each worker's relationship to the meeting → each action,
// and each kind of family member × what the meeting is → what they read. The pure rule; meetings.test.ts and
// meetings-portal.test.ts hold it through the API.
import { describe, expect, it } from 'vitest';
import type { FamilyMemberActor } from '../../access/actor.ts';
import {
  familyMayPrepare,
  familyReadsMeeting,
  type MeetingFacts,
  mayRecord,
  mayWithhold,
  mayWriteMinutes,
  mayWriteReport,
  mayWriteViewFor,
  workerReadsMeeting,
  workerReadsReport,
  youngPersonReads,
} from './meetings.policy.ts';

const RELATIONSHIPS = [
  'chairs it',
  'arranged it',
  'coming to it',
  'key worker',
  'same agency as who arranged it',
  'other care-team member',
] as const;
type Relationship = (typeof RELATIONSHIPS)[number];

const none: MeetingFacts = { arranger: false, coming: false, keyWorker: false, sameAgency: false, chair: false };
const FACTS: Record<Relationship, MeetingFacts> = {
  'chairs it': { ...none, chair: true },
  'arranged it': { ...none, arranger: true, sameAgency: true },
  'coming to it': { ...none, coming: true },
  'key worker': { ...none, keyWorker: true },
  'same agency as who arranged it': { ...none, sameAgency: true },
  'other care-team member': none,
};

const ACTIONS = [
  'reads',
  'writes a view for someone',
  'writes own report',
  'reads a shared report',
  'records before its time',
  'records once its time has come',
  'writes minutes (chair on team)',
  'writes minutes (chair gone)',
  'withholds a professionals’ meeting',
  'withholds another kind',
] as const;
type Action = (typeof ACTIONS)[number];

const DO: Record<Action, (f: MeetingFacts) => boolean> = {
  reads: workerReadsMeeting,
  'writes a view for someone': mayWriteViewFor,
  'writes own report': mayWriteReport,
  'reads a shared report': (f) => workerReadsReport({ mine: false, shared: true }, f),
  'records before its time': (f) => mayRecord(f, false),
  'records once its time has come': (f) => mayRecord(f, true),
  'writes minutes (chair on team)': (f) => mayWriteMinutes(f, true),
  'writes minutes (chair gone)': (f) => mayWriteMinutes(f, false),
  'withholds a professionals’ meeting': (f) => mayWithhold(f, 'professionals'),
  'withholds another kind': (f) => mayWithhold(f, 'core_group'),
};

/** The rule, as the design states it: one row per relationship, one column per action (in ACTIONS' order). */
const RULE: Record<Relationship, boolean[]> = {
  'chairs it': [true, true, true, true, false, true, true, true, true, false],
  'arranged it': [true, true, true, true, false, true, false, true, true, false],
  'coming to it': [true, true, true, true, false, false, false, false, false, false],
  'key worker': [true, true, false, true, false, false, false, false, false, false],
  'same agency as who arranged it': [true, false, false, true, false, false, false, false, false, false],
  'other care-team member': [false, false, false, false, false, false, false, false, false, false],
};

describe('a worker (pure)', () => {
  const rows = RELATIONSHIPS.flatMap((r) => ACTIONS.map((action, i) => [r, action, RULE[r][i]] as const));
  it.each(rows)('%s → %s: %s', (relationship, action, allowed) => {
    expect(DO[action](FACTS[relationship])).toBe(allowed);
  });

  it('a draft is its author’s alone, whatever else they are', () => {
    for (const r of RELATIONSHIPS) expect(workerReadsReport({ mine: false, shared: false }, FACTS[r])).toBe(false);
    expect(workerReadsReport({ mine: true, shared: false }, none)).toBe(true);
  });
});

const KINDS: FamilyMemberActor['kind'][] = ['parent', 'young_person', 'other_parent', 'network_member'];
const MEETINGS = {
  'invited, to come': { familyInvited: true, happened: false, withheld: false },
  'invited, happened': { familyInvited: true, happened: true, withheld: false },
  'professionals’, to come': { familyInvited: false, happened: false, withheld: false },
  'professionals’, happened': { familyInvited: false, happened: true, withheld: false },
  'professionals’, happened, withheld': { familyInvited: false, happened: true, withheld: true },
} as const;
const FAMILY_RULE: Record<keyof typeof MEETINGS, string> = {
  'invited, to come': 'full',
  'invited, happened': 'full',
  'professionals’, to come': 'none',
  'professionals’, happened': 'fact',
  'professionals’, happened, withheld': 'none',
};

describe('the family (pure)', () => {
  const rows = KINDS.flatMap((kind) =>
    Object.entries(MEETINGS).map(
      ([what, m]) => [kind, what, kind === 'parent' ? FAMILY_RULE[what as keyof typeof MEETINGS] : 'none', m] as const,
    ),
  );
  it.each(rows)('%s, a meeting %s → %s', (kind, _what, reading, m) => {
    expect(familyReadsMeeting(kind, m)).toBe(reading);
  });

  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('a young person: invited %s, about them %s → reads %s', (familyInvited, aboutThem, reads) => {
    expect(youngPersonReads({ familyInvited, aboutThem })).toBe(reads);
  });

  it.each([
    [false, false, true],
    [true, false, false],
    [false, true, false],
  ])('their own view and help: happened %s, cancelled %s → may %s', (happened, cancelled, may) => {
    expect(familyMayPrepare({ happened, cancelled })).toBe(may);
  });
});
