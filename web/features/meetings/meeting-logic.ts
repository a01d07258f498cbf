// The meetings screens without the screen (issue 17 §2): how many working days' notice a time gives and whether that is
// short notice, who a kind invites, who the meeting is about by default, the chair's choices, everyone to mark as there or
// not, and where a report or the minutes stand against their due dates. Pure, so meeting-logic.test.ts holds it.
import type { WorkerAppointments } from '../../../shared/contracts/appointments.ts';
import type { AttendanceRow, MeetingReport, MeetingView, WorkerMeeting } from '../../../shared/contracts/meetings.ts';
import type { Attendance, MeetingKind } from '../../../shared/domain/meetings.ts';
import {
  familyInvitedTo,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  RECORD_OPENS_MINUTES_BEFORE,
  SHORT_NOTICE_WORKING_DAYS,
} from '../../../shared/domain/meetings.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { DEFAULT_WORKING_TIME, isWorkingDay, type WorkingTime, wallClock } from '../../../shared/domain/working-time.ts';

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Working days' notice a time gives when the invitation goes now: the working days after today up to and including the
 * meeting's day (invited on a Monday for the Monday after: 5). Days are the service's (England and Wales by default).
 */
export function noticeWorkingDays(now: Date, startsAt: string, wt: WorkingTime = DEFAULT_WORKING_TIME): number {
  const today = wallClock(now, wt.timeZone).date;
  const day = wallClock(new Date(startsAt), wt.timeZone).date;
  let count = 0;
  // A meeting more than a year away is never short notice; stop counting there.
  for (let d = nextDate(today), i = 0; d <= day && i < 400; d = nextDate(d), i++) if (isWorkingDay(d, wt)) count++;
  return count;
}

/** Whether the earliest of the times offered gives less than SHORT_NOTICE_WORKING_DAYS working days' notice. */
export function isShortNotice(startTimes: readonly string[], now: Date, wt: WorkingTime = DEFAULT_WORKING_TIME): boolean {
  const valid = startTimes.filter((s) => !Number.isNaN(Date.parse(s)));
  if (valid.length === 0) return false;
  const earliest = valid.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
  return noticeWorkingDays(now, earliest, wt) < SHORT_NOTICE_WORKING_DAYS;
}

/** The one-line hint under each kind: who is invited. */
export function whoIsInvited(kind: MeetingKind): string {
  return familyInvitedTo(kind)
    ? 'The family is invited and told at once, with the notice they have.'
    : 'Workers only: the family is not invited. They see afterwards that it happened, and what it was for, unless it is withheld.';
}

type Person = WorkerAppointments['people'][number];

/** Who a meeting is about unless the worker changes it: the parent and the children. */
export const defaultAbout = (people: readonly Person[]): string[] =>
  people.filter((p) => p.parent || p.kind === 'child').map((p) => p.personId);

export const isChild = (people: readonly Person[], personId: string): boolean =>
  people.some((p) => p.personId === personId && p.kind === 'child');

/**
 * The care team members who may chair besides "me" (the worker arranging, the default). Sign-in knows the worker by
 * account, not by staff id, so their own row is told by name and agency.
 */
export function otherChairs(
  team: WorkerAppointments['team'],
  me: { name: string; organisationName: string } | null,
): WorkerAppointments['team'] {
  return team.filter((m) => !(me && m.name === me.name && m.organisation === me.organisationName));
}

/**
 * The family's views in the order the record starts with them: the parent's first, then the children's, then anyone
 * else's (each group in the order the meeting lists its people).
 */
export function viewsInOrder<V extends Pick<MeetingView, 'personId'>>(views: readonly V[], people: readonly Person[]): V[] {
  const rank = (personId: string) => {
    const p = people.find((x) => x.personId === personId);
    return p?.parent ? 0 : p?.kind === 'child' ? 1 : 2;
  };
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v.personId) - rank(b.v.personId) || a.i - b.i)
    .map(({ v }) => v);
}

/** One line of the attendance form: someone invited, or someone else added by name and role. */
export type AttendanceLine = {
  key: string;
  personId: string | null;
  staffId: string | null;
  name: string;
  role: string;
  attendance: Attendance | '';
  /** Added on the form by name, not from the invitation. */
  added: boolean;
};

/**
 * Everyone to mark: the family's people it is about (when the family is invited), the workers invited and the chair, each
 * with what was recorded for them; then the others recorded before (an advocate, a supporter).
 */
