// HTTP routes for the family's feedback: the family member's page, answering or skipping a request, feedback about
// anything; a worker's own feedback over time; a team manager's team feedback.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  AnswerAskInput,
  GiveFeedbackInput,
  MyFeedback,
  PortalFeedback,
  TeamFeedback,
  WorkerFeedback,
} from '../../../shared/contracts/feedback.ts';
import * as feedback from './feedback.service.ts';
import * as views from './feedback-views.service.ts';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const keyHeader = z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough();
const askParams = z.object({ askId: z.string().max(100) });
const Given = z.object({ feedback: MyFeedback });

export function registerFeedbackRoutes(app: FastifyInstance, deps: feedback.FeedbackDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['feedback'];
  r.get(
    '/api/portal/feedback',
    {
      config: { permission: 'portal.feedback' },
      schema: {
        tags,
        summary: 'The family member’s open requests for feedback (newest first) and the feedback they gave',
        response: { 200: PortalFeedback, ...errors },
      },
    },
    (q) => feedback.getPage(deps, q.ctx),
  );
  r.post(
    '/api/portal/feedback/asks/:askId/answer',
    {
      config: { permission: 'portal.feedback' },
      schema: {
        tags,
        summary: 'Answer a request for feedback (any of the questions and/or words; who sees it); send an idempotency-key header',
        params: askParams,
        headers: keyHeader,
        body: AnswerAskInput,
        response: { 200: Given, 201: Given, 422: ErrorBody, ...errors },
      },
    },
    async (q, reply) => {
      const { feedback: given, created } = await feedback.answerAsk(deps, q.ctx, q.params.askId, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send({ feedback: given });
    },
  );
  r.post(
    '/api/portal/feedback/asks/:askId/skip',
    {
      config: { permission: 'portal.feedback' },
      schema: { tags, summary: 'Not now: set a request for feedback aside, without saying why', params: askParams },
    },
    async (q, reply) => {
      await feedback.skipAsk(deps, q.ctx, q.params.askId);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/portal/feedback',
    {
      config: { permission: 'portal.feedback' },
      schema: {
        tags,
        summary: 'Tell the team anything, at any time (without your name); send an idempotency-key header',
        headers: keyHeader,
        body: GiveFeedbackInput,
        response: { 200: Given, 201: Given, 422: ErrorBody, ...errors },
      },
    },
    async (q, reply) => {
      const { feedback: given, created } = await feedback.giveFeedback(deps, q.ctx, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send({ feedback: given });
    },
  );
  r.get(
    '/api/feedback/mine',
    {
      config: { permission: 'feedback.own' },
      schema: {
        tags,
        summary: 'What families told you by name: by month (averages only over enough answers) and each piece',
        response: { 200: WorkerFeedback, ...errors },
      },
    },
    (q) => views.mine(deps, q.ctx),
  );
  r.get(
    '/api/feedback/team',
    {
      config: { permission: 'team.feedback_view' },
      schema: {
        tags,
        summary: 'Your team’s feedback from families, named and team-only, by worker and month, never who gave it',
        response: { 200: TeamFeedback, ...errors },
      },
    },
    (q) => views.team(deps, q.ctx),
  );
}
