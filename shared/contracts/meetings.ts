// Contracts of meetings done with the family (issue 17 §2). A meeting is an appointment of kind 'meeting' (its times are
// offered, chosen, suggested, moved and cancelled by the appointment routes, and it is in the parent's calendar); these are
// what only a meeting has: arranging one with its kind and chair, the invitation and its notice, the family's views, the
// workers' reports shared before it and the family's replies, the record (attendance, decisions with the parent's view
// beside each, actions that land in the family's plan as proposed), and the minutes with the family's replies.
// Words a worker wrote are English (PROFESSIONALS_WRITE_IN); words a family member wrote carry `writtenIn`.
import { z } from 'zod';
import { CARE_TEAM_ROLE_KEYS } from '../domain/care-team-roles.ts';
import { INVOLVEMENT_LEVELS } from '../domain/involvement-levels.ts';
import {
  ATTENDANCE,
  DECIDED_BY,
  DEFAULT_MINUTES_DUE_WORKING_DAYS,
  DEFAULT_REPORTS_DUE_WORKING_DAYS,
  MEETING_HELP_KINDS,
  MEETING_KINDS,
  PARENT_AGREES,
} from '../domain/meetings.ts';
import { WITHHOLDING_REASON_KEYS } from '../domain/records.ts';
import { LOCALES } from '../i18n/locales.ts';
import { Appointment, FamilyAppointment, TimeOption, WorkerAppointment } from './appointments.ts';
import { CalendarDate, Id, Text, Version } from './common.ts';
import { ActionContent } from './plans.ts';
import { KeepAsWritten, KeptAsWritten } from './respectful-words.ts';

const WrittenIn = z.enum(LOCALES);
const Words = (max: number, empty: string) => Text(max).pipe(z.string().min(1, empty));
const OptionalWords = (max: number) =>
  Text(max)
    .nullish()
    .transform((v) => (v ? v : null));

// ---- Arranging (a worker) ----------------------------------------------------------------------------------------------

/**
 * A worker arranges a meeting: its kind, what it is for, where, 1–5 times, the family's people it is about (default: the
 * parent and the children), the other workers invited, who chairs (default: the worker arranging), and the timings.
 * Every kind but a professionals' meeting invites the parent at once (notified, with the notice she has). Less notice than
 * SHORT_NOTICE_WORKING_DAYS needs `shortNoticeReason`, which she reads. Idempotent (idempotency-key header).
 */
export const ArrangeMeetingInput = z.object({
  meetingKind: z.enum(MEETING_KINDS, { error: 'Choose what kind of meeting it is' }),
  purpose: Words(1000, 'Say what the meeting is for, in words the family will understand'),
  place: OptionalWords(300),
  whatToBring: OptionalWords(500),
  withPersonIds: z.array(Id).max(20).default([]),
  staffIds: z.array(Id).max(20).default([]),
  chairStaffId: Id.optional(),
  options: z.array(TimeOption).min(1, 'Offer at least one time').max(5, 'Offer up to 5 times'),
  reportsDueWorkingDays: z
    .number()
    .int()
    .min(0, 'Choose 0 to 15 working days')
    .max(15, 'Choose 0 to 15 working days')
    .default(DEFAULT_REPORTS_DUE_WORKING_DAYS),
  minutesDueWorkingDays: z
    .number()
    .int()
    .min(1, 'Choose 1 to 20 working days')
    .max(20, 'Choose 1 to 20 working days')
    .default(DEFAULT_MINUTES_DUE_WORKING_DAYS),
  shortNoticeReason: OptionalWords(1000),
  keepAsWritten: KeepAsWritten,
});
export type ArrangeMeetingInput = z.input<typeof ArrangeMeetingInput>;

/** A worker writes down a family member's view (a child's needs their agreement that it is read at the meeting). */
export const WriteViewForInput = z.object({
  text: Words(4000, 'Write their view in their words'),
  /** For a child: they agreed that these words are read at the meeting (required, true). */
  agreed: z.boolean().default(false),
  /** 0: writing it for the first time. */
  version: z.number().int().min(0),
});
export type WriteViewForInput = z.input<typeof WriteViewForInput>;

/** A worker's own report for the meeting (one per worker), saved as a draft until shared with the parent. */
export const SaveReportInput = z.object({
  text: Words(20000, 'Write your report'),
  /** 0: the first save. */
  version: z.number().int().min(0),
  keepAsWritten: KeepAsWritten,
});
export type SaveReportInput = z.input<typeof SaveReportInput>;

export const ShareInput = z.object({ version: Version });
export type ShareInput = z.input<typeof ShareInput>;

/** Who was there, the whole list at once (replaces the last one). */
export const AttendanceInput = z.object({
  attendance: z
    .array(
      z
        .object({
          personId: Id.optional(),
          staffId: Id.optional(),
          /** Someone not in the family or on the care team (an advocate, a supporter): their name and role. */
          name: OptionalWords(200),
          role: OptionalWords(200),
          attendance: z.enum(ATTENDANCE, { error: 'Say whether they came' }),
        })
        .superRefine((v, ctx) => {
          if (!v.personId && !v.staffId && !v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'Write their name' });
        }),
    )
    .max(60),
  /** The meeting's version. */
  version: Version,
});
export type AttendanceInput = z.input<typeof AttendanceInput>;

