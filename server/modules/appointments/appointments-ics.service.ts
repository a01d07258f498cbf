// The calendar files (issue 17 §1): one appointment, the parent's whole calendar (her family's appointments with an agreed
// time) worded in her language, and a worker's own diary (what they arranged or are coming to, in the families they reach
// now). Each is a read of family data and is audited as one.
import { APPOINTMENT_KIND_WORDS } from '../../../shared/domain/appointments.ts';
import { notifyAppointments as m } from '../../../shared/i18n/notify-appointments.messages.ts';
import type { FamilyMemberActor, ProfessionalActor } from '../../access/actor.ts';
import { auditedRead, readFamily } from '../../access/family-access.ts';
import { HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { translateFor } from '../../i18n/catalogues.ts';
import * as repo from './appointments.repo.ts';
import { type AppointmentDeps, loadOne, parent, parentIsTold, worker } from './appointments-core.ts';
import { calendarFile, fileName, hasCalendarTime, type IcsEvent } from './appointments-ics.ts';

export type CalendarDownload = { fileName: string; body: string };

/** How far back a whole calendar goes: the last three months, and everything to come. */
const CALENDAR_DAYS_BACK = 92;

const WORKER_DESCRIPTION = 'Arranged in Umbrella. Open Umbrella to see the details.';

type Eventable = Pick<
  repo.AppointmentRow,
  'id' | 'kind' | 'status' | 'starts_at' | 'ends_at' | 'sequence' | 'updated_at' | 'place' | 'arranged_by_staff_id'
>;

function event(row: Eventable, summary: string, description: string): IcsEvent | null {
  const startsAt = row.starts_at ? new Date(row.starts_at) : null;
  if (!hasCalendarTime(row.status, startsAt) || !row.ends_at) return null;
  return {
    id: row.id,
    status: row.status,
    startsAt,
    endsAt: new Date(row.ends_at),
    sequence: row.sequence,
    updatedAt: new Date(row.updated_at),
    summary,
    description,
    location: row.place,
  };
}

/** The parent's words for an event: "Visit from Daniel Okafor (Umbrella)", in her language. */
function familyEvent(row: Eventable, arranger: string, a: FamilyMemberActor) {
  return event(row, translateFor(a.language, m.icsTitle, { kind: row.kind, name: arranger }), translateFor(a.language, m.icsDescription));
}

/** A worker's words: "Home visit: Marie, Jamie and Clare (Umbrella)" (the family as their list names it). */
const workerEvent = (row: Eventable, family: string) =>
  event(row, `${APPOINTMENT_KIND_WORDS[row.kind].label}: ${family} (Umbrella)`, WORKER_DESCRIPTION);

const noTime = () =>
  new HttpError(409, 'no_time', 'This has no agreed time yet, so there is nothing to add to a calendar. Choose or agree a time first.');

export function familyCalendarFile(deps: AppointmentDeps, ctx: RequestContext): Promise<CalendarDownload> {
  const a = parent(ctx);
  const since = new Date(deps.now().getTime() - CALENDAR_DAYS_BACK * 86_400_000);
  return readFamily(deps, ctx, a.familyId, 'calendar.downloaded', async (tx, family) => {
    // Not a professionals' meeting: she is not going to it (issue 17 §2), so it is not in her phone's calendar.
    const [all, team] = await Promise.all([repo.appointments(tx, family, repo.familyReader(deps.now())), repo.careTeam(tx, family)]);
    const rows = all.filter(parentIsTold);
    const others = new Map(
      (
        await repo.staffNames(
          tx,
          rows.map((r) => r.arranged_by_staff_id),
        )
      ).map((s) => [s.id, s.full_name]),
    );
    const nameOf = (id: string) => team.find((t) => t.staff_id === id)?.full_name ?? others.get(id) ?? 'Umbrella';
    const events = rows
      .filter((r) => r.starts_at && new Date(r.starts_at) >= since)
      .map((r) => familyEvent(r, nameOf(r.arranged_by_staff_id), a))
      .filter((e): e is IcsEvent => e !== null);
    return {
      result: { fileName: fileName('umbrella-calendar'), body: calendarFile(translateFor(a.language, m.icsCalendarName), events) },
      audit: { subjectType: 'person', subjectId: a.personId, details: { count: events.length } },
    };
  });
}

export function familyAppointmentFile(deps: AppointmentDeps, ctx: RequestContext, appointmentId: string): Promise<CalendarDownload> {
  const a = parent(ctx);
  return readFamily(deps, ctx, a.familyId, 'appointment.viewed', async (tx, family) => {
    const got = await loadOne(tx, ctx, family, appointmentId, deps.now());
    if (!got || !parentIsTold(got.row)) return null;
    const arranger = got.names.team.find((t) => t.staff_id === got.row.arranged_by_staff_id)?.full_name;
    const e = familyEvent(got.row, arranger ?? got.names.staff.get(got.row.arranged_by_staff_id)?.name ?? 'Umbrella', a);
    if (!e) throw noTime();
    return {
      result: { fileName: fileName(`umbrella-${got.row.id}`), body: calendarFile(translateFor(a.language, m.icsCalendarName), [e]) },
      audit: { subjectType: 'appointment', subjectId: got.row.id, details: { appointment: got.row.id, file: true } },
    };
  });
}

export function workerAppointmentFile(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  appointmentId: string,
): Promise<CalendarDownload> {
  worker(ctx);
  return readFamily(deps, ctx, familyId, 'appointment.viewed', async (tx, family) => {
    const got = await loadOne(tx, ctx, family, appointmentId);
    if (!got) return null;
    const e = workerEvent(got.row, family.display_name);
    if (!e) throw noTime();
    return {
      result: { fileName: fileName(`umbrella-${got.row.id}`), body: calendarFile('Umbrella', [e]) },
      audit: { subjectType: 'appointment', subjectId: got.row.id, details: { appointment: got.row.id, file: true } },
    };
  });
}

/** A worker's own diary: not one family's read, so one event with how many appointments and families it held. */
export function workerCalendarFile(deps: AppointmentDeps, ctx: RequestContext): Promise<CalendarDownload> {
  const a: ProfessionalActor = worker(ctx);
  const since = new Date(deps.now().getTime() - CALENDAR_DAYS_BACK * 86_400_000);
  return auditedRead(deps, ctx, async (tx) => {
    const rows = await repo.workerCalendar(tx, ctx.scope, a.staffId, since);
    const events = rows.map((r) => workerEvent(r, r.display_name)).filter((e): e is IcsEvent => e !== null);
    return {
      result: { fileName: fileName('umbrella-my-visits'), body: calendarFile(`Umbrella: ${a.name}`, events) },
      event: {
        action: 'appointments.downloaded',
        outcome: 'allowed',
        actor: ctx.actor,
        familyId: null,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { count: events.length, families: new Set(rows.map((r) => r.family_id)).size },
      },
    };
  });
}
