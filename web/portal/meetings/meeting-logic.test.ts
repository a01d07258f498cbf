// What a meeting's page shows from the family's view of it (issue 17 §2): the record part once there is one, her own view
// apart from the others', and where the minutes stand.
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../shared/contracts/meetings.ts';
import { hasRecord, minutesStanding, reportsDue, splitViews } from './meeting-logic.ts';
import type { FamilyMeeting } from './meetings.api.ts';

const minutes = (over: Partial<FamilyMeeting['minutes']> = {}): FamilyMeeting['minutes'] => ({
  text: null,
  sharedAt: null,
  dueOn: null,
  overdue: false,
  replies: [],
  ...over,
});

const record = (status: FamilyMeeting['appointment']['status'], over: Partial<Parameters<typeof hasRecord>[0]> = {}) =>
  ({
    appointment: { status } as FamilyMeeting['appointment'],
    attendance: [],
    decisions: [],
    actions: [],
    minutes: minutes(),
    ...over,
  }) as Parameters<typeof hasRecord>[0];

const view = (personId: string, text: string): MeetingView => ({
  personId,
  personName: personId,
  text,
  writtenIn: 'en',
  author: personId,
  writtenForPerson: false,
  version: 1,
  updatedAt: '2026-12-01T10:00:00Z',
});

describe('hasRecord', () => {
  it('is false for a meeting still to come with nothing written down', () => {
    expect(hasRecord(record('agreed'))).toBe(false);
    expect(hasRecord(record('proposed'))).toBe(false);
  });

  it('is true once it happened, or once anything of it was written down', () => {
    expect(hasRecord(record('happened'))).toBe(true);
    expect(
      hasRecord(record('agreed', { attendance: [{ personId: 'p', staffId: null, name: 'Marie', role: null, attendance: 'attended' }] })),
    ).toBe(true);
    expect(hasRecord(record('agreed', { minutes: minutes({ sharedAt: '2026-12-02T10:00:00Z', text: 'Minutes' }) }))).toBe(true);
  });
});

describe('splitViews', () => {
  it('gives her own view apart from the others, keeping their order', () => {
    const views = [view('marie', 'Mine'), view('jamie', 'His'), view('lily', 'Hers')];
    const { mine, others } = splitViews(views, 'marie');
    expect(mine?.text).toBe('Mine');
    expect(others.map((v) => v.personId)).toEqual(['jamie', 'lily']);
  });

  it('has no view of hers before she writes one', () => {
    expect(splitViews([view('jamie', 'His')], 'marie').mine).toBeNull();
  });
});

describe('minutesStanding', () => {
  it('reads shared minutes as shared', () => {
    expect(minutesStanding(minutes({ text: 'What was said', sharedAt: '2026-12-02T10:00:00Z', dueOn: '2026-12-05' }))).toBe('shared');
  });

  it('says they are late only when they are overdue with a date', () => {
    expect(minutesStanding(minutes({ dueOn: '2026-12-05', overdue: true }))).toBe('late');
    expect(minutesStanding(minutes({ dueOn: '2026-12-05' }))).toBe('due');
    expect(minutesStanding(minutes())).toBe('not_yet');
  });
});

describe('reportsDue', () => {
  it('gives the date reports should reach her by', () => {
    expect(reportsDue({ reportsDueBy: '2026-12-09T10:00:00Z', invitedAt: '2026-12-01T09:00:00Z' })).toEqual({
      date: '2026-12-09T10:00:00Z',
    });
    expect(reportsDue({ reportsDueBy: '2026-12-09T10:00:00Z', invitedAt: null })).toEqual({ date: '2026-12-09T10:00:00Z' });
  });

  it('says reports may come late rather than give a date from before she was told (short notice)', () => {
    expect(reportsDue({ reportsDueBy: '2026-12-02T13:26:00Z', invitedAt: '2026-12-05T13:22:00Z' })).toBe('short_notice');
  });

  it('says nothing when there is no due date', () => {
    expect(reportsDue({ reportsDueBy: null, invitedAt: '2026-12-05T13:22:00Z' })).toBeNull();
  });
});
