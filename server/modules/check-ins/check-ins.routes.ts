// HTTP routes of the parent's check-ins: her own (portal) and the ones she chose to show a worker.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckInSaved,
  MyCheckIns,
  NewCheckInRequest,
  SaveCheckInSettingsRequest,
  SharedCheckIns,
} from '../../../shared/contracts/check-ins.ts';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './check-ins.service.ts';

export function registerCheckInRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['check-ins'];
  r.get(
    '/api/portal/check-ins',
    {
      config: { permission: 'portal.check_in' },
      schema: {
        tags,
        summary: 'My check-ins of the last year, my settings, and the people I can show them to',
        response: { 200: MyCheckIns },
      },
    },
    (q) => service.getMyCheckIns(deps, q.ctx),
  );
  r.put(
    '/api/portal/check-ins/settings',
    {
      config: { permission: 'portal.check_in' },
      schema: {
        tags,
        summary: 'How often I am asked, the words of my scale, and who sees my check-ins (version 0 for the first save)',
        body: SaveCheckInSettingsRequest,
        response: { 200: MyCheckIns, 400: ErrorBody, 409: ErrorBody },
      },
    },
    (q) => service.saveSettings(deps, q.ctx, q.body),
  );
  r.post(
    '/api/portal/check-ins',
    {
      config: { permission: 'portal.check_in' },
      schema: {
        tags,
        summary: 'Say how things are; send an idempotency-key header so a retry makes one check-in',
        headers: z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough(),
        body: NewCheckInRequest,
        response: { 201: CheckInSaved, 400: ErrorBody },
      },
    },
    async (q, reply) => {
      const saved = await service.addCheckIn(deps, q.ctx, q.body, q.headers['idempotency-key']);
      return reply.code(201).send(saved);
    },
  );
  r.get(
    '/api/families/:familyId/check-ins',
    {
      config: { permission: 'check_ins.read' },
      schema: {
        tags,
        summary: 'The check-ins a parent of this family chose to show me',
        params: z.object({ familyId: z.string().max(100) }),
        response: { 200: z.object({ people: z.array(SharedCheckIns) }), 404: ErrorBody },
      },
    },
    (q) => service.sharedWithMe(deps, q.ctx, q.params.familyId),
  );
}