/**
 * A decision, in plain words, with who made it and the parent's view beside it. A new involvement level is made through
 * the family's own path (the parent is told what it means). `aboutPersonIds`: the children it changes something for (their
 * explanation is flagged to be looked at again). Idempotent (idempotency-key header).
 */
export const DecisionInput = z.object({
  text: Words(2000, 'Write the decision in plain words'),
  decidedBy: z.enum(DECIDED_BY, { error: 'Say who made the decision' }),
  parentView: OptionalWords(2000),
  parentAgrees: z.enum(PARENT_AGREES, { error: 'Say what the parent thinks of it' }),
  involvementLevel: z.enum(INVOLVEMENT_LEVELS).optional(),
  aboutPersonIds: z.array(Id).max(20).default([]),
  keepAsWritten: KeepAsWritten,
});
export type DecisionInput = z.input<typeof DecisionInput>;

/**
 * An action the meeting agreed: it lands in the family's recovery plan (its working version) as a proposed action, with
 * the plan's own rules (a non-negotiable action on the parent says why and what happens if not). Idempotent.
 */
export const MeetingActionInput = z.object({
  content: ActionContent,
  decisionId: Id.optional(),
  worryId: Id.optional(),
  keepAsWritten: KeepAsWritten,
});
export type MeetingActionInput = z.input<typeof MeetingActionInput>;

/** The chair's minutes, in plain words: saved as a draft, then shared with the family once. */
export const MinutesInput = z.object({
  text: Words(30000, 'Write the minutes'),
  version: Version,
  keepAsWritten: KeepAsWritten,
});
export type MinutesInput = z.input<typeof MinutesInput>;

/** A professionals' meeting kept from the parent for one of the record's withholding reasons, with a review date (P1). */
export const WithholdMeetingInput = z.object({
  reason: z.enum(WITHHOLDING_REASON_KEYS).nullable(),
  reviewOn: CalendarDate.optional(),
  version: Version,
});
export type WithholdMeetingInput = z.input<typeof WithholdMeetingInput>;

// ---- The family's side --------------------------------------------------------------------------------------------------

/** The parent's or a young person's own view before the meeting. */
export const OwnViewInput = z.object({
  text: Words(4000, 'Write what you would like the meeting to know'),
  /** 0: the first time. */
  version: z.number().int().min(0),
});
export type OwnViewInput = z.input<typeof OwnViewInput>;

/** The parent asks for help to get there: childcare, travel or something else, in her words. */
export const AskHelpInput = z.object({
  kind: z.enum(MEETING_HELP_KINDS, { error: 'Choose what would help' }),
  text: Words(1000, 'Say what would help you get there'),
  version: Version,
});
export type AskHelpInput = z.input<typeof AskHelpInput>;

/** The family's reply to a report or to the minutes. Idempotent (idempotency-key header). */
export const MeetingReplyInput = z.object({ text: Words(4000, 'Write your reply') });
export type MeetingReplyInput = z.input<typeof MeetingReplyInput>;

// ---- Views ------------------------------------------------------------------------------------------------------------

export const MeetingReply = z.object({
  id: z.string(),
  reportId: z.string().nullable(),
  name: z.string(),
  text: z.string(),
  writtenIn: WrittenIn,
  at: z.string(),
});
export type MeetingReply = z.infer<typeof MeetingReply>;

