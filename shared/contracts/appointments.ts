// Contracts of visits and appointments arranged with the family and the parent's calendar (issue 17 §1, §3): what a worker
// proposes (purpose, where, 1–5 times) and records (an unannounced visit), what the parent answers from her phone (choose a
// time, suggest another, cancel with a reason), what makes appointments hard for her, and the views both sides read.
// Words a worker wrote (purpose, place, what to bring, an unannounced visit's reason) are English (PROFESSIONALS_WRITE_IN);
// words a family member wrote (a suggested time's note, a cancellation's reason, what makes appointments hard) carry
// `writtenIn`.
import { z } from 'zod';
import {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  ARRANGEABLE_KINDS,
  CANCELLED_BY,
  MAX_APPOINTMENT_HOURS,
  MAX_OPTIONS,
  OPTION_PROPOSERS,
  OPTION_STATUSES,
  WAITING_FOR,
} from '../domain/appointments.ts';
import { CARE_TEAM_ROLE_KEYS } from '../domain/care-team-roles.ts';
import { ENTRY_KIND_KEYS } from '../domain/records.ts';
import { LOCALES } from '../i18n/locales.ts';
import { DateTime, HappenedAt, Id, Text, Version, VersionOrNew } from './common.ts';
import { KeepAsWritten, KeptAsWritten } from './respectful-words.ts';

const Words = (max: number, empty: string) => Text(max).pipe(z.string().min(1, empty));
const OptionalWords = (max: number) =>
  Text(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Its end after its start, and not longer than MAX_APPOINTMENT_HOURS. */
function checkLength(v: { startsAt: string; endsAt?: string | null }, ctx: z.RefinementCtx) {
  if (!v.endsAt) return;
  const minutes = (Date.parse(v.endsAt) - Date.parse(v.startsAt)) / 60_000;
  if (minutes <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Choose an end time after the start time' });
  else if (minutes > MAX_APPOINTMENT_HOURS * 60)
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `Keep it under ${MAX_APPOINTMENT_HOURS} hours` });
}

/** One time offered: when it starts and ends (ISO with offset; stored and sent back in UTC). */
export const TimeOption = z.object({ startsAt: DateTime, endsAt: DateTime }).superRefine(checkLength);
export type TimeOption = z.input<typeof TimeOption>;

const Options = z.array(TimeOption).min(1, 'Offer at least one time').max(MAX_OPTIONS, `Offer up to ${MAX_OPTIONS} times`);

/** The people of the family it is with (default: the parent) and the other workers coming (on the care team). */
const Who = {
  withPersonIds: z.array(Id).max(20).default([]),
  staffIds: z.array(Id).max(10).default([]),
};

/** A worker proposes a visit or appointment: what it is for, where, and 1–5 times. Idempotent (idempotency-key header). */
export const ProposeAppointmentInput = z.object({
  kind: z.enum(ARRANGEABLE_KINDS, { error: 'Choose a visit at home, an appointment or a call' }),
  purpose: Words(1000, 'Say what it is for, in words the family will understand'),
  place: OptionalWords(300),
  whatToBring: OptionalWords(500),
  ...Who,
  options: Options,
  /** A worker keeps words the respectful-language check found, with a reason (issue 16 §1). */
  keepAsWritten: KeepAsWritten,
});
export type ProposeAppointmentInput = z.input<typeof ProposeAppointmentInput>;

/** A worker records a visit that was not arranged first: when, and why (required). Idempotent (idempotency-key header). */
export const UnannouncedVisitInput = z
  .object({
    kind: z.enum(ARRANGEABLE_KINDS).default('home_visit'),
    startsAt: HappenedAt,
    endsAt: HappenedAt.optional(),
    reason: Words(1000, 'Say why the visit was not arranged with the family first'),
    purpose: OptionalWords(1000),
    place: OptionalWords(300),
    ...Who,
    keepAsWritten: KeepAsWritten,
  })
  .superRefine(checkLength);
export type UnannouncedVisitInput = z.input<typeof UnannouncedVisitInput>;

/** The parent chooses one of the open times; a worker accepts the time the parent suggested. */
export const ChooseTimeInput = z.object({ optionId: Id, version: Version });
export type ChooseTimeInput = z.input<typeof ChooseTimeInput>;

/** The parent suggests another time, with a note if she likes ("after 10, when the children are at school"). */
export const SuggestTimeInput = z
  .object({
    startsAt: DateTime,
    /** Left out: as long as the time the worker offered (or an hour). */
    endsAt: DateTime.optional(),
    note: OptionalWords(500),
    version: Version,
  })
  .superRefine(checkLength);
