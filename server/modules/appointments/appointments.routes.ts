// HTTP routes of visits and appointments (issue 17 §1, §3): the parent's calendar and her answers (/api/portal/…), the care
// team's arranging (/api/families/:familyId/appointments/…), and the calendar files (.ics) for a phone or a worker's diary.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppointmentBarriers,
  AppointmentBarriersInput,
  CancelAppointmentInput,
  ChooseTimeInput,
  FamilyAppointment,
  HappenedInput,
  OfferTimesInput,
  PortalCalendar,
  ProposeAppointmentInput,
  SuggestTimeInput,
  UnannouncedCount,
  UnannouncedCountQuery,
  UnannouncedVisitInput,
  WorkerAppointment,
  WorkerAppointments,
} from '../../../shared/contracts/appointments.ts';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { WordsToCheckBody } from '../words/index.ts';
import * as changes from './appointment-changes.service.ts';
import * as worker from './appointments.service.ts';
import { saveBarriersAsParent, saveBarriersAsWorker } from './appointments-barriers.service.ts';
import type { AppointmentDeps } from './appointments-core.ts';
import * as files from './appointments-ics.service.ts';
import * as portal from './appointments-portal.service.ts';
import { unannouncedCount } from './unannounced-count.service.ts';

// A 409 carries the appointment as it is now (`current`), so the screen can show what changed.
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough(), 422: ErrorBody };
/** A save of a worker's words the family reads: its 400 may be `words_to_check`, with the findings (modules/words). */
const wordErrors = { ...errors, 400: WordsToCheckBody };
const idem = z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough();
const familyParams = z.object({ familyId: z.string().max(100) });
const appointmentParams = z.object({ familyId: z.string().max(100), appointmentId: z.string().max(100) });
const portalParams = z.object({ appointmentId: z.string().max(100) });

/** A calendar file: a download, never a page of ours. */
const sendIcs = (reply: FastifyReply, file: files.CalendarDownload) =>
  reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .send(file.body);

