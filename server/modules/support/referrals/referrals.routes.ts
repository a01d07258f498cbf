// HTTP routes of referrals (issue 15 §3): a worker refers from a need with the parent's agreement, the family refers
// themselves to a service that takes self-referrals, and where a referral is now (each step with its date and who set it).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Need, NewReferralRequest, ReferralStatusRequest } from '../../../../shared/contracts/needs.ts';
import type { FamilyDeps } from '../../../access/family-access.ts';
import { errors, wordErrors } from '../needs/needs.routes.ts';
import { refer, setReferralStatus } from './referrals.service.ts';

const idem = z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough();

export function registerReferralRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  r.post(
    '/api/families/:familyId/needs/:needId/referrals',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary:
          'Refer to a service in the directory with the parent’s agreement: what may be shared, what is sent, the lawful basis (written to the disclosure log); send an idempotency-key header',
        params: z.object({ familyId: z.string().max(100), needId: z.string().max(100) }),
        headers: idem,
        body: NewReferralRequest,
        response: { 201: Need, 200: Need, ...wordErrors },
      },
    },
    async (q, reply) => {
      const route = 'POST /api/families/:familyId/needs/:needId/referrals';
      const { need, created } = await refer(deps, q.ctx, q.params.familyId, q.params.needId, q.body, q.headers['idempotency-key'], route);
      return reply.code(created ? 201 : 200).send(need);
    },
  );
  r.post(
    '/api/families/:familyId/referrals/:supportId/status',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary: 'Where the referral is now: accepted, waiting, started, declined (with the reason) or ended',
        params: z.object({ familyId: z.string().max(100), supportId: z.string().max(100) }),
        body: ReferralStatusRequest,
        response: { 200: Need, ...wordErrors },
      },
    },
    (q) => setReferralStatus(deps, q.ctx, q.params.familyId, q.params.supportId, q.body),
  );
  r.post(
    '/api/portal/needs/:needId/referrals',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'Refer myself (or my child) to a service that takes self-referrals; send an idempotency-key header',
        params: z.object({ needId: z.string().max(100) }),
        headers: idem,
        body: NewReferralRequest,
        response: { 201: Need, 200: Need, ...errors },
      },
    },
    async (q, reply) => {
      const { need, created } = await refer(
        deps,
        q.ctx,
        null,
        q.params.needId,
        q.body,
        q.headers['idempotency-key'],
        'POST /api/portal/needs/:needId/referrals',
      );
      return reply.code(created ? 201 : 200).send(need);
    },
  );
  r.post(
    '/api/portal/referrals/:supportId/status',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'Where a referral I made myself is now',
        params: z.object({ supportId: z.string().max(100) }),
        body: ReferralStatusRequest,
        response: { 200: Need, ...errors },
      },
    },
    (q) => setReferralStatus(deps, q.ctx, null, q.params.supportId, q.body),
  );
}
