// HTTP routes for the end of involvement: its state for the team, close and reopen, and the parent's closing summary.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  CloseInvolvementRequest,
  ClosingReplyRequest,
  InvolvementStatus,
  PortalClosingSummary,
  ReopenInvolvementRequest,
} from '../../../shared/contracts/involvement.ts';
import { WordsToCheckBody } from '../words/index.ts';
import {
  closeInvolvement,
  getClosingSummary,
  getInvolvement,
  type InvolvementDeps,
  reopenInvolvement,
  replyToClosingSummary,
} from './involvement.service.ts';

const familyParams = z.object({ familyId: z.string().max(100) });
const errors = { 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function registerInvolvementRoutes(app: FastifyInstance, deps: InvolvementDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['end of involvement'];
  r.get(
    '/api/families/:familyId/involvement',
    {
      config: { permission: 'family.read' },
      schema: {
        tags,
        summary: 'Whether the work with the family is open, and every closing summary with the family’s replies',
        params: familyParams,
        response: { 200: InvolvementStatus, ...errors },
      },
    },
    (q) => getInvolvement(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/involvement/close',
    {
      config: { permission: 'involvement.close' },
      schema: {
        tags,
        summary: 'A key worker closes the work with the family, with a summary written for the family; the parent is told',
        params: familyParams,
        body: CloseInvolvementRequest,
        response: { 200: z.object({ teamReadUntil: z.string() }), 400: WordsToCheckBody, ...errors },
      },
    },
    (q) => closeInvolvement(deps, q.ctx, q.params.familyId, q.body),
  );
  r.post(
    '/api/families/:familyId/involvement/reopen',
    {
      config: { permission: 'involvement.close' },
      schema: {
        tags,
        summary: 'A key worker or team manager reopens the work with the family; the parent is told and reads the reason, so it is checked',
        params: familyParams,
        body: ReopenInvolvementRequest,
        response: { 204: z.null().describe('No content'), 400: WordsToCheckBody, ...errors },
      },
    },
    async (q, reply) => {
      await reopenInvolvement(deps, q.ctx, q.params.familyId, q.body);
      return reply.code(204).send(null);
    },
  );
  r.get(
    '/api/portal/closing-summary',
    {
      config: { permission: 'portal.closing_summary' },
      schema: { tags, summary: 'The closing summary written for the family', response: { 200: PortalClosingSummary } },
    },
    (q) => getClosingSummary(deps, q.ctx),
  );
  r.post(
    '/api/portal/closing-summary/replies',
    {
      config: { permission: 'portal.closing_summary' },
      schema: {
        tags,
        summary: 'The parent replies to the closing summary; the key workers are told',
        body: ClosingReplyRequest,
        response: { 201: z.object({ id: z.string() }), 409: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await replyToClosingSummary(deps, q.ctx, q.body)),
  );
}
