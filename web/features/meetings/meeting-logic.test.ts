// The meetings screens without the screen: working days' notice (weekends and England and Wales bank holidays skipped) and
// when it is short, who each kind invites, who a meeting is about by default, the chair's other choices, the family's
// views in the record's order, everyone to mark as there or not, a late report, the time the record opens, this worker's
// own report, and a meeting's kind from the appointments list.
import { describe, expect, it } from 'vitest';
import type { WorkerMeeting } from '../../../shared/contracts/meetings.ts';
import { MEETING_KIND_LABELS, MEETING_KINDS, SHORT_NOTICE_WORKING_DAYS } from '../../../shared/domain/meetings.ts';
import {
  attendanceLines,
  chairHint,
  defaultAbout,
  isShortNotice,
  meetingKindLabel,
  myReport,
  noticeWorkingDays,
  otherChairs,
  reportOverdue,
  timeHasCome,
  unanswered,
  viewsInOrder,
  whoIsInvited,
} from './meeting-logic.ts';

// Monday 2 March 2026, 10:00 in London (GMT).
const MONDAY = new Date('2026-03-02T10:00:00Z');

describe('notice in working days', () => {
  it('counts the working days after today up to and including the meeting’s day', () => {
    expect(noticeWorkingDays(MONDAY, '2026-03-03T10:00:00Z')).toBe(1); // Tuesday
    expect(noticeWorkingDays(MONDAY, '2026-03-06T10:00:00Z')).toBe(4); // Friday
    expect(noticeWorkingDays(MONDAY, '2026-03-09T10:00:00Z')).toBe(5); // the Monday after
    expect(noticeWorkingDays(MONDAY, '2026-03-02T15:00:00Z')).toBe(0); // later today
  });

  it('skips weekends and bank holidays (Good Friday and Easter Monday 2026)', () => {
    // Wednesday 1 April → Wednesday 8 April: Thu 2, (Fri 3 and Mon 6 are bank holidays), Tue 7, Wed 8.
    expect(noticeWorkingDays(new Date('2026-04-01T09:00:00Z'), '2026-04-08T09:00:00Z')).toBe(3);
  });

  it('reads the day in London, not UTC: 23:30 UTC on a summer Friday is already Saturday', () => {
    // Thursday 18 June 2026 → Friday 19 June 23:30 UTC is Saturday 20 June 00:30 in London: Friday counts, Saturday not.
    expect(noticeWorkingDays(new Date('2026-06-18T09:00:00Z'), '2026-06-19T23:30:00Z')).toBe(1);
  });

  it('is short notice when the earliest time offered gives fewer than the working days set', () => {
    expect(SHORT_NOTICE_WORKING_DAYS).toBe(5);
    expect(isShortNotice(['2026-03-09T10:00:00Z'], MONDAY)).toBe(false);
    expect(isShortNotice(['2026-03-20T10:00:00Z', '2026-03-06T10:00:00Z'], MONDAY)).toBe(true);
    expect(isShortNotice([], MONDAY)).toBe(false);
    expect(isShortNotice(['not a date'], MONDAY)).toBe(false);
  });
});

describe('arranging', () => {
  const people = [
    { personId: 'marie', name: 'Marie', kind: 'parent', parent: true },
    { personId: 'gran', name: 'Gran', kind: 'network_member', parent: false },
    { personId: 'jamie', name: 'Jamie', kind: 'child', parent: false },
    { personId: 'uncle', name: 'Uncle', kind: 'other_adult', parent: false },
    { personId: 'lily', name: 'Lily', kind: 'child', parent: false },
  ];

  it('says a professionals’ meeting is the only kind the family is not invited to', () => {
    const workersOnly = MEETING_KINDS.filter((k) => whoIsInvited(k).startsWith('Workers only'));
    expect(workersOnly).toEqual(['professionals']);
  });

  it('is about the parent and the children unless the worker changes it', () => {
    expect(defaultAbout(people)).toEqual(['marie', 'jamie', 'lily']);
  });

  it('offers the care team as chair, leaving out the worker arranging (who is "me")', () => {
    const team = [
      { staffId: 's1', name: 'Priya Shah', roleKey: 'social_worker', organisation: 'Council' },
      { staffId: 's2', name: 'Priya Shah', roleKey: 'family_support', organisation: 'Charity' },
      { staffId: 's3', name: 'Tom Lee', roleKey: 'health_visitor', organisation: 'NHS' },
    ] as Parameters<typeof otherChairs>[0];
    expect(otherChairs(team, { name: 'Priya Shah', organisationName: 'Council' }).map((m) => m.staffId)).toEqual(['s2', 's3']);
    expect(otherChairs(team, null)).toHaveLength(3);
  });

  it('puts the parent’s view first, then the children’s, then anyone else’s', () => {
    const views = [{ personId: 'uncle' }, { personId: 'lily' }, { personId: 'marie' }, { personId: 'jamie' }];
    expect(viewsInOrder(views, people).map((v) => v.personId)).toEqual(['marie', 'lily', 'jamie', 'uncle']);
  });
});

const worker = (staffId: string, name: string) => ({ staffId, name, roleKey: null, organisation: 'Council', arranged: false });
function meeting(
  parts: Partial<WorkerMeeting> & { attendance?: WorkerMeeting['attendance'] },
): Pick<WorkerMeeting, 'appointment' | 'familyInvited' | 'chair' | 'attendance'> {
  return {
    appointment: {
      withPeople: [
        { personId: 'marie', name: 'Marie' },
        { personId: 'jamie', name: 'Jamie' },
      ],
      workers: [worker('priya', 'Priya'), worker('tom', 'Tom')],
    } as WorkerMeeting['appointment'],
    familyInvited: true,
    chair: { staffId: 'ann', name: 'Ann', organisation: 'Council' },
    attendance: [],
    ...parts,
  };
}

