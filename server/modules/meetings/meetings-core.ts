// What every use case on meetings shares (issue 17 §2): one meeting loaded as the caller may read it (a worker by
// meetings.policy.ts, the parent as her calendar does, a young person when it is about them), each side's answer, the 409
// with the meeting as it is now, and who is told. The appointments module's own steps are reused (a meeting is an appointment).
import type { FamilyMeeting, WorkerMeeting, YoungPersonMeeting } from '../../../shared/contracts/meetings.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { isUuid } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { forbidden, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import {
  type AppointmentDeps,
  appointmentView,
  appointmentsRepo as arepo,
  familyView,
  isPast,
  namesFor,
  Refused,
  workerAnswer,
  workerFacts,
} from '../appointments/index.ts';
import { keptFor, keptOf } from '../words/index.ts';
import { familyMeetingView, type MeetingData, meetingFacts, workerMeetingView, youngPersonMeetingView } from './meeting-views.ts';
import { youngPersonReads } from './meetings.policy.ts';
import * as repo from './meetings.repo.ts';

export type MeetingDeps = AppointmentDeps;

/** Which meetings a load reads: a worker's (meetings.policy.ts), the parent's (as her calendar), or all (a use case that decides). */
function readerOf(ctx: RequestContext, now: Date): arepo.Reader {
  const a = ctx.actor;
  if (a.kind === 'professional') return { readable: repo.meetingReadableBy(a.staffId, a.organisationId) };
  if (a.kind === 'parent') return arepo.familyReader(now);
  return 'all';
}

/** The meeting's rows for a set of appointment rows already read (kind 'meeting' with its meetings row). */
async function dataFor(tx: Tx, family: VisibleFamily, rows: readonly arepo.AppointmentRow[]): Promise<MeetingData[]> {
  const mine = rows.filter((r) => r.kind === 'meeting');
  if (mine.length === 0) return [];
  const [opts, meetingRows] = await Promise.all([
    arepo.options(
      tx,
      family,
      mine.map((r) => r.id),
    ),
    repo.meetings(
      tx,
      family,
      mine.map((r) => r.id),
    ),
  ]);
  const names = await namesFor(tx, family, mine, opts);
  const chairs = meetingRows
    .map((m) => m.chair_staff_id)
    .filter((id) => !names.team.some((t) => t.staff_id === id) && !names.staff.has(id));
  const otherChairs = new Map((await arepo.staffNames(tx, chairs)).map((s) => [s.id, s]));
  const out: MeetingData[] = [];
  for (const row of mine) {
    const meeting = meetingRows.find((m) => m.appointment_id === row.id);
    if (!meeting) continue;
    const member = names.team.find((t) => t.staff_id === meeting.chair_staff_id);
    const other = names.staff.get(meeting.chair_staff_id);
    const left = otherChairs.get(meeting.chair_staff_id);
    out.push({
      row,
      opts: opts.filter((o) => o.appointment_id === row.id),
      names,
      meeting,
      parts: await repo.parts(tx, family, row.id),
      chair: {
        staffId: meeting.chair_staff_id,
        name: member?.full_name ?? other?.name ?? left?.full_name ?? 'A worker',
        organisation: member?.organisation_name ?? other?.organisation ?? left?.organisation_name ?? '',
        onTeam: member !== undefined,
      },
    });
  }
  return out;
}

/**
 * One meeting the caller reads, with everything recorded on it; undefined when out of reach (answered 404, as a meeting
 * that does not exist). A young person reads only one about them that the family is invited to; anyone else in the family
 * none (the permissions keep them out first).
 */
export async function loadMeeting(
  tx: Tx,
  ctx: RequestContext,
  family: VisibleFamily,
  meetingId: string,
  now: Date,
): Promise<MeetingData | undefined> {
  if (!isUuid(meetingId)) return undefined;
  const a = ctx.actor;
  if (a.kind !== 'professional' && a.kind !== 'parent' && a.kind !== 'young_person') return undefined;
  const [row] = await arepo.appointments(tx, family, readerOf(ctx, now), meetingId);
  if (!row) return undefined;
  const [d] = await dataFor(tx, family, [row]);
  if (!d) return undefined;
  if (
    a.kind === 'young_person' &&
    !youngPersonReads({ familyInvited: d.meeting.family_invited, aboutThem: d.row.person_ids.includes(a.personId) })
  )
    return undefined;
  return d;
}