export function attendanceLines(m: Pick<WorkerMeeting, 'appointment' | 'familyInvited' | 'chair' | 'attendance'>): AttendanceLine[] {
  const recorded = (match: (r: AttendanceRow) => boolean) => m.attendance.find(match);
  const lines: AttendanceLine[] = [];
  if (m.familyInvited)
    for (const p of m.appointment.withPeople) {
      const r = recorded((x) => x.personId === p.personId);
      lines.push({
        key: `p-${p.personId}`,
        personId: p.personId,
        staffId: null,
        name: p.name,
        role: r?.role ?? '',
        attendance: r?.attendance ?? '',
        added: false,
      });
    }
  const workers = [...m.appointment.workers.map((w) => ({ staffId: w.staffId, name: w.name }))];
  if (!workers.some((w) => w.staffId === m.chair.staffId)) workers.push({ staffId: m.chair.staffId, name: m.chair.name });
  for (const w of workers) {
    const r = recorded((x) => x.staffId === w.staffId);
    lines.push({
      key: `s-${w.staffId}`,
      personId: null,
      staffId: w.staffId,
      name: w.name,
      role: r?.role ?? '',
      attendance: r?.attendance ?? '',
      added: false,
    });
  }
  const listed = new Set(lines.map((l) => l.personId ?? l.staffId));
  m.attendance.forEach((r, i) => {
    const id = r.personId ?? r.staffId;
    if (id && listed.has(id)) return;
    lines.push({
      key: `r-${i}`,
      personId: r.personId,
      staffId: r.staffId,
      name: r.name,
      role: r.role ?? '',
      attendance: r.attendance,
      added: !id,
    });
  });
  return lines;
}

/** The rows still to answer ("say whether they came"), by key. */
export const unanswered = (lines: readonly AttendanceLine[]): string[] => lines.filter((l) => !l.attendance).map((l) => l.key);

/** Whether a report is late: due by now and not shared (a shared one says so itself: `late`). */
export function reportOverdue(reportsDueBy: string | null, sharedAt: string | null, now: Date): boolean {
  return !sharedAt && reportsDueBy !== null && Date.parse(reportsDueBy) < now.getTime();
}

/** Whether the meeting's time has come (or it happened). */
export function timeHasCome(a: Pick<WorkerMeeting['appointment'], 'status' | 'startsAt'>, now: Date): boolean {
  return a.status === 'happened' || (a.status === 'agreed' && a.startsAt !== null && Date.parse(a.startsAt) <= now.getTime());
}

/** Whether the record opens: it happened, or it is agreed and starts within RECORD_OPENS_MINUTES_BEFORE (the server's rule). */
export function recordOpens(a: Pick<WorkerMeeting['appointment'], 'status' | 'startsAt'>, now: Date): boolean {
  if (a.status === 'happened') return true;
  if (a.status !== 'agreed' || a.startsAt === null) return false;
  return Date.parse(a.startsAt) - RECORD_OPENS_MINUTES_BEFORE * 60_000 <= now.getTime();
}

type Me = { name: string; organisationName: string } | null;

/**
 * This worker's own report: a draft is only ever its author's (the server sends no one else's); once shared, it is told
 * by the author's name and agency, as sign-in knows the worker by account and not by staff id.
 */
export function myReport<R extends Pick<MeetingReport, 'sharedAt' | 'author' | 'organisation'>>(reports: readonly R[], me: Me): R | null {
  return (
    reports.find((r) => r.sharedAt === null) ??
    (me ? reports.find((r) => r.author === me.name && r.organisation === me.organisationName) : undefined) ??
    null
  );
}

/** The workers' name of a meeting's kind, from an appointment's `meetingKind` (a plain string on the appointments contract). */
export const meetingKindLabel = (kind: string | null): string =>
  kind && isOneOf(MEETING_KINDS, kind) ? MEETING_KIND_LABELS[kind] : 'Meeting';

/**
 * A word on who should chair, where the kind expects it: a child protection conference is chaired by someone independent of
 * the family's casework, so the worker arranging it is reminded before leaving "Me" chosen.
 */
export function chairHint(kind: MeetingKind | ''): string | undefined {
  return kind === 'child_protection_initial' || kind === 'child_protection_review'
    ? 'A child protection conference is usually chaired by someone who does not work with the family day to day.'
    : undefined;
}