describe('who was there', () => {
  it('lists the family’s people, the workers invited and the chair, with nothing answered yet', () => {
    const lines = attendanceLines(meeting({}));
    expect(lines.map((l) => l.name)).toEqual(['Marie', 'Jamie', 'Priya', 'Tom', 'Ann']);
    expect(unanswered(lines)).toHaveLength(5);
  });

  it('leaves the family out of a professionals’ meeting, and the chair in once when invited as a worker', () => {
    const lines = attendanceLines(meeting({ familyInvited: false, chair: { staffId: 'tom', name: 'Tom', organisation: 'Council' } }));
    expect(lines.map((l) => l.name)).toEqual(['Priya', 'Tom']);
  });

  it('keeps what was recorded, and lists someone added by name after everyone invited', () => {
    const lines = attendanceLines(
      meeting({
        attendance: [
          { personId: 'marie', staffId: null, name: 'Marie', role: 'Mum', attendance: 'attended' },
          { personId: null, staffId: 'tom', name: 'Tom', role: null, attendance: 'sent_apologies' },
          { personId: null, staffId: null, name: 'Sam', role: 'Marie’s advocate', attendance: 'attended' },
        ],
      }),
    );
    expect(lines.map((l) => [l.name, l.attendance, l.added])).toEqual([
      ['Marie', 'attended', false],
      ['Jamie', '', false],
      ['Priya', '', false],
      ['Tom', 'sent_apologies', false],
      ['Ann', '', false],
      ['Sam', 'attended', true],
    ]);
    expect(lines.at(-1)?.role).toBe('Marie’s advocate');
    expect(unanswered(lines)).toEqual(['p-jamie', 's-priya', 's-ann']);
  });
});

describe('reports and the record', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('warns of a report past its due time and not shared, never of a shared one or before the time is agreed', () => {
    expect(reportOverdue('2026-03-10T09:00:00Z', null, now)).toBe(true);
    expect(reportOverdue('2026-03-10T15:00:00Z', null, now)).toBe(false);
    expect(reportOverdue('2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z', now)).toBe(false);
    expect(reportOverdue(null, null, now)).toBe(false);
  });

  it('opens the record once an agreed time has come, or it happened; never for times only offered', () => {
    expect(timeHasCome({ status: 'agreed', startsAt: '2026-03-10T11:00:00Z' }, now)).toBe(true);
    expect(timeHasCome({ status: 'agreed', startsAt: '2026-03-10T13:00:00Z' }, now)).toBe(false);
    expect(timeHasCome({ status: 'happened', startsAt: null }, now)).toBe(true);
    expect(timeHasCome({ status: 'proposed', startsAt: null }, now)).toBe(false);
    expect(timeHasCome({ status: 'cancelled', startsAt: '2026-03-01T11:00:00Z' }, now)).toBe(false);
  });

  it('finds this worker’s own report: their draft, or once shared, theirs by name and agency', () => {
    const me = { name: 'Priya', organisationName: 'Council' };
    const tom = { sharedAt: 'x', author: 'Tom', organisation: 'Council' };
    const priya = { sharedAt: 'y', author: 'Priya', organisation: 'Council' };
    const shared = [tom, priya];
    expect(myReport(shared, me)).toBe(priya);
    const draft = { sharedAt: null, author: 'Priya', organisation: 'Council' };
    expect(myReport([tom, draft], me)).toBe(draft);
    expect(myReport([tom], me)).toBeNull();
    expect(myReport(shared, null)).toBeNull();
  });
});

describe('a meeting on the appointments list', () => {
  it('shows its kind in the workers’ words, and "Meeting" when the kind is unknown', () => {
    expect(meetingKindLabel('core_group')).toBe(MEETING_KIND_LABELS.core_group);
    expect(meetingKindLabel(null)).toBe('Meeting');
    expect(meetingKindLabel('tea_party')).toBe('Meeting');
  });
});

describe('chairHint', () => {
  it('reminds the worker that a child protection conference is chaired by someone apart from the casework', () => {
    expect(chairHint('child_protection_initial')).toMatch(/does not work with the family day to day/);
    expect(chairHint('child_protection_review')).toBe(chairHint('child_protection_initial'));
  });

  it('says nothing for the other kinds, or before a kind is chosen', () => {
    for (const kind of MEETING_KINDS.filter((k) => !k.startsWith('child_protection'))) expect(chairHint(kind)).toBeUndefined();
    expect(chairHint('')).toBeUndefined();
  });
});

describe('when the record opens', () => {
  it('half an hour before an agreed start, or once it happened; never while times are only offered or it was cancelled', async () => {
    const { recordOpens } = await import('./meeting-logic.ts');
    const now = new Date('2026-03-10T12:00:00Z');
    expect(recordOpens({ status: 'agreed', startsAt: '2026-03-10T12:29:00Z' }, now)).toBe(true);
    expect(recordOpens({ status: 'agreed', startsAt: '2026-03-10T12:31:00Z' }, now)).toBe(false);
    expect(recordOpens({ status: 'happened', startsAt: null }, now)).toBe(true);
    expect(recordOpens({ status: 'proposed', startsAt: null }, now)).toBe(false);
    expect(recordOpens({ status: 'cancelled', startsAt: '2026-03-10T11:00:00Z' }, now)).toBe(false);
  });
});
