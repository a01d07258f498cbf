// HTTP routes for families: parse the contract, declare the permission, call the service.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { FamilyList, FamilyOverview } from '../../../shared/contracts/families.ts';
import { type FamiliesDeps, getFamilyOverview, getMyFamily, listMyFamilies } from './families.service.ts';

export function registerFamiliesRoutes(app: FastifyInstance, deps: FamiliesDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/families',
    {
      config: { permission: 'families.list' },
      schema: { tags: ['families'], summary: 'Families whose care team I am on', response: { 200: FamilyList } },
    },
    (request) => listMyFamilies(deps, request.ctx),
  );
  r.get(
    '/api/families/:familyId',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['families'],
        summary: 'A family overview: people, households, relationships, involvement and care team',
        // Any id that is not a family the caller may see answers 404, malformed or not.
        params: z.object({ familyId: z.string().max(100) }),
        response: { 200: FamilyOverview, 404: ErrorBody },
      },
    },
    (request) => getFamilyOverview(deps, request.ctx, request.params.familyId),
  );
  r.get(
    '/api/portal/my-family',
    {
      config: { permission: 'portal.family.read' },
      schema: {
        tags: ['portal'],
        summary: 'My own family, for parents, young people and network members',
        response: { 200: FamilyOverview },
      },
    },
    (request) => getMyFamily(deps, request.ctx),
  );
}
