// A worker answering and changing a visit or appointment (issue 17 §1): accepting the time the parent suggested, offering
// new times, cancelling with a reason (checked like their other words the family reads), saying it happened. Each is found as
// the worker reads it (404 otherwise), refused with a 403 naming who can when they may not change it, and a 409 with it as it
// is now when they read an older version.
import type { z } from 'zod';
import type {
  CancelAppointmentInput,
  ChooseTimeInput,
  HappenedInput,
  OfferTimesInput,
  WorkerAppointment,
} from '../../../shared/contracts/appointments.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyAppointments as m } from '../../../shared/i18n/notify-appointments.messages.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { askForFeedback } from '../feedback/index.ts';
import { checkWords, recordKeptAsWritten } from '../words/index.ts';
import * as say from './appointment-messages.ts';
import { openTimes } from './appointment-views.ts';
import * as repo from './appointments.repo.ts';
import {
  type AppointmentDeps,
  changeFamily,
  insistFuture,
  insistWorkerMayChange,
  type Loaded,
  loadOne,
  parentIsTold,
  stale,
  tellParent,
  tellWorkers,
  worker,
  workerAnswer,
  workerSide,
} from './appointments-core.ts';

/**
 * A change of one appointment by a worker: found as they read it (404 otherwise), refused with a 403 naming who can when
 * they may not change it, a 409 with it as it is now when they read an older version; `work` then changes it.
 */
function changeAsWorker(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  appointmentId: string,
  version: number,
  action: Parameters<typeof changeFamily>[3],
  work: (tx: Tx, family: VisibleFamily, got: Loaded, a: ProfessionalActor, now: Date) => Promise<Record<string, unknown>>,
): Promise<WorkerAppointment> {
  const a = worker(ctx);
  const now = deps.now();
  return changeFamily<WorkerAppointment>(deps, ctx, familyId, action, appointmentId, async (tx, family) => {
    const got = await loadOne(tx, ctx, family, appointmentId);
    if (!got) return null;
    insistWorkerMayChange(a, got);
    if (got.row.version !== version) throw await stale(tx, ctx, family, appointmentId, now);
    const details = await work(tx, family, got, a, now);
    const after = await loadOne(tx, ctx, family, appointmentId);
    if (!after) return null;
    return {
      result: await workerAnswer(tx, family, a, after, now),
      audit: { subjectType: 'appointment', subjectId: appointmentId, details: { appointment: appointmentId, ...details } },
    };
  });
}

/** The change itself, conditional on the version read: a 409 when someone changed it in between. */
async function update(tx: Tx, ctx: RequestContext, family: VisibleFamily, got: Loaded, change: repo.AppointmentChange, now: Date) {
  if (!(await repo.updateAppointment(tx, family, got.row.id, got.row.version, change))) throw await stale(tx, ctx, family, got.row.id, now);
}

const notOpen = (what: string) =>
  new HttpError(409, 'not_open', `This visit or appointment has already happened or been cancelled, so it cannot be ${what}.`);

/** A worker agrees the time the parent suggested. */
export function acceptTime(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  appointmentId: string,
  input: z.output<typeof ChooseTimeInput>,
) {
  return changeAsWorker(deps, ctx, familyId, appointmentId, input.version, 'appointment.agreed', async (tx, family, got, a, now) => {
    const option = openTimes(got.opts).find((o) => o.id === input.optionId && o.proposed_by === 'family');
    if (got.row.status !== 'proposed' || !option)
      throw badRequest('Choose a time the family suggested that is still open.', { optionId: 'Choose a time the family suggested' });
    insistFuture(new Date(option.starts_at), now, 'optionId');
    await update(tx, ctx, family, got, { status: 'agreed', starts_at: option.starts_at, ends_at: option.ends_at, agreed_at: now }, now);
    await repo.settleOptions(tx, family, got.row.id, option.id);
    const parentName = got.names.accounts.get(option.proposed_by_account_id) ?? 'The family';
    if (parentIsTold(got.row))
      await tellParent(tx, family, 'appointment_agreed', phrase(m.agreedByWorker, { name: a.name, kind: got.row.kind }));
    await tellWorkers(
      tx,
      family,
      'appointment_agreed',
      workerSide(got.row, got.names.team, a.staffId),
      say.acceptedMessage(a.name, parentName, got.row.kind, new Date(option.starts_at)),
    );
    return { by: 'worker' };
  });
}

