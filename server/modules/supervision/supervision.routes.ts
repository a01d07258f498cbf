// HTTP routes of reflective supervision (issue 18 §3): starting needs `supervision.hold`; the rest `supervision.own`,
// with supervision.policy.ts deciding who reads and writes which supervision.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  DecisionEntryRequest,
  DecisionEntryWritten,
  SignalsParams,
  StartSupervisionRequest,
  Supervision,
  SupervisionFamily,
  SupervisionFamilyParams,
  SupervisionOverview,
  SupervisionParams,
  SupervisionSignals,
  SupervisionSummary,
  UpdateSupervisionFamilyRequest,
  UpdateSupervisionNotesRequest,
} from '../../../shared/contracts/supervision.ts';
import { WordsToCheckBody } from '../words/index.ts';
import * as service from './supervision.service.ts';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() };

export function registerSupervisionRoutes(app: FastifyInstance, deps: service.SupervisionDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  const own = { permission: 'supervision.own' as const };

  r.get(
    '/api/supervision',
    {
      config: own,
      schema: {
        tags,
        summary: 'Your own supervisions and wellbeing signals; for a manager, the workers they manage with their supervisions',
        response: { 200: SupervisionOverview, ...errors },
      },
    },
    (q) => service.overview(deps, q.ctx),
  );
  r.post(
    '/api/supervision',
    {
      config: { permission: 'supervision.hold' },
      schema: {
        tags,
        summary: 'Start supervision with a worker you manage (idempotent by key)',
        body: StartSupervisionRequest,
        response: { 200: SupervisionSummary, 201: SupervisionSummary, ...errors, 422: ErrorBody },
      },
    },
    async (q, reply) => {
      const { supervision, created } = await service.start(deps, q.ctx, q.body);
      return reply.code(created ? 201 : 200).send(supervision);
    },
  );
  r.get(
    '/api/supervision/signals/:staffId',
    {
      config: own,
      schema: {
        tags,
        summary: 'One worker’s wellbeing signals: the worker themself or their manager now',
        params: SignalsParams,
        response: { 200: SupervisionSignals, ...errors },
      },
    },
    (q) => service.signals(deps, q.ctx, q.params.staffId),
  );
  r.get(
    '/api/supervision/:supervisionId',
    {
      config: own,
      schema: {
        tags,
        summary: 'One supervision: notes, the worker’s families with the prompts, the worker’s signals',
        params: SupervisionParams,
        response: { 200: Supervision, ...errors },
      },
    },
    (q) => service.get(deps, q.ctx, q.params.supervisionId),
  );
  r.put(
    '/api/supervision/:supervisionId',
    {
      config: own,
      schema: {
        tags,
        summary: 'Save the notes (the worker or the supervisor; 409 if changed meanwhile)',
        params: SupervisionParams,
        body: UpdateSupervisionNotesRequest,
        response: { 200: Supervision, ...errors },
      },
    },
    (q) => service.saveNotes(deps, q.ctx, q.params.supervisionId, q.body),
  );
  r.put(
    '/api/supervision/:supervisionId/families/:familyId',
    {
      config: own,
      schema: {
        tags,
        summary: 'Save the prompts and the decision for one of the worker’s families (409 if changed meanwhile)',
        params: SupervisionFamilyParams,
        body: UpdateSupervisionFamilyRequest,
        response: { 200: SupervisionFamily, ...errors },
      },
    },
    (q) => service.saveFamily(deps, q.ctx, q.params.supervisionId, q.params.familyId, q.body),
  );
  r.post(
    '/api/supervision/:supervisionId/families/:familyId/decision-entry',
    {
      config: own,
      schema: {
        tags,
        summary: 'The worker writes the saved decision in the family’s record as an ordinary decision entry',
        params: SupervisionFamilyParams,
        body: DecisionEntryRequest,
        response: { 201: DecisionEntryWritten, ...errors, 400: WordsToCheckBody, 422: ErrorBody },
      },
    },
    async (q, reply) =>
      reply.code(201).send(await service.writeDecisionEntry(deps, q.ctx, q.params.supervisionId, q.params.familyId, q.body)),
  );
}
