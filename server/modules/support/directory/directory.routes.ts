// HTTP routes of the service directory (issue 15 §2): search, one service's page, and a family member's saved services.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../shared/contracts/common.ts';
import { DirectorySearchQuery, DirectorySearchResult, ServiceDetail } from '../../../../shared/contracts/directory.ts';
import type { FamilyDeps } from '../../../access/family-access.ts';
import * as service from './directory.service.ts';

const Nothing = z.null().describe('No content');
const serviceParams = z.object({ serviceId: z.string().min(1).max(200) });

export function registerDirectoryRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];
  const config = { permission: 'directory.search' as const };
  r.get(
    '/api/directory/services',
    {
      config,
      schema: {
        tags,
        summary: 'Search the service directory by area of life, words (each a prefix), language, free and saved',
        querystring: DirectorySearchQuery,
        response: { 200: DirectorySearchResult, 400: ErrorBody },
      },
    },
    (q) => service.search(deps, q.ctx, q.query),
  );
  r.get(
    '/api/directory/services/:serviceId',
    {
      config,
      schema: {
        tags,
        summary: 'One service: opening times, places and how to get there, costs, who it is for, contacts',
        params: serviceParams,
        response: { 200: ServiceDetail, 404: ErrorBody },
      },
    },
    (q) => service.detail(deps, q.ctx, q.params.serviceId),
  );
  r.put(
    '/api/directory/saved/:serviceId',
    {
      config,
      schema: {
        tags,
        summary: 'Save a service to my own list (family members; saving again changes nothing)',
        params: serviceParams,
        response: { 204: Nothing, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => {
      await service.save(deps, q.ctx, q.params.serviceId);
      return reply.code(204).send(null);
    },
  );
  r.delete(
    '/api/directory/saved/:serviceId',
    {
      config,
      schema: { tags, summary: 'Take a service off my saved list', params: serviceParams, response: { 204: Nothing, 403: ErrorBody } },
    },
    async (q, reply) => {
      await service.unsave(deps, q.ctx, q.params.serviceId);
      return reply.code(204).send(null);
    },
  );
}
