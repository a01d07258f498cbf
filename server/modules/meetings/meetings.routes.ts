// HTTP routes of meetings before they happen (issue 17 §2): the care team's arranging, reading, views written for someone,
// their own reports and keeping a professionals' meeting from the parent (/api/families/:familyId/meetings/…), the parent's
// page of one meeting with her view, help and replies (/api/portal/meetings/…), and a young person's own list
// (/api/portal/my-meetings). The record's routes (attendance, decisions, actions, minutes) are record/record.routes.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  ArrangeMeetingInput,
  AskHelpInput,
  FamilyMeeting,
  MeetingReplyInput,
  OwnViewInput,
  SaveReportInput,
  ShareInput,
  WithholdMeetingInput,
  WorkerMeeting,
  WriteViewForInput,
  YoungPersonMeetings,
} from '../../../shared/contracts/meetings.ts';
import { WordsToCheckBody } from '../words/index.ts';
import * as worker from './meetings.service.ts';
import type { MeetingDeps } from './meetings-core.ts';
import * as portal from './meetings-portal.service.ts';

// A 409 carries the meeting as it is now (`current`), so the screen can show what changed.
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough(), 422: ErrorBody };
/** A save of a worker's words the family reads: its 400 may be `words_to_check`, with the findings (modules/words). */
const wordErrors = { ...errors, 400: WordsToCheckBody };
const idem = z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough();
const familyParams = z.object({ familyId: z.string().max(100) });
const meetingParams = z.object({ familyId: z.string().max(100), meetingId: z.string().max(100) });
const viewParams = meetingParams.extend({ personId: z.string().max(100) });
const portalParams = z.object({ meetingId: z.string().max(100) });
const replyParams = portalParams.extend({ reportId: z.string().max(100) });

export function registerMeetingRoutes(app: FastifyInstance, deps: MeetingDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  // The care team.
  r.post(
    '/api/families/:familyId/meetings',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary:
          'Arrange a meeting: its kind, what it is for, where, 1–5 times, who chairs; the parent is invited at once (not to a professionals’ meeting); short notice says why; send an idempotency-key header',
        params: familyParams,
        headers: idem,
        body: ArrangeMeetingInput,
        response: { 201: WorkerMeeting, 200: WorkerMeeting, ...wordErrors },
      },
    },
    async (q, reply) => {
      const { meeting, created } = await worker.arrange(deps, q.ctx, q.params.familyId, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send(meeting);
    },
  );
  r.get(
    '/api/families/:familyId/meetings/:meetingId',
    {
      config: { permission: 'meetings.read' },
      schema: {
        tags,
        summary: 'One meeting: its appointment, the family’s views, every shared report and my draft, the record, and what I may do',
        params: meetingParams,
        response: { 200: WorkerMeeting, 404: ErrorBody },
      },
    },
    (q) => worker.getOne(deps, q.ctx, q.params.familyId, q.params.meetingId),
  );
  r.put(
    '/api/families/:familyId/meetings/:meetingId/views/:personId',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary:
          'Write down a family member’s view for them (a child’s with their agreement that it is read at the meeting); version 0 the first time',
        params: viewParams,
        body: WriteViewForInput,
        response: { 200: WorkerMeeting, ...errors },
      },
    },
    (q) => worker.writeViewFor(deps, q.ctx, q.params.familyId, q.params.meetingId, q.params.personId, q.body),
  );
  r.put(
    '/api/families/:familyId/meetings/:meetingId/reports/mine',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary: 'Save my report for the meeting as a draft (only I read it until I share it); version 0 the first time',
        params: meetingParams,
        body: SaveReportInput,
        response: { 200: WorkerMeeting, ...wordErrors },
      },
    },
    (q) => worker.saveReport(deps, q.ctx, q.params.familyId, q.params.meetingId, q.body),
  );
  r.post(
    '/api/families/:familyId/meetings/:meetingId/reports/mine/share',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary: 'Share my report with the parent and everyone reading the meeting (the version I read); late after it was due',
        params: meetingParams,
        body: ShareInput,
        response: { 200: WorkerMeeting, ...errors },
      },
    },
    (q) => worker.shareReport(deps, q.ctx, q.params.familyId, q.params.meetingId, q.body),
  );
  r.put(
    '/api/families/:familyId/meetings/:meetingId/withholding',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        summary: 'Keep a professionals’ meeting from the parent for one of the record’s reasons, with a review date, or stop (reason null)',
        params: meetingParams,
        body: WithholdMeetingInput,
        response: { 200: WorkerMeeting, ...errors },
      },
    },
    (q) => worker.withhold(deps, q.ctx, q.params.familyId, q.params.meetingId, q.body),
  );

  // The parent.
  r.get(
    '/api/portal/meetings/:meetingId',
    {
      config: { permission: 'portal.meetings' },
      schema: {
        tags,
        summary:
          'A meeting I am invited to: who is coming, the views, shared reports and minutes, what was decided (a workers’ meeting only as a fact)',
        params: portalParams,
        response: { 200: FamilyMeeting, ...errors },
      },
    },
    (q) => portal.getForParent(deps, q.ctx, q.params.meetingId),
  );
  r.put(
    '/api/portal/meetings/:meetingId/view',
    {
      config: { permission: 'portal.meetings' },
      schema: {
        tags,
        summary: 'Write what I would like the meeting to know, until it happens (version 0 the first time)',
        params: portalParams,
        body: OwnViewInput,
        response: { 200: FamilyMeeting, ...errors },
      },
    },
    (q) => portal.saveParentView(deps, q.ctx, q.params.meetingId, q.body),
  );
  r.post(
    '/api/portal/meetings/:meetingId/help',
    {
      config: { permission: 'portal.meetings' },
      schema: {
        tags,
        summary: 'Ask for help to get to the meeting: childcare, travel or something else (the meeting’s version)',
        params: portalParams,
        body: AskHelpInput,
        response: { 200: FamilyMeeting, ...errors },
      },
    },
    (q) => portal.askHelp(deps, q.ctx, q.params.meetingId, q.body),
  );
  r.post(
    '/api/portal/meetings/:meetingId/reports/:reportId/replies',
    {
      config: { permission: 'portal.meetings' },
      schema: {
        tags,
        summary: 'Reply to a report shared with me (its writer is told); send an idempotency-key header so a retry makes one',
        params: replyParams,
        headers: idem,
        body: MeetingReplyInput,
        response: { 200: FamilyMeeting, ...errors },
      },
    },
    (q) => portal.replyToReport(deps, q.ctx, q.params.meetingId, q.params.reportId, q.body, q.headers['idempotency-key']),
  );

  // A young person.
  r.get(
    '/api/portal/my-meetings',
    {
      config: { permission: 'portal.my_meetings' },
      schema: {
        tags,
        summary: 'The meetings about me: what kind, when, where, and my own view',
        response: { 200: YoungPersonMeetings, ...errors },
      },
    },
    (q) => portal.youngPersonsMeetingsList(deps, q.ctx),
  );
  r.put(
    '/api/portal/my-meetings/:meetingId/view',
    {
      config: { permission: 'portal.my_meetings' },
      schema: {
        tags,
        summary: 'Write what I would like the meeting to know, until it happens (version 0 the first time)',
        params: portalParams,
        body: OwnViewInput,
        response: { 200: YoungPersonMeetings, ...errors },
      },
    },
    (q) => portal.saveYoungPersonsView(deps, q.ctx, q.params.meetingId, q.body),
  );
}
