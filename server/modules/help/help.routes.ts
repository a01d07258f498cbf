// HTTP routes for asking for help: the family's help page, sending, "Who I want to hear from"; the care team's list,
// one request and its responses; a team's duty worker; the information governance lead's review of a worry kept from
// the parent.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  AcknowledgeInput,
  ArrangeContactInput,
  DutyWorker,
  DutyWorkerInput,
  HelpRequestInput,
  HelpRequestList,
  HelpRequestView,
  HelpSettings,
  HelpSettingsInput,
  PassInput,
  PortalHelp,
  ReviewWorryInput,
  WorkerHelpRequest,
} from '../../../shared/contracts/help.ts';
import { WordsToCheckBody } from '../words/index.ts';
import * as help from './help.service.ts';
import * as answers from './help-answers.service.ts';
import { setDutyWorker } from './help-duty.service.ts';
import { reviewWorry } from './help-governance.service.ts';
import * as views from './help-worker-view.service.ts';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
/** A response the person asking reads: its 400 may be `words_to_check`, with the findings (issue 16 §1). */
const wordErrors = { ...errors, 400: WordsToCheckBody };
const requestParams = z.object({ familyId: z.string().max(100), requestId: z.string().max(100) });

export function registerHelpRoutes(app: FastifyInstance, deps: help.HelpDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['asking for help'];
  r.get(
    '/api/portal/help',
    {
      config: { permission: 'help.ask' },
      schema: {
        tags,
        summary: 'The family member’s help page: out of hours, whom it goes to, and their requests with every answer',
        response: { 200: PortalHelp, ...errors },
      },
    },
    (q) => help.getHelpPage(deps, q.ctx),
  );
  r.post(
    '/api/portal/help',
    {
      config: { permission: 'help.ask' },
      schema: {
        tags,
        summary:
          'Ask for help, or raise a worry (a trusted person, the other parent); send an idempotency-key header so a retry makes one request',
        headers: z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough(),
        body: HelpRequestInput,
        response: { 200: HelpRequestView, 201: HelpRequestView, 422: ErrorBody, ...errors },
      },
    },
    async (q, reply) => {
      const { request, created } = await help.askForHelp(deps, q.ctx, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send(request);
    },
  );
  r.get(
    '/api/portal/help/settings',
    {
      config: { permission: 'help.ask' },
      schema: { tags, summary: '“Who I want to hear from when I ask for help”', response: { 200: HelpSettings, ...errors } },
    },
    (q) => help.getSettings(deps, q.ctx),
  );
  r.put(
    '/api/portal/help/settings',
    {
      config: { permission: 'help.ask' },
      schema: {
        tags,
        summary: 'Choose who hears first when you ask for help (a parent: any of her care team; a young person: one adult)',
        body: HelpSettingsInput,
        response: { 200: HelpSettings, ...errors },
      },
    },
    (q) => help.saveSettings(deps, q.ctx, q.body),
  );
  r.get(
    '/api/families/:familyId/help-requests',
    {
      config: { permission: 'help.respond' },
      schema: {
        tags,
        summary: 'The family’s requests for help and raised worries, newest first',
        params: z.object({ familyId: z.string().max(100) }),
        response: { 200: HelpRequestList, ...errors },
      },
    },
    (q) => views.listRequests(deps, q.ctx, q.params.familyId),
  );
  r.get(
    '/api/families/:familyId/help-requests/:requestId',
    {
      config: { permission: 'help.respond' },
      schema: {
        tags,
        summary: 'One request, with what the parent shared about what helps her, the children’s care and the last contacts',
        params: requestParams,
        response: { 200: WorkerHelpRequest, ...errors },
      },
    },
    (q) => views.getRequest(deps, q.ctx, q.params.familyId, q.params.requestId),
  );
  r.post(
    '/api/families/:familyId/help-requests/:requestId/acknowledge',
    {
      config: { permission: 'help.respond' },
      schema: {
        tags,
        summary: 'Acknowledge a request and say what will happen (a worry: whether the parent is told)',
        params: requestParams,
        body: AcknowledgeInput,
        response: { 200: WorkerHelpRequest, ...wordErrors },
      },
    },
    (q) => answers.acknowledge(deps, q.ctx, q.params.familyId, q.params.requestId, q.body),
  );
  r.post(
    '/api/families/:familyId/help-requests/:requestId/contact',
    {
      config: { permission: 'help.respond' },
      schema: {
        tags,
        summary: 'Arrange a contact: when and how',
        params: requestParams,
        body: ArrangeContactInput,
        response: { 200: WorkerHelpRequest, ...wordErrors },
      },
    },
    (q) => answers.arrangeContact(deps, q.ctx, q.params.familyId, q.params.requestId, q.body),
  );
  r.post(
    '/api/families/:familyId/help-requests/:requestId/pass',
    {
      config: { permission: 'help.respond' },
      schema: {
        tags,
        summary: 'Pass the request to a colleague on the care team, with a note',
        params: requestParams,
        body: PassInput,
        response: { 200: WorkerHelpRequest, ...wordErrors },
      },
    },
    (q) => answers.passToColleague(deps, q.ctx, q.params.familyId, q.params.requestId, q.body),
  );
  r.post(
    '/api/governance/worries/:familyId/:requestId/review',
    {
      config: { permission: 'governance.review' },
      schema: {
        tags,
        summary: 'Record the review of a worry a key worker did not tell the parent of, for a safeguarding reason',
        params: requestParams,
        body: ReviewWorryInput,
      },
    },
    async (q, reply) => {
      await reviewWorry(deps, q.ctx, q.params.familyId, q.params.requestId, q.body.note);
      return reply.code(204).send();
    },
  );
  r.put(
    '/api/teams/:teamId/duty-worker',
    {
      config: { permission: 'teams.duty.manage' },
      schema: {
        tags,
        summary: 'Choose the team’s duty worker, who answers requests for help not acknowledged in time (null: none)',
        params: z.object({ teamId: z.string().max(100) }),
        body: DutyWorkerInput,
        response: { 200: DutyWorker, ...errors },
      },
    },
    (q) => setDutyWorker(deps, q.ctx, q.params.teamId, q.body),
  );
}
