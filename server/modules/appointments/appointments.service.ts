// A worker arranging visits and appointments with the family (issue 17 §1): the family's appointments they read with the
// arranging form's data (the parent's barriers, the family's people, the care team), one appointment, proposing one with
// 1–5 times, recording an unannounced visit with why (answering and changing one: appointment-changes.service.ts). Each
// create is one transaction with its audit event, idempotent; a worker's words the family reads go through the
// respectful-words check.
import type { z } from 'zod';
import type {
  ProposeAppointmentInput,
  UnannouncedVisitInput,
  WorkerAppointment,
  WorkerAppointments,
} from '../../../shared/contracts/appointments.ts';
import { DEFAULT_APPOINTMENT_MINUTES } from '../../../shared/domain/appointments.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyAppointments as m } from '../../../shared/i18n/notify-appointments.messages.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { readFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { askForFeedback } from '../feedback/index.ts';
import { requestFingerprint } from '../records/index.ts';
import { checkWords, keptFor, keptOf, recordKeptAsWritten } from '../words/index.ts';
import { appointmentView, inCalendarOrder, workerFacts, workerView } from './appointment-views.ts';
import * as repo from './appointments.repo.ts';
import { arrangingFor } from './appointments-barriers.service.ts';
import {
  type AppointmentDeps,
  changeFamily,
  checkKey,
  insistFuture,
  keyReused,
  type Loaded,
  loadOne,
  namesFor,
  readerFor,
  tellParent,
  worker,
  workerAnswer,
} from './appointments-core.ts';

export function listForFamily(deps: AppointmentDeps, ctx: RequestContext, familyId: string): Promise<WorkerAppointments> {
  const a = worker(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, familyId, 'appointments.viewed', async (tx, family) => {
    const [rows, total, team, people] = await Promise.all([
      repo.appointments(tx, family, readerFor(a)),
      repo.countAppointments(tx, family),
      repo.careTeam(tx, family),
      repo.people(tx, family),
    ]);
    const opts = await repo.options(
      tx,
      family,
      rows.map((r) => r.id),
    );
    const [names, kept, arranging] = await Promise.all([
      namesFor(tx, family, rows, opts, { team, people }),
      keptFor(
        tx,
        family,
        'appointment',
        rows.map((r) => r.id),
      ),
      arrangingFor(tx, family, people),
    ]);
    const parentId = repo.theParent(people)?.id;
    const appointments = inCalendarOrder(
      rows.map((row) =>
        workerView(
          row,
          appointmentView(row, opts, names, now),
          workerFacts(row, a.staffId, a.organisationId, team),
          keptOf(kept, row.id),
          now,
        ),
      ),
    );
    return {
      result: {
        appointments,
        notShown: total - rows.length,
        arranging,
        people: people.map((p) => ({
          personId: p.id,
          name: p.preferred_name ?? p.full_name,
          kind: p.kind,
          parent: p.id === parentId,
        })),
        team: team.map((t) => ({ staffId: t.staff_id, name: t.full_name, roleKey: t.team_role, organisation: t.organisation_name })),
      },
      audit: { details: { count: rows.length } },
    };
  });
}

export function getOne(deps: AppointmentDeps, ctx: RequestContext, familyId: string, appointmentId: string): Promise<WorkerAppointment> {
  const a = worker(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, familyId, 'appointment.viewed', async (tx, family) => {
    const got = await loadOne(tx, ctx, family, appointmentId);
    if (!got) return null;
    return {
      result: await workerAnswer(tx, family, a, got, now),
      audit: { subjectType: 'appointment', subjectId: got.row.id, details: { appointment: got.row.id, file: false } },
    };
  });
}

/** The family's people it is with (default: the parent) and the other workers coming, checked against the family and its team. */
async function whoIsComing(tx: Tx, family: VisibleFamily, a: ProfessionalActor, withPersonIds: string[], staffIds: string[]) {
  const [people, team] = await Promise.all([repo.people(tx, family), repo.careTeam(tx, family)]);
  const inFamily = new Set(people.map((p) => p.id));
  if (withPersonIds.some((id) => !inFamily.has(id)))
    throw badRequest('Choose people in the family.', { withPersonIds: 'Choose people in the family' });
  const onTeam = new Set(team.map((t) => t.staff_id));
  if (staffIds.some((id) => !onTeam.has(id)))
    throw badRequest('Choose workers from the family’s care team.', { staffIds: 'Choose workers from the family’s care team' });
  const parentId = repo.theParent(people)?.id;
  const personIds = withPersonIds.length ? [...new Set(withPersonIds)] : parentId ? [parentId] : [];
  return { personIds, staffIds: [...new Set(staffIds)].filter((id) => id !== a.staffId) };
}

type Created = { appointment: WorkerAppointment; created: boolean };

/** The answer to a create: the new appointment, or a retry's (the same key and body) the first one made. */
async function createdOrRetried(
  tx: Tx,
  ctx: RequestContext,
  family: VisibleFamily,
  a: ProfessionalActor,
  inserted: boolean,
  id: string,
  key: string | undefined,
  fingerprint: string | null,
): Promise<{ got: Loaded; created: boolean } | null> {
  if (!inserted && key) {
    // A retried save (a double tap, a dropped connection) answers with what the first one made.
    const existing = await repo.byIdempotencyKey(tx, family, a.accountId, key);
    if (!existing) return null;
    if (existing.idempotency_fingerprint !== fingerprint) throw keyReused();
    const got = await loadOne(tx, ctx, family, existing.id);
    return got ? { got, created: false } : null;
  }
  const got = await loadOne(tx, ctx, family, id);
  return got ? { got, created: true } : null;
}

export function propose(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof ProposeAppointmentInput>,
  key: string | undefined,
): Promise<Created> {
  const a = worker(ctx);
  checkKey(key);
  const now = deps.now();
  input.options.forEach((o, i) => {
    insistFuture(new Date(o.startsAt), now, `options.${i}.startsAt`);
  });
  const fingerprint = key === undefined ? null : requestFingerprint('POST /api/families/:familyId/appointments', input);
  return changeFamily<Created>(deps, ctx, familyId, 'appointment.proposed', familyId, async (tx, family) => {
    const who = await whoIsComing(tx, family, a, input.withPersonIds, input.staffIds);
    // The worker's words are checked before they are written (issue 16 §1).
    const words = checkWords({ purpose: input.purpose, place: input.place, whatToBring: input.whatToBring }, input.keepAsWritten);
    const id = newId();
    const inserted = await repo.insertAppointment(tx, family, {
      id,
      kind: input.kind,
      purpose: input.purpose,
      place: input.place,
      what_to_bring: input.whatToBring,
      status: 'proposed',
      unannounced: false,
      unannounced_reason: null,
      arranged_by_staff_id: a.staffId,
      arranged_by_organisation_id: a.organisationId,
      staff_ids: who.staffIds,
      person_ids: who.personIds,
      starts_at: null,
      ends_at: null,
      created_by_account_id: a.accountId,
      idempotency_key: key ?? null,
      idempotency_fingerprint: fingerprint,
    });
    if (inserted) {
      await repo.insertOptions(
        tx,
        family,
        id,
        input.options.map((o) => ({
          id: newId(),
          round: 1,
          starts_at: new Date(o.startsAt),
          ends_at: new Date(o.endsAt),
          proposed_by: 'worker' as const,
          proposed_by_staff_id: a.staffId,
          proposed_by_account_id: a.accountId,
          note: null,
          written_in: 'en' as const,
        })),
      );
      await recordKeptAsWritten(tx, family, a, { kind: 'appointment', id, version: 1 }, words);
      await tellParent(tx, family, 'appointment_proposed', phrase(m.proposed, { name: a.name, kind: input.kind }));
    }
    const done = await createdOrRetried(tx, ctx, family, a, inserted, id, key, fingerprint);
    if (!done) return null;
    return {
      result: { appointment: await workerAnswer(tx, family, a, done.got, now), created: done.created },
      audit: {
        subjectType: 'appointment',
        subjectId: done.got.row.id,
        details: { appointment: done.got.row.id, kind: input.kind, options: input.options.length, retried: !done.created },
      },
    };
  });
}

export function recordUnannounced(
  deps: AppointmentDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof UnannouncedVisitInput>,
  key: string | undefined,
): Promise<Created> {
  const a = worker(ctx);
  checkKey(key);
  const now = deps.now();
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() > now.getTime())
    throw badRequest('This is in the future: enter when the visit happened.', { startsAt: 'Enter when it happened' });
  const endsAt = input.endsAt ? new Date(input.endsAt) : new Date(startsAt.getTime() + DEFAULT_APPOINTMENT_MINUTES * 60_000);
  const fingerprint = key === undefined ? null : requestFingerprint('POST /api/families/:familyId/appointments/unannounced', input);
  return changeFamily<Created>(deps, ctx, familyId, 'appointment.unannounced_recorded', familyId, async (tx, family) => {
    const who = await whoIsComing(tx, family, a, input.withPersonIds, input.staffIds);
    const words = checkWords({ reason: input.reason, purpose: input.purpose, place: input.place }, input.keepAsWritten);
    const id = newId();
    const inserted = await repo.insertAppointment(tx, family, {
      id,
      kind: input.kind,
      purpose: input.purpose,
      place: input.place,
      what_to_bring: null,
      status: 'happened',
      unannounced: true,
      unannounced_reason: input.reason,
      arranged_by_staff_id: a.staffId,
      arranged_by_organisation_id: a.organisationId,
      staff_ids: who.staffIds,
      person_ids: who.personIds,
      starts_at: startsAt,
      ends_at: endsAt,
      created_by_account_id: a.accountId,
      idempotency_key: key ?? null,
      idempotency_fingerprint: fingerprint,
    });
    if (inserted) {
      await recordKeptAsWritten(tx, family, a, { kind: 'appointment', id, version: 1 }, words);
      // She sees it, with the reason, in her calendar: she is told it is there.
      await tellParent(tx, family, 'visit_unannounced', phrase(m.unannounced, { name: a.name }));
      await askForFeedback(tx, family, { about: 'visit', id, workerId: a.staffId }, now);
    }
    const done = await createdOrRetried(tx, ctx, family, a, inserted, id, key, fingerprint);
    if (!done) return null;
    return {
      result: { appointment: await workerAnswer(tx, family, a, done.got, now), created: done.created },
      audit: {
        subjectType: 'appointment',
        subjectId: done.got.row.id,
        details: { appointment: done.got.row.id, retried: !done.created },
      },
    };
  });
}
