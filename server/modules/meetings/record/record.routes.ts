// HTTP routes of a meeting's record (issue 17 §2): who came, decisions, actions into the family plan, the minutes and their
// sharing (the care team, /api/families/:familyId/meetings/:meetingId/…), the parent's reply to the minutes
// (/api/portal/meetings/:meetingId/minutes/replies), and the team manager's count of late minutes.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../shared/contracts/common.ts';
import {
  AttendanceInput,
  DecisionInput,
  FamilyMeeting,
  MeetingActionInput,
  MeetingReplyInput,
  MinutesInput,
  OverdueMinutes,
  ShareInput,
  WorkerMeeting,
} from '../../../../shared/contracts/meetings.ts';
import { WordsToCheckBody } from '../../words/index.ts';
import type { MeetingDeps } from '../meetings-core.ts';
import { overdueMinutes } from './overdue-minutes.service.ts';
import * as record from './record.service.ts';

// A 409 carries the meeting as it is now (`current`), so the screen can show what changed.
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough(), 422: ErrorBody };
/** A save of a worker's words the family reads: its 400 may be `words_to_check`, with the findings (modules/words). */
const wordErrors = { ...errors, 400: WordsToCheckBody };
const idem = z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough();
const meetingParams = z.object({ familyId: z.string().max(100), meetingId: z.string().max(100) });
const portalParams = z.object({ meetingId: z.string().max(100) });

export function meetingRecordRoutes(app: FastifyInstance, deps: MeetingDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.put(
    '/api/families/:familyId/meetings/:meetingId/attendance',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary: 'Who came (the whole list, replacing the last): the chair or the worker who arranged it, once its time has come',
        params: meetingParams,
        body: AttendanceInput,
        response: { 200: WorkerMeeting, ...errors },
      },
    },
    (q) => record.recordAttendance(deps, q.ctx, q.params.familyId, q.params.meetingId, q.body),
  );
  r.post(
    '/api/families/:familyId/meetings/:meetingId/decisions',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary:
          'A decision with who made it and the parent’s view beside it; a new involvement level is made through the family’s own path, and the children it is about prompt their explanation; send an idempotency-key header',
        params: meetingParams,
        headers: idem,
        body: DecisionInput,
        response: { 201: WorkerMeeting, 200: WorkerMeeting, ...wordErrors },
      },
    },
    async (q, reply) => {
      const { meeting, created } = await record.recordDecision(
        deps,
        q.ctx,
        q.params.familyId,
        q.params.meetingId,
        q.body,
        q.headers['idempotency-key'],
      );
      return reply.code(created ? 201 : 200).send(meeting);
    },
  );
  r.post(
    '/api/families/:familyId/meetings/:meetingId/actions',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary:
          'An action the meeting agreed: it lands in the family recovery plan’s working version as proposed, by the plan’s rules; send an idempotency-key header',
        params: meetingParams,
        headers: idem,
        body: MeetingActionInput,
        response: { 201: WorkerMeeting, 200: WorkerMeeting, ...wordErrors },
      },
    },
    async (q, reply) => {
      const { meeting, created } = await record.recordAction(
        deps,
        q.ctx,
        q.params.familyId,
        q.params.meetingId,
        q.body,
        q.headers['idempotency-key'],
      );
      return reply.code(created ? 201 : 200).send(meeting);
    },
  );
  r.put(
    '/api/families/:familyId/meetings/:meetingId/minutes',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary: 'The chair’s minutes in plain words, saved as a draft the family does not see (the meeting’s version)',
        params: meetingParams,
        body: MinutesInput,
        response: { 200: WorkerMeeting, ...wordErrors },
      },
    },
    (q) => record.saveMinutes(deps, q.ctx, q.params.familyId, q.params.meetingId, q.body),
  );
  r.post(
    '/api/families/:familyId/meetings/:meetingId/minutes/share',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary: 'Share the minutes with the family, once (the parent is told; never for a professionals’ meeting)',
        params: meetingParams,
        body: ShareInput,
        response: { 200: WorkerMeeting, ...errors },
      },
    },
    (q) => record.shareMinutes(deps, q.ctx, q.params.familyId, q.params.meetingId, q.body),
  );
  r.post(
    '/api/portal/meetings/:meetingId/minutes/replies',
    {
      config: { permission: 'portal.meetings' },
      schema: {
        tags,
        summary: 'My reply beside the minutes shared with me (the chair is told); send an idempotency-key header',
        params: portalParams,
        headers: idem,
        body: MeetingReplyInput,
        response: { 200: FamilyMeeting, ...errors },
      },
    },
    (q) => record.replyToMinutes(deps, q.ctx, q.params.meetingId, q.body, q.headers['idempotency-key']),
  );
  r.get(
    '/api/team/meetings/minutes-overdue',
    {
      config: { permission: 'team.meetings_view' },
      schema: {
        tags: ['team view'],
        summary: 'My team: meetings whose minutes are late, by the chair in my team (count and the oldest due date)',
        response: { 200: OverdueMinutes, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => overdueMinutes(deps, q.ctx),
  );
}
