// HTTP routes of the administrator console: organisations, teams, workers' accounts and the mail outbox.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateOrganisationRequest,
  CreateWorkerRequest,
  OrganisationDetail,
  OrganisationList,
  Outbox,
  RenameTeamRequest,
  SecondFactorResetRequest,
  TeamInput,
  UpdateWorkerRequest,
  Worker,
  WorkerCreated,
  WorkerWithLink,
} from '../../../shared/contracts/admin.ts';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import type { AdminDeps } from './admin-access.ts';
import * as organisations from './organisations.service.ts';
import * as workers from './workers.service.ts';

const Created = z.object({ id: z.string() });
const Saved = z.object({ id: z.string(), version: z.number() });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().trim().min(1).max(200).optional() });

export function registerAdminRoutes(app: FastifyInstance, deps: AdminDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];
  const staffManage = { permission: 'admin.staff.manage' as const };
  const organisationParams = z.object({ organisationId: z.uuid() });
  const staffParams = z.object({ staffId: z.uuid() });

  r.get(
    '/api/admin/organisations',
    { config: staffManage, schema: { tags, summary: 'The organisations the caller manages', response: { 200: OrganisationList } } },
    (q) => organisations.listOrganisations(deps, q.ctx),
  );
  r.post(
    '/api/admin/organisations',
    {
      config: { permission: 'admin.organisations.manage' },
      schema: { tags, summary: 'Add an organisation', body: CreateOrganisationRequest, response: { 201: Created, 400: ErrorBody } },
    },
    async (q, reply) => reply.code(201).send(await organisations.createOrganisation(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/admin/organisations/:organisationId',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'An organisation with its teams and workers',
        params: organisationParams,
        response: { 200: OrganisationDetail, 404: ErrorBody },
      },
    },
    (q) => organisations.organisationDetail(deps, q.ctx, q.params.organisationId),
  );
  r.post(
    '/api/admin/organisations/:organisationId/teams',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Add a team',
        params: organisationParams,
        body: TeamInput,
        response: { 201: Saved, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await organisations.createTeam(deps, q.ctx, q.params.organisationId, q.body.name)),
  );
  r.put(
    '/api/admin/teams/:teamId',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Rename a team (409 if renamed meanwhile)',
        params: z.object({ teamId: z.uuid() }),
        body: RenameTeamRequest,
        response: { 200: Saved, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() },
      },
    },
    (q) => organisations.renameTeam(deps, q.ctx, q.params.teamId, q.body),
  );
  r.post(
    '/api/admin/organisations/:organisationId/staff',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Add a worker: their account and a one-time invitation (the link is answered once)',
        params: organisationParams,
        headers: IdempotencyHeaders,
        body: CreateWorkerRequest,
        response: { 200: WorkerCreated, 201: WorkerCreated, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => {
      const result = await workers.createWorker(deps, q.ctx, q.params.organisationId, q.body, q.headers['idempotency-key'] ?? null);
      return reply.code(result.alreadyCreated ? 200 : 201).send(result);
    },
  );
  r.get(
    '/api/admin/staff/:staffId',
    {
      config: staffManage,
      schema: { tags, summary: 'One worker and their account', params: staffParams, response: { 200: Worker, 404: ErrorBody } },
    },
    (q) => workers.readWorker(deps, q.ctx, q.params.staffId),
  );
  r.put(
    '/api/admin/staff/:staffId',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Change a worker’s details, role or team (409 if changed meanwhile)',
        params: staffParams,
        body: UpdateWorkerRequest,
        response: { 200: Worker, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() },
      },
    },
    (q) => workers.updateWorker(deps, q.ctx, q.params.staffId, q.body),
  );
  r.post(
    '/api/admin/staff/:staffId/invitation',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Send a new invitation (the old one stops working)',
        params: staffParams,
        response: { 200: WorkerWithLink, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => workers.resendInvitation(deps, q.ctx, q.params.staffId),
  );
  r.post(
    '/api/admin/staff/:staffId/deactivate',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Deactivate: no sign-in, every session ended now',
        params: staffParams,
        response: { 200: Worker, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => workers.deactivateWorker(deps, q.ctx, q.params.staffId),
  );
  r.post(
    '/api/admin/staff/:staffId/reactivate',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Reactivate a deactivated account',
        params: staffParams,
        response: { 200: Worker, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => workers.reactivateWorker(deps, q.ctx, q.params.staffId),
  );
  r.post(
    '/api/admin/staff/:staffId/second-factor-reset',
    {
      config: staffManage,
      schema: {
        tags,
        summary: 'Reset a worker’s second factor, with a written reason; they enrol again from a new invitation',
        params: staffParams,
        body: SecondFactorResetRequest,
        response: { 200: WorkerWithLink, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => workers.resetSecondFactor(deps, q.ctx, q.params.staffId, q.body.reason),
  );
  r.get(
    '/api/admin/outbox',
    {
      config: { permission: 'admin.outbox.read' },
      schema: {
        tags,
        summary: 'Mail to the staff of the organisations the caller manages, newest first',
        querystring: z.object({ before: z.uuid().optional() }),
        response: { 200: Outbox },
      },
    },
    (q) => organisations.readOutbox(deps, q.ctx, q.query.before ?? null),
  );
}
