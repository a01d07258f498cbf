// The parent's side of visits and appointments (issue 17 §1, §3), from her phone: her calendar (what's coming and what
// happened, with who, where, what to bring, and why a visit was not arranged first), choosing one of the times offered,
// suggesting another with a note, and cancelling with a reason. The workers on its side are told of each.
import type { z } from 'zod';
import type {
  CancelAppointmentInput,
  ChooseTimeInput,
  FamilyAppointment,
  PortalCalendar,
  SuggestTimeInput,
} from '../../../shared/contracts/appointments.ts';
import { DEFAULT_APPOINTMENT_MINUTES } from '../../../shared/domain/appointments.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyAppointments as m } from '../../../shared/i18n/notify-appointments.messages.ts';
import { type FamilyMemberActor, writerLanguage } from '../../access/actor.ts';
import { readFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as say from './appointment-messages.ts';
import { appointmentView, familyView, inCalendarOrder, openTimes } from './appointment-views.ts';
import { familyReads } from './appointments.policy.ts';
import * as repo from './appointments.repo.ts';
import { arrangingFor } from './appointments-barriers.service.ts';
import {
  type AppointmentDeps,
  changeFamily,
  familyAnswer,
  insistFuture,
  type Loaded,
  loadOne,
  namesFor,
  PROFESSIONALS_ONLY,
  parent,
  parentIsTold,
  Refused,
  stale,
  tellParent,
  tellWorkers,
  workerSide,
} from './appointments-core.ts';

export function calendar(deps: AppointmentDeps, ctx: RequestContext): Promise<PortalCalendar> {
  const a = parent(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, a.familyId, 'calendar.viewed', async (tx, family) => {
    const result = await calendarOf(tx, family, now);
    return {
      result,
      audit: { subjectType: 'person', subjectId: a.personId, details: { count: result.coming.length + result.past.length } },
    };
  });
}

async function calendarOf(tx: Tx, family: VisibleFamily, now: Date): Promise<PortalCalendar> {
  const [rows, people] = await Promise.all([repo.appointments(tx, family, repo.familyReader(now)), repo.people(tx, family)]);
  const opts = await repo.options(
    tx,
    family,
    rows.map((r) => r.id),
  );
  const [names, arranging] = await Promise.all([namesFor(tx, family, rows, opts, { people }), arrangingFor(tx, family, people)]);
  const all = inCalendarOrder(rows.map((r) => familyView(appointmentView(r, opts, names, now))));
  return { coming: all.filter((v) => !v.past), past: all.filter((v) => v.past), arranging };
}

/**
 * The calendar as the person's own page shows it, for their copy of everything held about them (subject access): the
 * same rule as the page (familyReads: the parent's alone), so null for anyone else.
 */
export function calendarAsSeenBy(
  tx: Tx,
  family: VisibleFamily,
  viewer: FamilyMemberActor,
  now = new Date(),
): Promise<PortalCalendar | null> {
  return familyReads(viewer.kind) ? calendarOf(tx, family, now) : Promise.resolve(null);
}

/** A change of one appointment by the parent: 404 when there is no such one, 409 with it as it is now when she read an older version. */
function changeAsParent(
  deps: AppointmentDeps,
  ctx: RequestContext,
  appointmentId: string,
  version: number,
  action: Parameters<typeof changeFamily>[3],
  work: (tx: Tx, family: VisibleFamily, got: Loaded, a: FamilyMemberActor, now: Date) => Promise<Record<string, unknown>>,
): Promise<FamilyAppointment> {
  const a = parent(ctx);
  const now = deps.now();
  return changeFamily<FamilyAppointment>(deps, ctx, a.familyId, action, appointmentId, async (tx, family) => {
    const got = await loadOne(tx, ctx, family, appointmentId, now);
    if (!got) return null;
    // A professionals' meeting is in her calendar as a fact only (issue 17 §2): nothing for her to answer.
    if (!parentIsTold(got.row)) throw new Refused('professionals_meeting', forbidden(PROFESSIONALS_ONLY));
    if (got.row.version !== version) throw await stale(tx, ctx, family, appointmentId, now);
    const details = await work(tx, family, got, a, now);
    const after = await loadOne(tx, ctx, family, appointmentId, now);
    if (!after) return null;
    return {
      result: familyAnswer(after, now),
      audit: { subjectType: 'appointment', subjectId: appointmentId, details: { appointment: appointmentId, ...details } },
    };
  });
}

async function update(tx: Tx, ctx: RequestContext, family: VisibleFamily, got: Loaded, change: repo.AppointmentChange, now: Date) {
  if (!(await repo.updateAppointment(tx, family, got.row.id, got.row.version, change))) throw await stale(tx, ctx, family, got.row.id, now);
}

const notOpen = () =>
  new HttpError(
    409,
    'not_open',
    'This has already happened or been cancelled, so it cannot be changed. Look at your calendar to see it as it is now.',
  );

/** She chooses one of the times the worker offered: it is agreed, and both sides are told. */
export function chooseTime(deps: AppointmentDeps, ctx: RequestContext, appointmentId: string, input: z.output<typeof ChooseTimeInput>) {
  return changeAsParent(deps, ctx, appointmentId, input.version, 'appointment.agreed', async (tx, family, got, a, now) => {
    const option = openTimes(got.opts).find((o) => o.id === input.optionId && o.proposed_by === 'worker');
    if (got.row.status !== 'proposed' || !option)
      throw badRequest('Choose one of the times offered.', { optionId: 'Choose one of the times offered' });
    insistFuture(new Date(option.starts_at), now, 'optionId');
    await update(tx, ctx, family, got, { status: 'agreed', starts_at: option.starts_at, ends_at: option.ends_at, agreed_at: now }, now);
    await repo.settleOptions(tx, family, got.row.id, option.id);
    const arranger = got.names.team.find((t) => t.staff_id === got.row.arranged_by_staff_id)?.full_name ?? 'your worker';
    // Both sides are told: the workers, and the parent, so the agreed time is among her messages too.
    await tellWorkers(
      tx,
      family,
      'appointment_agreed',
      workerSide(got.row, got.names.team),
      say.chosenMessage(a.name, got.row.kind, new Date(option.starts_at)),
    );
    await tellParent(tx, family, 'appointment_agreed', phrase(m.agreedByYou, { name: arranger, kind: got.row.kind }));
    return { by: 'family' };
  });
}

/** She suggests another time (with a note if she likes); it waits for a worker to accept it or offer others. */
export function suggestTime(deps: AppointmentDeps, ctx: RequestContext, appointmentId: string, input: z.output<typeof SuggestTimeInput>) {
  return changeAsParent(deps, ctx, appointmentId, input.version, 'appointment.time_suggested', async (tx, family, got, a, now) => {
    if (got.row.status !== 'proposed' && got.row.status !== 'agreed') throw notOpen();
    const startsAt = new Date(input.startsAt);
    insistFuture(startsAt, now, 'startsAt');
    // Left without an end, it lasts as long as the time the worker last offered (or an hour).
    const offered = [...got.opts].reverse().find((o) => o.proposed_by === 'worker');
    const minutes = offered
      ? (new Date(offered.ends_at).getTime() - new Date(offered.starts_at).getTime()) / 60_000
      : DEFAULT_APPOINTMENT_MINUTES;
    const endsAt = input.endsAt ? new Date(input.endsAt) : new Date(startsAt.getTime() + minutes * 60_000);
    await update(tx, ctx, family, got, { status: 'proposed', starts_at: null, ends_at: null, agreed_at: null }, now);
    await repo.settleOptions(tx, family, got.row.id, null);
    await repo.insertOptions(tx, family, got.row.id, [
      {
        id: newId(),
        round: Math.max(0, ...got.opts.map((o) => o.round)) + 1,
        starts_at: startsAt,
        ends_at: endsAt,
        proposed_by: 'family',
        proposed_by_staff_id: null,
        proposed_by_account_id: a.accountId,
        note: input.note,
        written_in: writerLanguage(a),
      },
    ]);
    await tellWorkers(
      tx,
      family,
      'appointment_time_proposed',
      workerSide(got.row, got.names.team),
      say.suggestedMessage(a.name, got.row.kind, startsAt),
    );
    return {};
  });
}

/** She calls it off, with a reason the workers read (in the language she wrote it in). */
export function cancelAsParent(
  deps: AppointmentDeps,
  ctx: RequestContext,
  appointmentId: string,
  input: z.output<typeof CancelAppointmentInput>,
) {
  return changeAsParent(deps, ctx, appointmentId, input.version, 'appointment.cancelled', async (tx, family, got, a, now) => {
    if (got.row.status !== 'proposed' && got.row.status !== 'agreed') throw notOpen();
    await update(
      tx,
      ctx,
      family,
      got,
      {
        status: 'cancelled',
        cancelled_by_staff_id: null,
        cancelled_by_account_id: a.accountId,
        cancel_reason: input.reason,
        cancel_reason_written_in: writerLanguage(a),
        cancelled_at: now,
      },
      now,
    );
    await repo.settleOptions(tx, family, got.row.id, null);
    await tellWorkers(
      tx,
      family,
      'appointment_cancelled',
      workerSide(got.row, got.names.team),
      say.cancelledByFamilyMessage(a.name, got.row.kind),
    );
    return { by: 'family' };
  });
}