export function registerAppointmentRoutes(app: FastifyInstance, deps: AppointmentDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['visits and appointments'];

  // The parent.
  r.get(
    '/api/portal/calendar',
    {
      config: { permission: 'portal.calendar' },
      schema: {
        tags,
        summary: 'My calendar: visits and appointments coming (soonest first) and past (latest first), and what makes them hard',
        response: { 200: PortalCalendar, ...errors },
      },
    },
    (q) => portal.calendar(deps, q.ctx),
  );
  r.get(
    '/api/portal/calendar.ics',
    {
      config: { permission: 'portal.calendar' },
      schema: { tags, summary: 'My calendar as a file for my phone’s calendar (agreed times; cancelled ones marked cancelled)' },
    },
    async (q, reply) => sendIcs(reply, await files.familyCalendarFile(deps, q.ctx)),
  );
  r.get(
    '/api/portal/appointments/:appointmentId/calendar.ics',
    {
      config: { permission: 'portal.calendar' },
      schema: { tags, summary: 'One visit or appointment as a file for my phone’s calendar', params: portalParams },
    },
    async (q, reply) => sendIcs(reply, await files.familyAppointmentFile(deps, q.ctx, q.params.appointmentId)),
  );
  r.post(
    '/api/portal/appointments/:appointmentId/choose',
    {
      config: { permission: 'portal.calendar' },
      schema: {
        tags,
        summary: 'Choose one of the times offered: it is agreed, and both sides are told',
        params: portalParams,
        body: ChooseTimeInput,
        response: { 200: FamilyAppointment, ...errors },
      },
    },
    (q) => portal.chooseTime(deps, q.ctx, q.params.appointmentId, q.body),
  );
  r.post(
    '/api/portal/appointments/:appointmentId/suggest',
    {
      config: { permission: 'portal.calendar' },
      schema: {
        tags,
        summary: 'Suggest another time, with a note if I like; the worker accepts it or offers other times',
        params: portalParams,
        body: SuggestTimeInput,
        response: { 200: FamilyAppointment, ...errors },
      },
    },
    (q) => portal.suggestTime(deps, q.ctx, q.params.appointmentId, q.body),
  );
  r.post(
    '/api/portal/appointments/:appointmentId/cancel',
    {
      config: { permission: 'portal.calendar' },
      schema: {
        tags,
        summary: 'Cancel, with a reason the workers read',
        params: portalParams,
        body: CancelAppointmentInput,
        response: { 200: FamilyAppointment, ...errors },
      },
    },
    (q) => portal.cancelAsParent(deps, q.ctx, q.params.appointmentId, q.body),
  );
  r.put(
    '/api/portal/calendar/barriers',
    {
      config: { permission: 'portal.calendar' },
      schema: {
        tags,
        summary: 'What makes appointments hard for me: childcare, getting there, times that suit (version 0 for the first save)',
        body: AppointmentBarriersInput,
        response: { 200: AppointmentBarriers, ...errors },
      },
    },
    (q) => saveBarriersAsParent(deps, q.ctx, q.body),
  );

  // The care team.
  r.get(
    '/api/families/:familyId/appointments',
    {
      config: { permission: 'appointments.read' },
      schema: {
        tags,
        summary:
          'The family’s visits and appointments I read (coming, then past), how many are not shared with me, and the arranging form’s data',
        params: familyParams,
        response: { 200: WorkerAppointments, 404: ErrorBody },
      },
    },
    (q) => worker.listForFamily(deps, q.ctx, q.params.familyId),
  );
  r.get(
    '/api/families/:familyId/appointments/:appointmentId',
    {
      config: { permission: 'appointments.read' },
      schema: {
        tags,
        summary: 'One visit or appointment, with what I may do and, once its time has come, what “Record a visit or contact” opens with',
        params: appointmentParams,
        response: { 200: WorkerAppointment, 404: ErrorBody },
      },
    },
    (q) => worker.getOne(deps, q.ctx, q.params.familyId, q.params.appointmentId),
  );
  r.get(
    '/api/families/:familyId/appointments/:appointmentId/calendar.ics',
    {
      config: { permission: 'appointments.read' },
      schema: { tags, summary: 'One visit or appointment as a calendar file', params: appointmentParams },
    },
    async (q, reply) => sendIcs(reply, await files.workerAppointmentFile(deps, q.ctx, q.params.familyId, q.params.appointmentId)),
  );
  r.get(
    '/api/appointments/calendar.ics',
    {
      config: { permission: 'appointments.read' },
      schema: { tags, summary: 'My own diary: the visits and appointments I arranged or am coming to, as a calendar file' },
    },
    async (q, reply) => sendIcs(reply, await files.workerCalendarFile(deps, q.ctx)),
  );
  r.post(
    '/api/families/:familyId/appointments',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary:
          'Propose a visit or appointment: what it is for, where, what to bring, 1–5 times (the parent is told); send an idempotency-key header so a retry makes one',
        params: familyParams,
        headers: idem,
        body: ProposeAppointmentInput,
        response: { 201: WorkerAppointment, 200: WorkerAppointment, ...wordErrors },
      },
    },
    async (q, reply) => {
      const { appointment, created } = await worker.propose(deps, q.ctx, q.params.familyId, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send(appointment);
    },
  );
  r.post(
    '/api/families/:familyId/appointments/unannounced',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary:
          'Record a visit that was not arranged with the family first: when, and why (the parent sees it with the reason); send an idempotency-key header',
        params: familyParams,
        headers: idem,
        body: UnannouncedVisitInput,
        response: { 201: WorkerAppointment, 200: WorkerAppointment, ...wordErrors },
      },
    },
    async (q, reply) => {
      const { appointment, created } = await worker.recordUnannounced(deps, q.ctx, q.params.familyId, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send(appointment);
    },
  );
  r.post(
    '/api/families/:familyId/appointments/:appointmentId/accept',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary: 'Accept the time the parent suggested: it is agreed, and she is told',
        params: appointmentParams,
        body: ChooseTimeInput,
        response: { 200: WorkerAppointment, ...errors },
      },
    },
    (q) => changes.acceptTime(deps, q.ctx, q.params.familyId, q.params.appointmentId, q.body),
  );
  r.post(
    '/api/families/:familyId/appointments/:appointmentId/offer',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary: 'Offer new times (1–5), instead of the parent’s suggestion or an agreed time that has to move',
        params: appointmentParams,
        body: OfferTimesInput,
        response: { 200: WorkerAppointment, ...errors },
      },
    },
    (q) => changes.offerTimes(deps, q.ctx, q.params.familyId, q.params.appointmentId, q.body),
  );
  r.post(
    '/api/families/:familyId/appointments/:appointmentId/cancel',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary: 'Cancel, with a reason the parent reads',
        params: appointmentParams,
        body: CancelAppointmentInput,
        response: { 200: WorkerAppointment, ...wordErrors },
      },
    },
    (q) => changes.cancelAsWorker(deps, q.ctx, q.params.familyId, q.params.appointmentId, q.body),
  );
  r.post(
    '/api/families/:familyId/appointments/:appointmentId/happened',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary: 'Say an agreed visit or appointment took place (its time has come)',
        params: appointmentParams,
        body: HappenedInput,
        response: { 200: WorkerAppointment, ...errors },
      },
    },
    (q) => changes.recordHappened(deps, q.ctx, q.params.familyId, q.params.appointmentId, q.body),
  );
  r.put(
    '/api/families/:familyId/appointments/barriers',
    {
      config: { permission: 'appointments.arrange' },
      schema: {
        tags,
        summary: 'What makes appointments hard for the family, written with the parent (version 0 for the first save)',
        params: familyParams,
        body: AppointmentBarriersInput,
        response: { 200: AppointmentBarriers, ...wordErrors },
      },
    },
    (q) => saveBarriersAsWorker(deps, q.ctx, q.params.familyId, q.body),
  );
  r.get(
    '/api/team/visits/unannounced',
    {
      config: { permission: 'team.visits_view' },
      schema: {
        tags: ['team view'],
        summary: 'My team: how many visits were made unannounced in the last months, by worker, beside all the team’s visits',
        querystring: UnannouncedCountQuery,
        response: { 200: UnannouncedCount, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => unannouncedCount(deps, q.ctx, q.query),
  );
}
