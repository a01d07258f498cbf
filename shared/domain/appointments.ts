// Visits and appointments arranged with the family (issue 17 §1, §3): their kinds, where each stands, who offered a time,
// what makes appointments hard, and the plain words of each. Every list is a tuple: the one source for the contracts, the
// database types and the migrations' CHECKs (vocabularies.test.ts holds them together).
import type { EntryKind } from './records.ts';

/**
 * What is arranged. 'meeting' is kept for the meetings of issue 17 §2 (a conference, a core group), which carry their own
 * `meeting_kind`; the arranging here offers only the first three.
 */
export const APPOINTMENT_KINDS = ['home_visit', 'office_appointment', 'phone_or_video', 'meeting'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** The kinds a worker arranges (or records as an unannounced visit) here. */
export const ARRANGEABLE_KINDS = ['home_visit', 'office_appointment', 'phone_or_video'] as const satisfies readonly AppointmentKind[];
export type ArrangeableKind = (typeof ARRANGEABLE_KINDS)[number];

/** `label`: the workers' screens; `family`: what the family reads ("A visit at home"). */
export const APPOINTMENT_KIND_WORDS = {
  home_visit: { label: 'Home visit', family: 'A visit at home' },
  office_appointment: { label: 'Appointment at an office', family: 'An appointment' },
  phone_or_video: { label: 'Phone or video call', family: 'A phone or video call' },
  meeting: { label: 'Meeting', family: 'A meeting' },
} as const satisfies Record<AppointmentKind, { label: string; family: string }>;

/**
 * Where an appointment stands: times offered and none agreed yet (proposed), a time agreed (agreed), it took place
 * (happened: recorded by a worker, or an unannounced visit), or either side called it off with a reason (cancelled).
 */
export const APPOINTMENT_STATUSES = ['proposed', 'agreed', 'happened', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const APPOINTMENT_STATUS_WORDS = {
  proposed: 'Times offered, not agreed yet',
  agreed: 'Agreed',
  happened: 'Happened',
  cancelled: 'Cancelled',
} as const satisfies Record<AppointmentStatus, string>;

/** Who offered a time: a worker, or the family (the parent suggesting another). */
export const OPTION_PROPOSERS = ['worker', 'family'] as const;
export type OptionProposer = (typeof OPTION_PROPOSERS)[number];

/**
 * A time offered: still open to choose, the one chosen, or set aside (the other side offered something else, or another
 * time was chosen). Only the latest round's open times can be chosen.
 */
export const OPTION_STATUSES = ['open', 'chosen', 'set_aside'] as const;
export type OptionStatus = (typeof OPTION_STATUSES)[number];

/** Which side a proposed appointment waits for: the family to choose, or a worker to answer the family's suggestion. */
export const WAITING_FOR = ['family', 'worker'] as const;
export type WaitingFor = (typeof WAITING_FOR)[number];

/** Who called an appointment off. */
export const CANCELLED_BY = ['worker', 'family'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

/** At most this many times are offered at once (issue 17 §1). */
export const MAX_OPTIONS = 5;
/** The longest an appointment may last, in hours: a longer one is a typing slip. */
export const MAX_APPOINTMENT_HOURS = 12;
/** How long a time the parent suggests lasts when she gives no end: the worker's first offered time's length, or an hour. */
export const DEFAULT_APPOINTMENT_MINUTES = 60;
/** The day-before reminder goes this many hours before the start, to both sides, once per agreed time. */
export const REMINDER_HOURS_BEFORE = 24;
/** Appointments' times are said in this zone (the families and workers are in England and Wales). */
export const APPOINTMENT_TIME_ZONE = 'Europe/London';

/** What "Record a visit or contact" opens with after each kind (the record's entry kinds). */
export const ENTRY_KIND_FOR_APPOINTMENT = {
  home_visit: 'home_visit',
  office_appointment: 'office_meeting',
  phone_or_video: 'phone_call',
  meeting: 'multi_agency_meeting',
} as const satisfies Record<AppointmentKind, EntryKind>;

/**
 * What makes appointments hard for the family, kept here when the needs pages hold no practical barriers for the parent
 * (`person_barriers`, issue 15): each in her own words, or nothing said.
 */
export const APPOINTMENT_BARRIER_FIELDS = ['childcare', 'travel', 'times', 'other'] as const;
export type AppointmentBarrierField = (typeof APPOINTMENT_BARRIER_FIELDS)[number];
export const APPOINTMENT_BARRIER_WORDS = {
  childcare: { label: 'Childcare', hint: 'Who looks after the children, and when they are at school or nursery' },
  travel: { label: 'Getting there', hint: 'Buses, the cost of travel, not having a car' },
  times: { label: 'Times that suit', hint: 'When you can and cannot meet, for example after 10, when the children are at school' },
  other: { label: 'Anything else', hint: 'Anything else that makes appointments hard' },
} as const satisfies Record<AppointmentBarrierField, { label: string; hint: string }>;

/** A clock time in London, "10:30": what a reminder says ("tomorrow at 10:30"), the same in every language. */
export function clockTime(at: Date, timeZone = APPOINTMENT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
}
