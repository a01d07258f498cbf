// HTTP routes for the crisis plan in action (issue 14 §3): reading it, what to tell whom, the parts for crisis
// services, starting and ending it, a carer's answer and the review after a crisis. access/plan-access.ts decides who.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../shared/contracts/common.ts';
import {
  CrisisCarerAnswerRequest,
  CrisisMessageRequest,
  CrisisPlan,
  CrisisPlans,
  CrisisReviewRequest,
  CrisisServicesRequest,
  StartCrisisRequest,
} from '../../../../shared/contracts/crisis.ts';
import type { FamilyDeps } from '../../../access/family-access.ts';
import { WordsToCheckBody } from '../../words/index.ts';
import * as plan from './crisis-plan.service.ts';
import * as review from './crisis-review.service.ts';
import * as uses from './crisis-use.service.ts';

const familyParams = z.object({ familyId: z.string().max(100) });
const documentParams = familyParams.extend({ documentId: z.string().max(100) });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() };

export function registerCrisisRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['crisis plan'];
  const read = { permission: 'plans.read' as const };
  const contribute = { permission: 'plans.contribute' as const };
  const share = { permission: 'plans.share' as const };

  r.get(
    '/api/families/:familyId/crisis-plans',
    {
      config: read,
      schema: {
        tags,
        summary: 'Each parent’s crisis plan in action, as far as the caller may read it (their own message, for someone told)',
        params: familyParams,
        response: { 200: CrisisPlans, ...errors },
      },
    },
    (q) => plan.listCrises(deps, q.ctx, q.params.familyId),
  );
  r.put(
    '/api/families/:familyId/plans/:documentId/crisis-messages',
    {
      config: share,
      schema: {
        tags,
        summary: 'What one person is told when the crisis plan is in use (the parent only; 409 when stale)',
        params: documentParams,
        body: CrisisMessageRequest,
        response: { 200: CrisisPlan, ...errors },
      },
    },
    (q) => plan.writeMessage(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
  r.put(
    '/api/families/:familyId/plans/:documentId/crisis-services',
    {
      config: share,
      schema: {
        tags,
        summary: 'The sections crisis services may read under emergency access (the parent only; 409 when stale)',
        params: documentParams,
        body: CrisisServicesRequest,
        response: { 200: CrisisPlan, ...errors },
      },
    },
    (q) => plan.markCrisisServices(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/crisis/start',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'My crisis plan is now in use: the parent, or a key worker with a reason (a second start returns the one in use)',
        params: documentParams,
        body: StartCrisisRequest,
        // A worker's reason is checked: its 400 may be `words_to_check`, with the findings (modules/words).
        response: { 200: CrisisPlan, 201: CrisisPlan, ...errors, 400: WordsToCheckBody },
      },
    },
    async (q, reply) => {
      const { plan: started, created } = await uses.startCrisis(deps, q.ctx, q.params.familyId, q.params.documentId, q.body);
      return reply.code(created ? 201 : 200).send(started);
    },
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/crisis/end',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'The crisis plan is no longer needed: the parent or a key worker',
        params: documentParams,
        response: { 200: CrisisPlan, ...errors },
      },
    },
    (q) => uses.endCrisis(deps, q.ctx, q.params.familyId, q.params.documentId),
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/crisis/carer-answer',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'A contingency carer says whether they can look after the children now',
        params: documentParams,
        body: CrisisCarerAnswerRequest,
        response: { 200: CrisisPlan, ...errors },
      },
    },
    (q) => uses.answerAsCrisisCarer(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
  r.put(
    '/api/families/:familyId/plans/:documentId/crisis/review',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'The parent’s review after a crisis: what helped, what she would change (409 when stale)',
        params: documentParams,
        body: CrisisReviewRequest,
        response: { 200: CrisisPlan, ...errors },
      },
    },
    (q) => review.saveReview(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
}
