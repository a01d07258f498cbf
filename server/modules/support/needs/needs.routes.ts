// HTTP routes of needs (issue 15 §1): the care team's page of a family's needs and the family's own, adding and
// editing a need, "that's not right", barriers, support offered or found, when it was received, and "did it help?".
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../shared/contracts/common.ts';
import {
  Barriers,
  EditNeedRequest,
  FamilyNeeds,
  HelpedRequest,
  Need,
  NewNeedRequest,
  NewSupportRequest,
  NotRightRequest,
  SaveBarriersRequest,
  UpdateSupportRequest,
} from '../../../../shared/contracts/needs.ts';
import type { FamilyDeps } from '../../../access/family-access.ts';
import { WordsToCheckBody } from '../../words/index.ts';
import * as needs from './needs.service.ts';
import { familyNeeds, myNeeds } from './needs-page.service.ts';

// A 409 carries the thing as it is now (`current`), so the screen can show it beside the caller's words.
export const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough(), 422: ErrorBody };
/** A save of a worker's words the family reads: its 400 may be `words_to_check`, with the findings (modules/words). */
export const wordErrors = { ...errors, 400: WordsToCheckBody };
const idem = z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough();
const familyParams = z.object({ familyId: z.string().max(100) });
const needParams = z.object({ familyId: z.string().max(100), needId: z.string().max(100) });
const supportParams = z.object({ familyId: z.string().max(100), needId: z.string().max(100), supportId: z.string().max(100) });
const portalNeed = z.object({ needId: z.string().max(100) });

export function registerNeedsRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs and support'];

  // The care team.
  r.get(
    '/api/families/:familyId/needs',
    {
      config: { permission: 'needs.read' },
      schema: {
        tags,
        summary:
          'Every person of the family with their barriers and the needs I may read (category rule), the gaps, and how many are not shared with me',
        params: familyParams,
        response: { 200: FamilyNeeds, 404: ErrorBody },
      },
    },
    (q) => familyNeeds(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/needs',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary: 'Write down a need with a family member (they are told); send an idempotency-key header so a retry makes one',
        params: familyParams,
        headers: idem,
        body: NewNeedRequest,
        response: { 201: Need, 200: Need, ...wordErrors },
      },
    },
    async (q, reply) => {
      const { need, created } = await needs.addNeed(
        deps,
        q.ctx,
        q.params.familyId,
        q.body,
        q.headers['idempotency-key'],
        'POST /api/families/:familyId/needs',
      );
      return reply.code(created ? 201 : 200).send(need);
    },
  );
  r.put(
    '/api/families/:familyId/needs/:needId',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary: 'Change a need my service wrote, or (a key worker) whether it is still needed',
        params: needParams,
        body: EditNeedRequest,
        response: { 200: Need, ...wordErrors },
      },
    },
    (q) => needs.editNeed(deps, q.ctx, q.params.familyId, q.params.needId, q.body),
  );
  r.put(
    '/api/families/:familyId/people/:personId/barriers',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary: 'A family member’s practical barriers to support (version 0 for the first save); a worker’s words are checked',
        params: z.object({ familyId: z.string().max(100), personId: z.string().max(100) }),
        body: SaveBarriersRequest,
        response: { 200: Barriers, ...wordErrors },
      },
    },
    (q) => needs.saveBarriers(deps, q.ctx, q.params.familyId, q.params.personId, q.body),
  );
  r.post(
    '/api/families/:familyId/needs/:needId/supports',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary: 'Record support offered for a need',
        params: needParams,
        body: NewSupportRequest,
        response: { 201: Need, ...wordErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await needs.addSupport(deps, q.ctx, q.params.familyId, q.params.needId, q.body)),
  );
  r.put(
    '/api/families/:familyId/needs/:needId/supports/:supportId',
    {
      config: { permission: 'needs.write' },
      schema: {
        tags,
        summary: 'When support was received, from and until',
        params: supportParams,
        body: UpdateSupportRequest,
        response: { 200: Need, ...errors },
      },
    },
    (q) => needs.updateSupport(deps, q.ctx, q.params.familyId, q.params.needId, q.params.supportId, q.body),
  );

  // The family.
  r.get(
    '/api/portal/needs',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'What would help me (and, for a parent, the children), with the support and where it stands',
        response: { 200: FamilyNeeds },
      },
    },
    (q) => myNeeds(deps, q.ctx),
  );
  r.post(
    '/api/portal/needs',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'Write down what would help, in my own words; send an idempotency-key header so a retry makes one',
        headers: idem,
        body: NewNeedRequest,
        response: { 201: Need, 200: Need, ...errors },
      },
    },
    async (q, reply) => {
      const { need, created } = await needs.addNeed(deps, q.ctx, null, q.body, q.headers['idempotency-key'], 'POST /api/portal/needs');
      return reply.code(created ? 201 : 200).send(need);
    },
  );
  r.put(
    '/api/portal/needs/:needId',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'Change what I wrote, or whether it is still needed',
        params: portalNeed,
        body: EditNeedRequest,
        response: { 200: Need, ...errors },
      },
    },
    (q) => needs.editNeed(deps, q.ctx, null, q.params.needId, q.body),
  );
  r.post(
    '/api/portal/needs/:needId/not-right',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: '“That’s not right” about a need a worker wrote with me',
        params: portalNeed,
        body: NotRightRequest,
        response: { 200: Need, ...errors },
      },
    },
    (q) => needs.sayNotRight(deps, q.ctx, q.params.needId, q.body),
  );
  r.put(
    '/api/portal/barriers/:personId',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'What makes support hard to get to, for me or my child (version 0 for the first save)',
        params: z.object({ personId: z.string().max(100) }),
        body: SaveBarriersRequest,
        response: { 200: Barriers, ...errors },
      },
    },
    (q) => needs.saveBarriers(deps, q.ctx, null, q.params.personId, q.body),
  );
  r.post(
    '/api/portal/needs/:needId/supports',
    {
      config: { permission: 'portal.needs' },
      schema: { tags, summary: 'Support I found myself', params: portalNeed, body: NewSupportRequest, response: { 201: Need, ...errors } },
    },
    async (q, reply) => reply.code(201).send(await needs.addSupport(deps, q.ctx, null, q.params.needId, q.body)),
  );
  r.put(
    '/api/portal/needs/:needId/supports/:supportId',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'When support started and ended',
        params: z.object({ needId: z.string().max(100), supportId: z.string().max(100) }),
        body: UpdateSupportRequest,
        response: { 200: Need, ...errors },
      },
    },
    (q) => needs.updateSupport(deps, q.ctx, null, q.params.needId, q.params.supportId, q.body),
  );
  r.post(
    '/api/portal/supports/:supportId/helped',
    {
      config: { permission: 'portal.needs' },
      schema: {
        tags,
        summary: 'Did it help? In one tap, with words if I like',
        params: z.object({ supportId: z.string().max(100) }),
        body: HelpedRequest,
        response: { 200: Need, ...errors },
      },
    },
    (q) => needs.sayHelped(deps, q.ctx, q.params.supportId, q.body),
  );
}
