// HTTP routes for the care team and the staff directory.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { AddCareTeamMemberRequest, RemoveCareTeamMemberRequest, Saved, StaffDirectory } from '../../../shared/contracts/family-edits.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './care-teams.service.ts';

export function registerCareTeamRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care team'];
  r.get(
    '/api/staff',
    {
      config: { permission: 'staff.directory' },
      schema: {
        tags,
        summary: 'Find professionals in any agency',
        querystring: z.object({ q: z.string().max(100).default('') }),
        response: { 200: StaffDirectory },
      },
    },
    (q) => service.searchStaff(deps.db, q.query.q),
  );
  r.post(
    '/api/families/:familyId/care-team',
    {
      config: { permission: 'care_team.manage' },
      schema: {
        tags,
        summary: 'Add a professional to the family’s care team (its key workers and team managers; the parent is told)',
        params: z.object({ familyId: z.string().max(100) }),
        body: AddCareTeamMemberRequest,
        response: { 201: Saved, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await service.addMember(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.post(
    '/api/families/:familyId/care-team/:memberId/end',
    {
      config: { permission: 'care_team.manage' },
      schema: {
        tags,
        summary:
          'End a care-team membership (key workers, team managers, or the member themselves; the parent is told); their access ends on their next request',
        params: z.object({ familyId: z.string().max(100), memberId: z.string().max(100) }),
        body: RemoveCareTeamMemberRequest,
      },
    },
    async (q, reply) => {
      await service.endMember(deps, q.ctx, q.params.familyId, q.params.memberId, q.body);
      return reply.code(204).send();
    },
  );
}