export type SuggestTimeInput = z.input<typeof SuggestTimeInput>;

/** A worker offers new times (the family's suggestion did not suit, or the agreed time has to move). */
export const OfferTimesInput = z.object({ options: Options, version: Version });
export type OfferTimesInput = z.input<typeof OfferTimesInput>;

/** Either side calls it off, always with a reason, which the other side reads. */
export const CancelAppointmentInput = z.object({
  reason: Words(1000, 'Say why, so the other side knows'),
  version: Version,
  /** A worker's reason is checked like their other words the family reads; a family member's never is. */
  keepAsWritten: KeepAsWritten,
});
export type CancelAppointmentInput = z.input<typeof CancelAppointmentInput>;

/** A worker says an agreed appointment took place. */
export const HappenedInput = z.object({ version: Version });
export type HappenedInput = z.input<typeof HappenedInput>;

/** What makes appointments hard, in the parent's words (or written by a worker with her); 0: never saved. */
export const AppointmentBarriersInput = z.object({
  childcare: OptionalWords(500),
  travel: OptionalWords(500),
  times: OptionalWords(500),
  other: OptionalWords(500),
  version: VersionOrNew,
  /** A worker writing them with her: the words this save changes are checked (issue 16 §1); the parent's never are. */
  keepAsWritten: KeepAsWritten,
});
export type AppointmentBarriersInput = z.input<typeof AppointmentBarriersInput>;

// ---- Views --------------------------------------------------------------------------------------------------------------

/** A worker coming, or who arranged it: their name, their role on the care team (a key the page words), their agency. */
export const AppointmentWorker = z.object({
  staffId: z.string(),
  name: z.string(),
  /** CARE_TEAM_ROLE_KEYS; null when they are no longer on the family's care team. */
  roleKey: z.enum(CARE_TEAM_ROLE_KEYS).nullable(),
  organisation: z.string(),
  /** The worker who arranged it (first in the list). */
  arranged: z.boolean(),
});
export type AppointmentWorker = z.infer<typeof AppointmentWorker>;

/** A time offered by either side, and what became of it. Times are ISO in UTC. */
export const AppointmentTime = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  proposedBy: z.enum(OPTION_PROPOSERS),
  proposedByName: z.string(),
  /** The parent's note with a time she suggested, as written. */
  note: z.string().nullable(),
  writtenIn: z.enum(LOCALES),
  status: z.enum(OPTION_STATUSES),
  /** Each offer or suggestion is a round; only the latest round's open times can be chosen. */
  round: z.number().int(),
  createdAt: z.string(),
});
export type AppointmentTime = z.infer<typeof AppointmentTime>;

export const Cancellation = z.object({
  by: z.enum(CANCELLED_BY),
  name: z.string(),
  reason: z.string(),
  writtenIn: z.enum(LOCALES),
  at: z.string(),
});
export type Cancellation = z.infer<typeof Cancellation>;

