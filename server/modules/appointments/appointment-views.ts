// How an appointment reads to each side (issue 17 §1, §3): the shared view (who is coming with their role, the family's
// people, every time offered, a cancellation), what the parent may do with it, and a worker's view with what they may do
// and the fields "Record a visit or contact" opens with. Pure: the service reads the rows, this shapes them.
import type {
  Appointment,
  AppointmentBarriers,
  AppointmentTime,
  AppointmentWorker,
  FamilyAppointment,
  NeedsBarriers,
  RecordVisitPrefill,
  WorkerAppointment,
} from '../../../shared/contracts/appointments.ts';
import type { KeptAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { ENTRY_KIND_FOR_APPOINTMENT, type WaitingFor } from '../../../shared/domain/appointments.ts';
import { type WorkerFacts, workerChanges } from './appointments.policy.ts';
import type { AppointmentRow, BarriersRow, OptionRow, PersonRow, TeamMember } from './appointments.repo.ts';

/** What naming an appointment's people needs: the care team now, other workers' names, the family's people and accounts. */
export type Names = {
  team: readonly TeamMember[];
  staff: ReadonlyMap<string, { name: string; organisation: string }>;
  people: readonly PersonRow[];
  accounts: ReadonlyMap<string, string>;
};

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
export const personName = (p: { preferred_name: string | null; full_name: string }) => p.preferred_name ?? p.full_name;

/** Every worker id an appointment mentions (to name those no longer on the care team). */
export function staffIdsOf(rows: readonly AppointmentRow[], opts: readonly OptionRow[]): string[] {
  return [
    ...rows.flatMap((r) => [r.arranged_by_staff_id, ...r.staff_ids, ...(r.cancelled_by_staff_id ? [r.cancelled_by_staff_id] : [])]),
    ...opts.flatMap((o) => (o.proposed_by_staff_id ? [o.proposed_by_staff_id] : [])),
  ];
}

/** Every family account an appointment mentions (who suggested a time, who cancelled). */
export function accountIdsOf(rows: readonly AppointmentRow[], opts: readonly OptionRow[]): string[] {
  return [
    ...rows.flatMap((r) => (r.cancelled_by_account_id ? [r.cancelled_by_account_id] : [])),
    ...opts.filter((o) => o.proposed_by === 'family').map((o) => o.proposed_by_account_id),
  ];
}

function worker(staffId: string, names: Names, arranged: boolean): AppointmentWorker {
  const member = names.team.find((m) => m.staff_id === staffId);
  const other = names.staff.get(staffId);
  return {
    staffId,
    name: member?.full_name ?? other?.name ?? 'A worker',
    roleKey: member?.team_role ?? null,
    organisation: member?.organisation_name ?? other?.organisation ?? '',
    arranged,
  };
}

const staffName = (staffId: string, names: Names) =>
  names.team.find((m) => m.staff_id === staffId)?.full_name ?? names.staff.get(staffId)?.name ?? 'A worker';

function timeView(o: OptionRow, names: Names): AppointmentTime {
  return {
    id: o.id,
    startsAt: iso(o.starts_at),
    endsAt: iso(o.ends_at),
    proposedBy: o.proposed_by,
    proposedByName: o.proposed_by_staff_id
      ? staffName(o.proposed_by_staff_id, names)
      : (names.accounts.get(o.proposed_by_account_id) ?? 'Someone in the family'),
    note: o.note,
    writtenIn: o.written_in,
    status: o.status,
    round: o.round,
    createdAt: iso(o.created_at),
  };
}

/** The times that can still be chosen: the latest round's open ones. */
export function openTimes(opts: readonly OptionRow[]): OptionRow[] {
  const latest = Math.max(0, ...opts.map((o) => o.round));
  return opts.filter((o) => o.round === latest && o.status === 'open');
}

/** Which side a proposed appointment waits for: whoever did not offer the open times. */
export function waitingFor(row: AppointmentRow, opts: readonly OptionRow[]): WaitingFor | null {
  if (row.status !== 'proposed') return null;
  const open = openTimes(opts);
  if (open.length === 0) return null;
  return open[0]?.proposed_by === 'worker' ? 'family' : 'worker';
}

/** When an appointment is: its agreed time, else its earliest open time, else its latest time offered, else when it was made. */
export function whenOf(row: AppointmentRow, opts: readonly OptionRow[]): Date {
  if (row.starts_at) return new Date(row.starts_at);
  const open = openTimes(opts).map((o) => new Date(o.starts_at).getTime());
  if (open.length) return new Date(Math.min(...open));
  const any = opts.map((o) => new Date(o.starts_at).getTime());
  return new Date(any.length ? Math.max(...any) : new Date(row.created_at).getTime());
}

/**
 * Whether it is behind us: it happened, or its time (agreed, else when it was cancelled or made) has passed; one still being
 * arranged only once every open time has passed.
 */
export function isPast(row: AppointmentRow, opts: readonly OptionRow[], now: Date): boolean {
  if (row.status === 'happened') return true;
  const open = row.status === 'proposed' ? openTimes(opts) : [];
  if (open.length) return Math.max(...open.map((o) => new Date(o.starts_at).getTime())) < now.getTime();
  return whenOf(row, opts).getTime() < now.getTime();
}

export function appointmentView(row: AppointmentRow, allOptions: readonly OptionRow[], names: Names, now: Date): Appointment {
  const opts = allOptions.filter((o) => o.appointment_id === row.id);
  const people = new Map(names.people.map((p) => [p.id, personName(p)]));
  const cancelledBy = row.cancelled_by_staff_id ? ('worker' as const) : ('family' as const);
  return {
    id: row.id,
    kind: row.kind,
    meetingKind: row.meeting_kind,
    status: row.status,
    waitingFor: waitingFor(row, opts),
    purpose: row.purpose,
    place: row.place,
    whatToBring: row.what_to_bring,
    unannounced: row.unannounced,
    unannouncedReason: row.unannounced_reason,
    startsAt: row.starts_at ? iso(row.starts_at) : null,
    endsAt: row.ends_at ? iso(row.ends_at) : null,
    past: isPast(row, opts, now),
    workers: [
      worker(row.arranged_by_staff_id, names, true),
      ...row.staff_ids.filter((s) => s !== row.arranged_by_staff_id).map((s) => worker(s, names, false)),
    ],
    withPeople: row.person_ids.map((id) => ({ personId: id, name: people.get(id) ?? 'Someone in the family' })),
    times: opts.map((o) => timeView(o, names)),
    cancelled:
      row.status === 'cancelled' && row.cancelled_at && row.cancel_reason
        ? {
            by: cancelledBy,
            name: row.cancelled_by_staff_id
              ? staffName(row.cancelled_by_staff_id, names)
              : (names.accounts.get(row.cancelled_by_account_id ?? '') ?? 'Someone in the family'),
            reason: row.cancel_reason,
            writtenIn: row.cancel_reason_written_in,
            at: iso(row.cancelled_at),
          }
        : null,
    sequence: row.sequence,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * A professionals' meeting as the family reads it (issue 17 §2): that it took place, when and what it was for; never where,
 * who came or anything said there (the family was not invited). Shown only once it happened and not withheld
 * (appointments.repo.ts#familyReader).
 */
export function asFactOnly(view: Appointment): Appointment {
  return {
    ...view,
    waitingFor: null,
    place: null,
    whatToBring: null,
    unannounced: false,
    unannouncedReason: null,
    workers: [],
    withPeople: [],
    times: [],
    cancelled: null,
  };
}

/** The parent's view: she chooses while it waits for her, suggests or cancels while it is open and still to come. */
export function familyView(full: Appointment): FamilyAppointment {
  if (full.meetingKind === 'professionals') return { ...asFactOnly(full), mayChoose: false, maySuggest: false, mayCancel: false };
  const view = full;
  const open = (view.status === 'proposed' || view.status === 'agreed') && !view.past;
  return {
    ...view,
    mayChoose: view.status === 'proposed' && view.waitingFor === 'family' && !view.past,
    maySuggest: open,
    mayCancel: open,
  };
}

/** The worker's facts about one appointment (familyVisible already let them reach the family). */
export function workerFacts(row: AppointmentRow, staffId: string, organisationId: string, team: readonly TeamMember[]): WorkerFacts {
  return {
    arranger: row.arranged_by_staff_id === staffId,
    coming: row.staff_ids.includes(staffId),
    keyWorker: team.some((m) => m.staff_id === staffId && m.key_worker !== null),
    sameAgency: row.arranged_by_organisation_id === organisationId,
  };
}

/** What "Record a visit or contact" opens with, once an agreed appointment's time has come or it happened. */
export function recordVisitPrefill(row: AppointmentRow, now: Date): RecordVisitPrefill | null {
  const due = row.status === 'happened' || (row.status === 'agreed' && row.starts_at !== null && new Date(row.starts_at) <= now);
  if (!due || !row.starts_at) return null;
  return {
    kind: ENTRY_KIND_FOR_APPOINTMENT[row.kind],
    occurredAt: iso(row.starts_at),
    presentPersonIds: [...row.person_ids],
    presentStaffIds: [...new Set([row.arranged_by_staff_id, ...row.staff_ids])],
    aboutPersonIds: [...row.person_ids],
  };
}

export function workerView(
  row: AppointmentRow,
  view: Appointment,
  facts: WorkerFacts,
  kept: readonly KeptAsWritten[],
  now: Date,
): WorkerAppointment {
  const may = workerChanges(facts);
  const open = view.status === 'proposed' || view.status === 'agreed';
  return {
    ...view,
    allowed: {
      accept: may && view.status === 'proposed' && view.waitingFor === 'worker',
      offer: may && open,
      cancel: may && open,
      recordHappened: may && view.status === 'agreed' && row.starts_at !== null && new Date(row.starts_at) <= now,
    },
    recordVisit: recordVisitPrefill(row, now),
    keptAsWritten: [...kept],
  };
}

/** Coming (soonest first), then past (latest first). */
export function inCalendarOrder<
  T extends { past: boolean; startsAt: string | null; times: { startsAt: string; status: string }[]; createdAt: string },
>(views: readonly T[]): T[] {
  const when = (v: T) =>
    Date.parse(
      v.startsAt ??
        v.times
          .filter((t) => t.status === 'open')
          .map((t) => t.startsAt)
          .sort()[0] ??
        v.times.at(-1)?.startsAt ??
        v.createdAt,
    );
  const coming = views.filter((v) => !v.past).sort((a, b) => when(a) - when(b));
  const past = views.filter((v) => v.past).sort((a, b) => when(b) - when(a));
  return [...coming, ...past];
}

export function barriersView(row: BarriersRow | undefined): AppointmentBarriers {
  return {
    childcare: row?.childcare ?? null,
    travel: row?.travel ?? null,
    times: row?.times ?? null,
    other: row?.other ?? null,
    writtenIn: row?.written_in ?? 'en',
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ? iso(row.updated_at) : null,
  };
}

/** The needs pages' barriers for the parent, or null when none of them says anything. */
export function needsBarriersView(
  row:
    | {
        childcare: string | null;
        travel_cost: string | null;
        times: string | null;
        language: string | null;
        access: string | null;
        caring: string | null;
      }
    | undefined,
): NeedsBarriers | null {
  if (!row) return null;
  const view: NeedsBarriers = {
    childcare: row.childcare,
    travelCost: row.travel_cost,
    times: row.times,
    language: row.language,
    access: row.access,
    caring: row.caring,
  };
  return Object.values(view).some((v) => v !== null && v.trim() !== '') ? view : null;
}