/** A worker offers new times: the family's suggestion did not suit, or an agreed time has to move. */
export function offerTimes(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  appointmentId: string,
  input: z.output<typeof OfferTimesInput>,
) {
  const now = deps.now();
  input.options.forEach((o, i) => {
    insistFuture(new Date(o.startsAt), now, `options.${i}.startsAt`);
  });
  return changeAsWorker(deps, ctx, familyId, appointmentId, input.version, 'appointment.times_offered', async (tx, family, got, a) => {
    if (got.row.status !== 'proposed' && got.row.status !== 'agreed') throw notOpen('moved');
    // Nobody in the family chooses a professionals' meeting's time (issue 17 §2): it moves to one new time, agreed at once.
    const settled = got.row.meeting_kind === 'professionals';
    const only = input.options[0];
    if (settled && (input.options.length !== 1 || !only))
      throw badRequest('A professionals’ meeting moves to one new time: nobody in the family chooses it.', {
        options: 'Give one time',
      });
    const ids = input.options.map(() => newId());
    await update(
      tx,
      ctx,
      family,
      got,
      settled && only
        ? { status: 'agreed', starts_at: new Date(only.startsAt), ends_at: new Date(only.endsAt), agreed_at: now }
        : { status: 'proposed', starts_at: null, ends_at: null, agreed_at: null },
      now,
    );
    await repo.settleOptions(tx, family, got.row.id, null);
    const round = Math.max(0, ...got.opts.map((o) => o.round)) + 1;
    await repo.insertOptions(
      tx,
      family,
      got.row.id,
      input.options.map((o, i) => ({
        id: ids[i] ?? newId(),
        round,
        starts_at: new Date(o.startsAt),
        ends_at: new Date(o.endsAt),
        proposed_by: 'worker' as const,
        proposed_by_staff_id: a.staffId,
        proposed_by_account_id: a.accountId,
        note: null,
        written_in: 'en' as const,
      })),
    );
    if (settled) await repo.settleOptions(tx, family, got.row.id, ids[0] ?? null);
    if (parentIsTold(got.row))
      await tellParent(tx, family, 'appointment_proposed', phrase(m.newTimes, { name: a.name, kind: got.row.kind }));
    await tellWorkers(
      tx,
      family,
      'appointment_proposed',
      workerSide(got.row, got.names.team, a.staffId),
      say.newTimesMessage(a.name, got.row.kind),
    );
    return { options: input.options.length };
  });
}

/** A worker calls it off, with a reason the parent reads (checked like their other words). */
export function cancelAsWorker(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  appointmentId: string,
  input: z.output<typeof CancelAppointmentInput>,
) {
  return changeAsWorker(deps, ctx, familyId, appointmentId, input.version, 'appointment.cancelled', async (tx, family, got, a, now) => {
    if (got.row.status !== 'proposed' && got.row.status !== 'agreed') throw notOpen('cancelled');
    const words = checkWords({ reason: input.reason }, input.keepAsWritten);
    await update(
      tx,
      ctx,
      family,
      got,
      {
        status: 'cancelled',
        cancelled_by_staff_id: a.staffId,
        cancelled_by_account_id: null,
        cancel_reason: input.reason,
        cancel_reason_written_in: 'en',
        cancelled_at: now,
      },
      now,
    );
    await repo.settleOptions(tx, family, got.row.id, null);
    await recordKeptAsWritten(tx, family, a, { kind: 'appointment', id: got.row.id, version: got.row.version + 1 }, words);
    if (parentIsTold(got.row))
      await tellParent(tx, family, 'appointment_cancelled', phrase(m.cancelled, { name: a.name, kind: got.row.kind }));
    await tellWorkers(
      tx,
      family,
      'appointment_cancelled',
      workerSide(got.row, got.names.team, a.staffId),
      say.cancelledByWorkerMessage(a.name, got.row.kind),
    );
    return { by: 'worker' };
  });
}

/** A worker says an agreed appointment took place (its time has come). */
export function recordHappened(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  appointmentId: string,
  input: z.output<typeof HappenedInput>,
) {
  return changeAsWorker(deps, ctx, familyId, appointmentId, input.version, 'appointment.happened', async (tx, family, got, a, now) => {
    if (got.row.status !== 'agreed' || !got.row.starts_at || new Date(got.row.starts_at) > now)
      throw new HttpError(409, 'not_due', 'Only an agreed visit or appointment whose time has come can be marked as having happened.');
    await update(tx, ctx, family, got, { status: 'happened' }, now);
    await askForFeedback(tx, family, { about: 'visit', id: got.row.id, workerId: a.staffId }, now);
    return {};
  });
}
