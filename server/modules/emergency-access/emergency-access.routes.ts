// HTTP routes for emergency access ("break the glass"): start and end it, and the information governance lead's review.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { EmergencyAccessView, ReviewNoteRequest, StartEmergencyAccessRequest } from '../../../shared/contracts/consents.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { noContent } from '../../http/replies.ts';
import * as emergency from './emergency-access.service.ts';

const id = z.string().max(100);

export function registerEmergencyAccessRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent and sharing'];
  r.post(
    '/api/emergency-access',
    {
      config: { permission: 'emergency_access.use' },
      schema: {
        tags,
        summary: 'Break the glass: read one family’s record for up to 4 hours',
        body: StartEmergencyAccessRequest,
        response: { 201: EmergencyAccessView, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await emergency.startEmergencyAccess(deps, q.ctx, q.body)),
  );
  r.post(
    '/api/emergency-access/:accessId/end',
    {
      config: { permission: 'emergency_access.use' },
      schema: { tags, summary: 'End my emergency access now', params: z.object({ accessId: id }) },
    },
    (q, reply) => noContent(emergency.endEmergencyAccess(deps, q.ctx, q.params.accessId), reply),
  );
  r.post(
    '/api/governance/emergency-access/:accessId/review',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'Record the review of an emergency access', params: z.object({ accessId: id }), body: ReviewNoteRequest },
    },
    (q, reply) => noContent(emergency.reviewEmergencyAccess(deps, q.ctx, q.params.accessId, q.body), reply),
  );
}
