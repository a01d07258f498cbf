// How a meeting reads to each side (issue 17 §2): the worker's view (every shared report and their own draft, what they may
// do), the parent's (what is shared with her; a professionals' meeting only as a fact), and a young person's list entry (the
// kind, when, where and their own view). Pure: meetings-core.ts reads the rows, this shapes them, the policy decides.

import type { FamilyAppointment, WorkerAppointment } from '../../../shared/contracts/appointments.ts';
import type {
  AttendanceRow,
  Decision,
  FamilyMeeting,
  MeetingAction,
  MeetingReply,
  MeetingReport,
  MeetingView,
  WorkerMeeting,
  YoungPersonMeeting,
} from '../../../shared/contracts/meetings.ts';
import { ActionContent } from '../../../shared/contracts/plans.ts';
import type { KeptAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { RECORD_OPENS_MINUTES_BEFORE } from '../../../shared/domain/meetings.ts';
import { DEFAULT_WORKING_TIME, instantAt, isWorkingDay, type WorkingTime, wallClock } from '../../../shared/domain/working-time.ts';
import { type appointmentsRepo, type Names, personName } from '../appointments/index.ts';
import {
  familyMayPrepare,
  type MeetingFacts,
  mayRecord,
  mayWithhold,
  mayWriteMinutes,
  mayWriteReport,
  mayWriteViewFor,
  workerReadsReport,
} from './meetings.policy.ts';
import type { MeetingParts, MeetingRow } from './meetings.repo.ts';

type AppointmentRow = appointmentsRepo.AppointmentRow;
type OptionRow = appointmentsRepo.OptionRow;

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const DAY = 86_400_000;
const nextDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** What the views are built from: the appointment as loaded (with names), the meeting row, everything recorded on it. */
export type MeetingData = {
  row: AppointmentRow;
  opts: readonly OptionRow[];
  names: Names;
  meeting: MeetingRow;
  parts: MeetingParts;
  /** The chair's name and agency (they may have left the care team). */
  chair: { staffId: string; name: string; organisation: string; onTeam: boolean };
};

/** The meeting's time: agreed, else the earliest time still offered, else the earliest ever offered. */
export function meetingStart(row: AppointmentRow, opts: readonly OptionRow[]): Date | null {
  if (row.starts_at) return new Date(row.starts_at);
  const mine = opts.filter((o) => o.appointment_id === row.id);
  const open = mine.filter((o) => o.status === 'open');
  const times = (open.length ? open : mine).map((o) => new Date(o.starts_at).getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}

/** Its time has come (or it happened): the record can be written, and the family's views and help are closed. */
export function timeHasCome(row: Pick<AppointmentRow, 'status' | 'starts_at'>, now: Date): boolean {
  return row.status === 'happened' || (row.status === 'agreed' && row.starts_at !== null && new Date(row.starts_at) <= now);
}

/** The record may be written: it happened, or it is agreed and starts within RECORD_OPENS_MINUTES_BEFORE (or has started). */
export function recordOpens(row: Pick<AppointmentRow, 'status' | 'starts_at'>, now: Date): boolean {
  if (row.status === 'happened') return true;
  if (row.status !== 'agreed' || row.starts_at === null) return false;
  return new Date(row.starts_at).getTime() - RECORD_OPENS_MINUTES_BEFORE * 60_000 <= now.getTime();
}

/** Working days from the day after `from` up to and including the day of `to` (the notice the invitation gave). */
export function workingDaysBetween(from: Date, to: Date, wt: WorkingTime = DEFAULT_WORKING_TIME): number {
  const start = wallClock(from, wt.timeZone).date;
  const end = wallClock(to, wt.timeZone).date;
  let n = 0;
  for (let d = nextDate(start, 1); d <= end; d = nextDate(d, 1)) if (isWorkingDay(d, wt)) n++;
  return n;
}

/** The same wall-clock time `days` working days before `at` (the reports' due time). */
export function workingDaysBefore(at: Date, days: number, wt: WorkingTime = DEFAULT_WORKING_TIME): Date {
  const { date, minutes } = wallClock(at, wt.timeZone);
  let d = date;
  for (let left = days; left > 0; ) {
    d = nextDate(d, -1);
    if (isWorkingDay(d, wt)) left--;
  }
  return instantAt(d, minutes, wt.timeZone);
}

/** The date `days` working days after `at`'s day (the minutes' due date). */
export function workingDaysAfter(at: Date, days: number, wt: WorkingTime = DEFAULT_WORKING_TIME): string {
  let d = wallClock(at, wt.timeZone).date;
  for (let left = days; left > 0; ) {
    d = nextDate(d, 1);
    if (isWorkingDay(d, wt)) left--;
  }
  return d;
}

function replyView(r: MeetingParts['replies'][number]): MeetingReply {
  return { id: r.id, reportId: r.report_id, name: r.author_name, text: r.text, writtenIn: r.written_in, at: iso(r.created_at) };
}

function reportView(d: MeetingData, r: MeetingParts['reports'][number], dueBy: Date | null): MeetingReport {
  return {
    id: r.id,
    staffId: r.author_staff_id,
    author: r.author_name,
    roleKey: d.names.team.find((m) => m.staff_id === r.author_staff_id)?.team_role ?? null,
    organisation: r.organisation_name,
    text: r.text,
    sharedAt: r.shared_at ? iso(r.shared_at) : null,
    late: r.shared_at !== null && dueBy !== null && new Date(r.shared_at) > dueBy,
    replies: d.parts.replies.filter((x) => x.report_id === r.id).map(replyView),
    version: r.version,
  };
}

/** The family's views, the parent's first (the record starts with them). */
function views(d: MeetingData): MeetingView[] {
  const parentId = d.names.people.find((p) => p.account_kind === 'parent')?.id;
  const named = new Map(d.names.people.map((p) => [p.id, personName(p)]));
  return [...d.parts.views]
    .sort((a, b) => Number(b.person_id === parentId) - Number(a.person_id === parentId))
    .map((v) => ({
      personId: v.person_id,
      personName: named.get(v.person_id) ?? 'Someone in the family',
      text: v.text,
      writtenIn: v.written_in,
      author: v.author_name,
      writtenForPerson: v.written_for_person,
      version: v.version,
      updatedAt: iso(v.updated_at),
    }));
}

function decisionView(x: MeetingParts['decisions'][number]): Decision {
  return {
    id: x.id,
    text: x.text,
    decidedBy: x.decided_by,
    parentView: x.parent_view,
    parentViewWrittenIn: x.parent_view_written_in,
    parentAgrees: x.parent_agrees,
    involvementLevel: x.involvement_level_to,
    aboutPersonIds: [...x.about_person_ids],
    createdAt: iso(x.created_at),
  };
}

function actionViews(d: MeetingData): MeetingAction[] {
  return d.parts.actions.flatMap((x) => {
    const content = ActionContent.safeParse(x.content);
    if (!content.success) return [];
    return [{ planItemId: x.plan_item_id, decisionId: x.decision_id, content: content.data, removed: x.removed_at !== null }];
  });
}

function attendanceViews(d: MeetingData): AttendanceRow[] {
  return d.parts.attendance.map((x) => ({
    personId: x.person_id,
    staffId: x.staff_id,
    name: x.name,
    role: x.role,
    attendance: x.attendance,
  }));
}

/** What both sides read, before deciding what of it each may see. */
function common(d: MeetingData, now: Date) {
  const m = d.meeting;
  const start = meetingStart(d.row, d.opts);
  const planned = start ? workingDaysBefore(start, m.reports_due_working_days) : null;
  // At short notice the planned date can fall before the parent was even invited: then reports are due before the meeting
  // starts, and one shared before it is not late (nobody could have shared it by a date already gone).
  const dueBy = planned && m.invited_at && planned <= new Date(m.invited_at) ? start : planned;
  const minutesDueOn = m.minutes_due_on
    ? String(m.minutes_due_on).slice(0, 10)
    : d.row.starts_at && timeHasCome(d.row, now)
      ? workingDaysAfter(new Date(d.row.starts_at), m.minutes_due_working_days)
      : null;
  const today = wallClock(now, DEFAULT_WORKING_TIME.timeZone).date;
  const help =
    m.help_kind && m.help_text && m.help_asked_at
      ? { kind: m.help_kind, text: m.help_text, writtenIn: m.help_written_in, at: iso(m.help_asked_at) }
      : null;
  return {
    dueBy,
    parts: {
      meetingKind: d.row.meeting_kind ?? ('professionals' as const),
      familyInvited: m.family_invited,
      chair: { staffId: d.chair.staffId, name: d.chair.name, organisation: d.chair.organisation },
      invitedAt: m.invited_at ? iso(m.invited_at) : null,
      noticeWorkingDays: m.invited_at && start ? workingDaysBetween(new Date(m.invited_at), start) : null,
      shortNoticeReason: m.short_notice_reason,
      reportsDueBy: dueBy ? dueBy.toISOString() : null,
      reportsDueWorkingDays: m.reports_due_working_days,
      minutesDueWorkingDays: m.minutes_due_working_days,
      help,
      views: views(d),
      attendance: attendanceViews(d),
      decisions: d.parts.decisions.map(decisionView),
      actions: actionViews(d),
      minutes: {
        text: m.minutes,
        sharedAt: m.minutes_shared_at ? iso(m.minutes_shared_at) : null,
        dueOn: minutesDueOn,
        overdue: m.minutes_shared_at === null && minutesDueOn !== null && today > minutesDueOn,
        replies: d.parts.replies.filter((x) => x.report_id === null).map(replyView),
      },
      meetingVersion: m.version,
    },
  };
}

/** The worker's facts about one meeting: appointments.policy.ts's, and whether they chair it. */
export function meetingFacts(d: MeetingData, appointmentFacts: Omit<MeetingFacts, 'chair'>, staffId: string): MeetingFacts {
  return { ...appointmentFacts, chair: d.meeting.chair_staff_id === staffId };
}

export function workerMeetingView(
  d: MeetingData,
  appointment: WorkerAppointment,
  facts: MeetingFacts,
  staffId: string,
  kept: readonly KeptAsWritten[],
  now: Date,
): WorkerMeeting {
  const { dueBy, parts } = common(d, now);
  const open = d.row.status !== 'cancelled';
  const come = timeHasCome(d.row, now);
  const recording = recordOpens(d.row, now);
  const named = new Map(d.names.people.map((p) => [p.id, personName(p)]));
  const w = d.meeting;
  return {
    appointment,
    ...parts,
    reports: d.parts.reports
      .filter((r) => workerReadsReport({ mine: r.author_staff_id === staffId, shared: r.shared_at !== null }, facts))
      .map((r) => reportView(d, r, dueBy)),
    withheld:
      w.withholding_reason && w.withholding_review_on
        ? { reason: w.withholding_reason, reviewOn: String(w.withholding_review_on).slice(0, 10) }
        : null,
    explanationsToUpdate: w.explanation_prompted_person_ids.map((id) => ({ personId: id, name: named.get(id) ?? 'A child' })),
    allowed: {
      writeReport: open && mayWriteReport(facts),
      writeViews: familyMayPrepare({ happened: come, cancelled: !open }) && mayWriteViewFor(facts),
      record: open && mayRecord(facts, recording),
      writeMinutes: open && recording && mayWriteMinutes(facts, d.chair.onTeam),
      withhold: mayWithhold(facts, parts.meetingKind),
    },
    keptAsWritten: [...kept],
  };
}

/**
 * The parent's view. Of a meeting she is invited to: everything but drafts and unshared minutes. Of a professionals' meeting
 * (read only once it happened and not withheld): that it took place, when and what for; every part empty.
 */
export function familyMeetingView(d: MeetingData, appointment: FamilyAppointment, now: Date): FamilyMeeting {
  const { dueBy, parts } = common(d, now);
  const come = timeHasCome(d.row, now);
  const cancelled = d.row.status === 'cancelled';
  if (!d.meeting.family_invited)
    return {
      appointment,
      ...parts,
      chair: { staffId: '', name: '', organisation: '' },
      invitedAt: null,
      noticeWorkingDays: null,
      shortNoticeReason: null,
      reportsDueBy: null,
      help: null,
      views: [],
      attendance: [],
      decisions: [],
      actions: [],
      minutes: { text: null, sharedAt: null, dueOn: null, overdue: false, replies: [] },
      reports: [],
      factOnly: true,
      mayBringSupporter: false,
      mayWriteView: false,
      mayAskHelp: false,
      mayReply: false,
    };
  const shared = d.meeting.minutes_shared_at !== null;
  return {
    appointment,
    ...parts,
    minutes: shared ? parts.minutes : { ...parts.minutes, text: null, replies: [] },
    reports: d.parts.reports.filter((r) => r.shared_at !== null).map((r) => reportView(d, r, dueBy)),
    factOnly: false,
    mayBringSupporter: true,
    mayWriteView: familyMayPrepare({ happened: come, cancelled }),
    mayAskHelp: familyMayPrepare({ happened: come, cancelled }),
    mayReply: !cancelled,
  };
}

/** A young person's entry: the kind, when, where, and their own view, which they write until it has happened. */
export function youngPersonMeetingView(d: MeetingData, personId: string, past: boolean, now: Date): YoungPersonMeeting {
  const mine = views(d).find((v) => v.personId === personId) ?? null;
  return {
    id: d.row.id,
    meetingKind: d.row.meeting_kind ?? 'family_network',
    status: d.row.status,
    startsAt: d.row.starts_at ? iso(d.row.starts_at) : null,
    endsAt: d.row.ends_at ? iso(d.row.ends_at) : null,
    place: d.row.place,
    past,
    myView: mine,
    mayWriteView: familyMayPrepare({ happened: timeHasCome(d.row, now), cancelled: d.row.status === 'cancelled' }),
  };
}