export const MeetingView = z.object({
  personId: z.string(),
  /** Whose view it is. */
  personName: z.string(),
  text: z.string(),
  writtenIn: WrittenIn,
  /** Who wrote it: the person, or someone who wrote it down for them. */
  author: z.string(),
  writtenForPerson: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const MeetingReport = z.object({
  id: z.string(),
  staffId: z.string(),
  author: z.string(),
  roleKey: z.enum(CARE_TEAM_ROLE_KEYS).nullable(),
  organisation: z.string(),
  text: z.string(),
  /** null: a draft, read by its author only. */
  sharedAt: z.string().nullable(),
  /** Shared after its due time (reportsDueBy). */
  late: z.boolean(),
  replies: z.array(MeetingReply),
  version: z.number().int(),
});
export type MeetingReport = z.infer<typeof MeetingReport>;

export const AttendanceRow = z.object({
  personId: z.string().nullable(),
  staffId: z.string().nullable(),
  name: z.string(),
  /** A worker's job or care-team role, a family member's relation, or what someone else came as (as written). */
  role: z.string().nullable(),
  attendance: z.enum(ATTENDANCE),
});
export type AttendanceRow = z.infer<typeof AttendanceRow>;

export const Decision = z.object({
  id: z.string(),
  text: z.string(),
  decidedBy: z.enum(DECIDED_BY),
  parentView: z.string().nullable(),
  parentViewWrittenIn: WrittenIn,
  parentAgrees: z.enum(PARENT_AGREES).nullable(),
  involvementLevel: z.enum(INVOLVEMENT_LEVELS).nullable(),
  aboutPersonIds: z.array(z.string()),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof Decision>;

/** An action the meeting agreed, as it stands in the plan now. */
export const MeetingAction = z.object({
  planItemId: z.string(),
  decisionId: z.string().nullable(),
  content: ActionContent,
  /** It was taken out of the plan since. */
  removed: z.boolean(),
});
export type MeetingAction = z.infer<typeof MeetingAction>;

export const Minutes = z.object({
  /** null until written (the family sees them only once shared). */
  text: z.string().nullable(),
  sharedAt: z.string().nullable(),
  /** The date they should reach the family by: minutesDueWorkingDays working days after the meeting. */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  replies: z.array(MeetingReply),
});
export type Minutes = z.infer<typeof Minutes>;

/** What both sides read of a meeting beside its appointment. */
const MeetingParts = {
  meetingKind: z.enum(MEETING_KINDS),
  familyInvited: z.boolean(),
  chair: z.object({ staffId: z.string(), name: z.string(), organisation: z.string() }),
  /** When the parent was invited, and how many working days' notice that gave (to the earliest time offered or agreed). */
  invitedAt: z.string().nullable(),
  noticeWorkingDays: z.number().int().nullable(),
  shortNoticeReason: z.string().nullable(),
  /** Reports are due with the parent by then (reportsDueWorkingDays working days before); null until a time is agreed. */
  reportsDueBy: z.string().nullable(),
  reportsDueWorkingDays: z.number().int(),
  minutesDueWorkingDays: z.number().int(),
  help: z.object({ kind: z.enum(MEETING_HELP_KINDS), text: z.string(), writtenIn: WrittenIn, at: z.string() }).nullable(),
  /** The family's views, parent first: the record starts with them. */
  views: z.array(MeetingView),
  attendance: z.array(AttendanceRow),
  decisions: z.array(Decision),
  actions: z.array(MeetingAction),
  minutes: Minutes,
  meetingVersion: z.number().int(),
};

/** GET /api/families/:familyId/meetings/:meetingId: a worker's view (drafts only their own; what they may do). */
export const WorkerMeeting = z.object({
  appointment: WorkerAppointment,
  ...MeetingParts,
  /** Every shared report, and this worker's own draft. */
  reports: z.array(MeetingReport),
  withheld: z.object({ reason: z.enum(WITHHOLDING_REASON_KEYS), reviewOn: z.string() }).nullable(),
  /** Children a decision changed something for, whose explanation is to be looked at again. */
  explanationsToUpdate: z.array(z.object({ personId: z.string(), name: z.string() })),
  allowed: z.object({
    writeReport: z.boolean(),
    writeViews: z.boolean(),
    record: z.boolean(),
    writeMinutes: z.boolean(),
    withhold: z.boolean(),
  }),
  keptAsWritten: z.array(KeptAsWritten),
});
export type WorkerMeeting = z.infer<typeof WorkerMeeting>;

/**
 * GET /api/portal/meetings/:meetingId: the parent's view (shared reports, shared minutes, everything recorded). A
 * professionals' meeting she reads only as a fact once it happened, with its purpose (`factOnly`: every part empty).
 */
export const FamilyMeeting = z.object({
  appointment: FamilyAppointment,
  ...MeetingParts,
  reports: z.array(MeetingReport),
  factOnly: z.boolean(),
  /** She may bring a supporter or an advocate (every meeting she is invited to). */
  mayBringSupporter: z.boolean(),
  mayWriteView: z.boolean(),
  mayAskHelp: z.boolean(),
  mayReply: z.boolean(),
});
export type FamilyMeeting = z.infer<typeof FamilyMeeting>;

/**
 * GET /api/portal/my-meetings: a young person's meetings about them (their family is invited, they are among its people):
 * the kind, when and where, and their own view, which they may write until it has happened.
 */
export const YoungPersonMeeting = z.object({
  id: z.string(),
  meetingKind: z.enum(MEETING_KINDS),
  status: Appointment.shape.status,
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: z.string().nullable(),
  past: z.boolean(),
  myView: MeetingView.nullable(),
  mayWriteView: z.boolean(),
});
export type YoungPersonMeeting = z.infer<typeof YoungPersonMeeting>;
export const YoungPersonMeetings = z.object({ meetings: z.array(YoungPersonMeeting) });
export type YoungPersonMeetings = z.infer<typeof YoungPersonMeetings>;

/** GET /api/team/meetings/minutes-overdue: for a team manager, the team's meetings whose minutes are late, by chair. */
export const OverdueMinutes = z.object({
  total: z.number().int(),
  byChair: z.array(z.object({ staffId: z.string(), name: z.string(), count: z.number().int(), oldestDueOn: z.string() })),
});
export type OverdueMinutes = z.infer<typeof OverdueMinutes>;