/** The family's meetings a young person reads: invited, and about them. */
export async function youngPersonsMeetings(tx: Tx, family: VisibleFamily, personId: string): Promise<MeetingData[]> {
  const rows = (await arepo.appointments(tx, family, 'all')).filter((r) => r.kind === 'meeting' && r.person_ids.includes(personId));
  const all = await dataFor(tx, family, rows);
  return all.filter((d) => youngPersonReads({ familyInvited: d.meeting.family_invited, aboutThem: true }));
}

/** The parent's meetings, as her calendar lists them (for her copy of everything held about her). */
export async function parentsMeetings(tx: Tx, family: VisibleFamily, now: Date): Promise<MeetingData[]> {
  return dataFor(tx, family, await arepo.appointments(tx, family, arepo.familyReader(now)));
}

export const worker = (ctx: RequestContext): ProfessionalActor => {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
};

/** A worker's facts about a loaded meeting (appointments.policy.ts's, and chair). */
export const factsOf = (d: MeetingData, a: ProfessionalActor) =>
  meetingFacts(d, workerFacts(d.row, a.staffId, a.organisationId, d.names.team), a.staffId);

/** The worker's view of a loaded meeting, with the words kept as written beside the meeting, its reports and decisions. */
export async function workerMeetingOf(
  tx: Tx,
  family: VisibleFamily,
  a: ProfessionalActor,
  d: MeetingData,
  now: Date,
): Promise<WorkerMeeting> {
  const appointment = await workerAnswer(tx, family, a, { row: d.row, opts: [...d.opts], names: d.names }, now);
  const partIds = [...d.parts.reports.map((r) => r.id), ...d.parts.decisions.map((x) => x.id)];
  const kept = await keptFor(tx, family, ['meeting', 'meeting_part'], [d.row.id, ...partIds]);
  const facts = factsOf(d, a);
  const visibleReports = new Set(d.parts.reports.filter((r) => r.shared_at !== null || r.author_staff_id === a.staffId).map((r) => r.id));
  const keptHere = [d.row.id, ...partIds.filter((id) => visibleReports.has(id) || d.parts.decisions.some((x) => x.id === id))].flatMap(
    (id) => keptOf(kept, id),
  );
  return workerMeetingView(d, appointment, facts, a.staffId, [...appointment.keptAsWritten, ...keptHere], now);
}

/** The parent's view of a loaded meeting (her calendar's card, and the meeting's parts shared with her). */
export function familyMeetingOf(d: MeetingData, now: Date): FamilyMeeting {
  return familyMeetingView(d, familyView(appointmentView(d.row, d.opts, d.names, now)), now);
}

/** The worker's view of a meeting as it is now (after a change, for a 409's `current`, or for modules building on this). */
export async function answerWorker(tx: Tx, ctx: RequestContext, family: VisibleFamily, meetingId: string, now: Date) {
  const a = worker(ctx);
  const d = await loadMeeting(tx, ctx, family, meetingId, now);
  return d ? workerMeetingOf(tx, family, a, d, now) : null;
}

/** The parent's view of a meeting as it is now. */
export async function answerFamily(tx: Tx, ctx: RequestContext, family: VisibleFamily, meetingId: string, now: Date) {
  const d = await loadMeeting(tx, ctx, family, meetingId, now);
  return d ? familyMeetingOf(d, now) : null;
}

/** The 409 for a change that read an older version: the meeting as it is now, for whoever asked. */
export async function staleMeeting(tx: Tx, ctx: RequestContext, family: VisibleFamily, meetingId: string, now: Date) {
  const a = ctx.actor;
  // A young person's `current` is their own entry (their list's), never the parent's view of the meeting.
  const again = async () => {
    if (a.kind === 'professional') return answerWorker(tx, ctx, family, meetingId, now);
    if (a.kind !== 'young_person') return answerFamily(tx, ctx, family, meetingId, now);
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    return d ? youngPersonMeetingView(d, a.personId, isPast(d.row, d.opts, now), now) : null;
  };
  return staleSave<WorkerMeeting | FamilyMeeting | YoungPersonMeeting | null>(
    again,
    'This meeting was changed by someone else while you were looking at it. Look at it as it is now, then try again.',
  );
}

/** Refuses what the policy does not allow, as an audited 403 saying who can (thrown inside changeFamily's work). */
export function refuse(allowed: boolean, reason: string, message: string) {
  if (!allowed) throw new Refused(reason, forbidden(message));
}