/** An appointment as both sides read it. */
export const Appointment = z.object({
  id: z.string(),
  kind: z.enum(APPOINTMENT_KINDS),
  /** Issue 17 §2 (a meeting's kind); null for visits and appointments. */
  meetingKind: z.string().nullable(),
  status: z.enum(APPOINTMENT_STATUSES),
  /** A proposed appointment waits for the family to choose or for a worker to answer her suggestion. */
  waitingFor: z.enum(WAITING_FOR).nullable(),
  /** A worker's words: shown as PROFESSIONALS_WRITE_IN. */
  purpose: z.string().nullable(),
  place: z.string().nullable(),
  whatToBring: z.string().nullable(),
  unannounced: z.boolean(),
  /** Why a visit was not arranged first (a worker's words). */
  unannouncedReason: z.string().nullable(),
  /** The agreed time (or when an unannounced visit happened); null while times are only offered. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  /** Its time (agreed, or the earliest open one offered) has passed. */
  past: z.boolean(),
  workers: z.array(AppointmentWorker),
  withPeople: z.array(z.object({ personId: z.string(), name: z.string() })),
  /** Every time offered, in the order they were offered. */
  times: z.array(AppointmentTime),
  cancelled: Cancellation.nullable(),
  /** Goes up with each change of time or status (the calendar file's SEQUENCE). */
  sequence: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Appointment = z.infer<typeof Appointment>;

/** The family's view: what the parent may do with it. */
export const FamilyAppointment = Appointment.extend({
  mayChoose: z.boolean(),
  maySuggest: z.boolean(),
  mayCancel: z.boolean(),
});
export type FamilyAppointment = z.infer<typeof FamilyAppointment>;

/** What "Record a visit or contact" opens with, filled in: the kind, when, who was there and whom it is about. */
export const RecordVisitPrefill = z.object({
  kind: z.enum(ENTRY_KIND_KEYS),
  occurredAt: z.string(),
  presentPersonIds: z.array(z.string()),
  presentStaffIds: z.array(z.string()),
  aboutPersonIds: z.array(z.string()),
});
export type RecordVisitPrefill = z.infer<typeof RecordVisitPrefill>;

/** A worker's view: what they may do, the visit record's pre-filled fields once its time has come, words kept as written. */
export const WorkerAppointment = Appointment.extend({
  allowed: z.object({ accept: z.boolean(), offer: z.boolean(), cancel: z.boolean(), recordHappened: z.boolean() }),
  /** Once an agreed appointment's time has come, or it happened: open "Record a visit or contact" with these. */
  recordVisit: RecordVisitPrefill.nullable(),
  keptAsWritten: z.array(KeptAsWritten),
});
export type WorkerAppointment = z.infer<typeof WorkerAppointment>;

/** The parent's practical barriers from the needs pages (issue 15), read-only here; null when none are written. */
export const NeedsBarriers = z.object({
  childcare: z.string().nullable(),
  travelCost: z.string().nullable(),
  times: z.string().nullable(),
  language: z.string().nullable(),
  access: z.string().nullable(),
  caring: z.string().nullable(),
});
export type NeedsBarriers = z.infer<typeof NeedsBarriers>;

/** What makes appointments hard, kept here (see APPOINTMENT_BARRIER_FIELDS); version 0 until the first save. */
export const AppointmentBarriers = z.object({
  childcare: z.string().nullable(),
  travel: z.string().nullable(),
  times: z.string().nullable(),
  other: z.string().nullable(),
  writtenIn: z.enum(LOCALES),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type AppointmentBarriers = z.infer<typeof AppointmentBarriers>;

/** Shown while arranging: the needs pages' barriers when there are any, and this record (asked for when there are none). */
export const Arranging = z.object({
  needsBarriers: NeedsBarriers.nullable(),
  barriers: AppointmentBarriers,
});
export type Arranging = z.infer<typeof Arranging>;

/** GET /api/portal/calendar: what's coming (soonest first) and what happened (latest first), and what makes it hard. */
export const PortalCalendar = z.object({
  coming: z.array(FamilyAppointment),
  past: z.array(FamilyAppointment),
  arranging: Arranging,
});
export type PortalCalendar = z.infer<typeof PortalCalendar>;

/** GET /api/families/:familyId/appointments: the family's appointments this worker reads, and the arranging form's data. */
export const WorkerAppointments = z.object({
  /** Coming (soonest first), then past (latest first); `past` tells them apart. */
  appointments: z.array(WorkerAppointment),
  /** How many of the family's appointments are another agency's, not shared with this worker. */
  notShown: z.number().int(),
  arranging: Arranging,
  /** The family's people, for "who is it with" (default: the parent, `parent: true`). */
  people: z.array(z.object({ personId: z.string(), name: z.string(), kind: z.string(), parent: z.boolean() })),
  /** The care team now, for "who else is coming". */
  team: z.array(z.object({ staffId: z.string(), name: z.string(), roleKey: z.enum(CARE_TEAM_ROLE_KEYS), organisation: z.string() })),
});
export type WorkerAppointments = z.infer<typeof WorkerAppointments>;

/** GET /api/team/visits/unannounced?months=: the period to count over (1–24 months back from today; default 6). */
export const UnannouncedCountQuery = z.object({
  months: z.coerce.number().int().min(1, 'Choose 1 to 24 months').max(24, 'Choose 1 to 24 months').default(6),
});
export type UnannouncedCountQuery = z.input<typeof UnannouncedCountQuery>;

/**
 * A team manager's count of the visits their team made unannounced (issue 17 §1: "insights count them"), by the worker
 * who recorded each, with how many of all the team's visits that is. Names of the team's own workers, never a family.
 */
export const UnannouncedCount = z.object({
  months: z.number().int(),
  since: z.string(),
  total: z.number().int(),
  /** Every visit the team's workers arranged or recorded that took place in the period, announced or not. */
  allVisits: z.number().int(),
  byWorker: z.array(z.object({ staffId: z.string(), name: z.string(), count: z.number().int() })),
});
export type UnannouncedCount = z.infer<typeof UnannouncedCount>;
