// Meetings done with the family (issue 17 §2): their kinds, who decides, how people took part, and the timings a service
// sets. Every list is a tuple: the one source for the contracts, the database types and the migrations' CHECKs
// (vocabularies.test.ts holds them together). The family's words for each kind (what it is for, who decides, what can
// happen next) are messages, translated: shared/i18n/meeting-kinds.messages.ts.

/** The kinds of meeting. A professionals' meeting is the only one the family is not invited to. */
export const MEETING_KINDS = [
  'family_network',
  'core_group',
  'child_in_need_review',
  'child_protection_initial',
  'child_protection_review',
  'care_programme_review',
  'discharge_planning',
  'professionals',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The workers' names for each kind (the professional screens). */
export const MEETING_KIND_LABELS = {
  family_network: 'Family network meeting or family group conference',
  core_group: 'Core group meeting',
  child_in_need_review: 'Child in need review',
  child_protection_initial: 'Initial child protection conference',
  child_protection_review: 'Review child protection conference',
  care_programme_review: 'Care programme approach review',
  discharge_planning: 'Discharge planning meeting',
  professionals: 'Professionals’ meeting',
} as const satisfies Record<MeetingKind, string>;

/** Whether the family is invited: every kind but a professionals' meeting (meetings.family_invited). */
export const familyInvitedTo = (kind: MeetingKind): boolean => kind !== 'professionals';

/** Who made a decision (meeting_decisions.decided_by): the chair, the professionals together, everyone there, one agency. */
export const DECIDED_BY = ['chair', 'professionals', 'everyone', 'one_agency'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];
export const DECIDED_BY_LABELS = {
  chair: 'The chair',
  professionals: 'The professionals together',
  everyone: 'Everyone at the meeting, with the family',
  one_agency: 'One agency',
} as const satisfies Record<DecidedBy, string>;

/** The parent's view of a decision, beside it (meeting_decisions.parent_agrees). */
export const PARENT_AGREES = ['agrees', 'partly', 'disagrees', 'not_asked'] as const;
export type ParentAgrees = (typeof PARENT_AGREES)[number];
export const PARENT_AGREES_LABELS = {
  agrees: 'Agrees',
  partly: 'Agrees with some of it',
  disagrees: 'Does not agree',
  not_asked: 'Her view was not written down',
} as const satisfies Record<ParentAgrees, string>;

/** How someone took part (meeting_attendance.attendance). */
export const ATTENDANCE = ['attended', 'sent_apologies', 'did_not_attend'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS = {
  attended: 'Came',
  sent_apologies: 'Sent apologies',
  did_not_attend: 'Did not come',
} as const satisfies Record<Attendance, string>;

/** What the parent asks help with to get there (meetings.help_kind). */
export const MEETING_HELP_KINDS = ['childcare', 'travel', 'other'] as const;
export type MeetingHelpKind = (typeof MEETING_HELP_KINDS)[number];

/** Defaults a service may change per meeting: reports shared 3 working days before; minutes within 5 working days after. */
export const DEFAULT_REPORTS_DUE_WORKING_DAYS = 3;
export const DEFAULT_MINUTES_DUE_WORKING_DAYS = 5;
/**
 * The record (who came, decisions, actions, minutes) opens this many minutes before the agreed start: the chair writes down
 * who came as people arrive. The family's views stay open until the start itself.
 */
export const RECORD_OPENS_MINUTES_BEFORE = 30;

/** Less notice than this many working days is short notice: the worker says why, and the parent reads it. */
export const SHORT_NOTICE_WORKING_DAYS = 5;
