// HTTP routes for safeguarding overrides: start, renew and end one, and the information governance lead's review.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { RenewOverrideRequest, ReviewOverrideRequest, StartOverrideRequest } from '../../../shared/contracts/consents.ts';
import { Saved } from '../../../shared/contracts/family-edits.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { noContent } from '../../http/replies.ts';
import * as overrides from './overrides.service.ts';

const id = z.string().max(100);

export function registerOverrideRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent and sharing'];
  r.post(
    '/api/families/:familyId/overrides',
    {
      config: { permission: 'override.manage' },
      schema: {
        tags,
        summary: 'Share without consent to protect a child or prevent serious harm (at most 30 days)',
        params: z.object({ familyId: id }),
        body: StartOverrideRequest,
        response: { 201: Saved, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await overrides.startOverride(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.post(
    '/api/families/:familyId/overrides/:overrideId/renew',
    {
      config: { permission: 'override.manage' },
      schema: {
        tags,
        summary: 'Renew an override for up to 30 more days',
        params: z.object({ familyId: id, overrideId: id }),
        body: RenewOverrideRequest,
      },
    },
    (q, reply) => noContent(overrides.renewOverride(deps, q.ctx, q.params.familyId, q.params.overrideId, q.body), reply),
  );
  r.post(
    '/api/families/:familyId/overrides/:overrideId/end',
    {
      config: { permission: 'override.manage' },
      schema: { tags, summary: 'End an override now', params: z.object({ familyId: id, overrideId: id }) },
    },
    (q, reply) => noContent(overrides.endOverride(deps, q.ctx, q.params.familyId, q.params.overrideId), reply),
  );
  r.post(
    '/api/governance/overrides/:familyId/:overrideId/review',
    {
      config: { permission: 'governance.review' },
      schema: {
        tags,
        summary: 'Review an override; release tells the parent',
        params: z.object({ familyId: id, overrideId: id }),
        body: ReviewOverrideRequest,
      },
    },
    (q, reply) => noContent(overrides.reviewOverride(deps, q.ctx, q.params.familyId, q.params.overrideId, q.body), reply),
  );
}
