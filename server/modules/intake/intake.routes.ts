// HTTP routes for starting a family: the duplicate check, and the start itself (idempotent with an idempotency-key).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  DuplicateCheckRequest,
  DuplicateCheckResult,
  PossibleDuplicates,
  StartFamilyRequest,
  StartFamilyResult,
} from '../../../shared/contracts/intake.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './intake.service.ts';

export function registerIntakeRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['starting a family'];
  const config = { permission: 'families.start' as const };
  r.post(
    '/api/intake/duplicate-check',
    {
      config,
      schema: {
        tags,
        summary:
          'Is this person already known? A family you can see is linked; anywhere else, only the organisation to ask (audited either way)',
        body: DuplicateCheckRequest,
        response: { 200: DuplicateCheckResult, 400: ErrorBody, 403: ErrorBody },
      },
    },
    (q) => service.checkDuplicates(deps, q.ctx, q.body),
  );
  r.post(
    '/api/families',
    {
      config,
      schema: {
        tags,
        summary:
          'Start a family with its people; you become the first member of its care team. Send an idempotency-key header so a retried form makes one family (the same key with other answers: 422)',
        headers: z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough(),
        body: StartFamilyRequest,
        response: {
          200: StartFamilyResult,
          201: StartFamilyResult,
          400: ErrorBody,
          403: ErrorBody,
          409: PossibleDuplicates,
          422: ErrorBody,
        },
      },
    },
    async (q, reply) => {
      const { created, ...family } = await service.startFamily(deps, q.ctx, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send(family);
    },
  );
}
