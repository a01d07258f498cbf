// HTTP routes for consent and sharing: the family's sharing page and consents, answering requests to share, and a
// professional's view of a family's sharing and their requests for consent.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { AnswerConsentRequest, AskForConsentRequest, GrantConsentRequest, SharingOverview } from '../../../shared/contracts/consents.ts';
import { Saved } from '../../../shared/contracts/family-edits.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { noContent } from '../../http/replies.ts';
import * as consents from './consents.service.ts';

const id = z.string().max(100);

export function registerConsentRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent and sharing'];
  r.get(
    '/api/portal/sharing',
    {
      config: { permission: 'portal.sharing.read' },
      schema: {
        tags,
        summary: 'Who can see which kinds of my information, and why; my consents, requests and every share',
        response: { 200: SharingOverview },
      },
    },
    (q) => consents.getMySharing(deps, q.ctx),
  );
  r.post(
    '/api/portal/consents',
    {
      config: { permission: 'portal.consent.manage' },
      schema: {
        tags,
        summary: 'Agree to share a kind of information',
        body: GrantConsentRequest,
        response: { 201: Saved, 400: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await consents.grantConsent(deps, q.ctx, q.body)),
  );
  r.post(
    '/api/portal/consents/:consentId/withdraw',
    {
      config: { permission: 'portal.consent.manage' },
      schema: { tags, summary: 'Withdraw an agreement; it stops on the recipient’s next request', params: z.object({ consentId: id }) },
    },
    (q, reply) => noContent(consents.withdrawConsent(deps, q.ctx, q.params.consentId), reply),
  );
  r.post(
    '/api/portal/consent-requests/:requestId/answer',
    {
      config: { permission: 'portal.consent.manage' },
      schema: { tags, summary: 'Say yes or no to a request to share', params: z.object({ requestId: id }), body: AnswerConsentRequest },
    },
    (q, reply) => noContent(consents.answerConsentRequest(deps, q.ctx, q.params.requestId, q.body), reply),
  );
  r.get(
    '/api/families/:familyId/sharing',
    {
      config: { permission: 'family.read' },
      schema: {
        tags,
        summary: 'Consents, requests, overrides and shares for a family',
        params: z.object({ familyId: id }),
        response: { 200: SharingOverview, 404: ErrorBody },
      },
    },
    (q) => consents.getFamilySharing(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/consent-requests',
    {
      config: { permission: 'consent.request' },
      schema: {
        tags,
        summary: 'Ask the parent for consent, with a reason',
        params: z.object({ familyId: id }),
        body: AskForConsentRequest,
        response: { 201: Saved, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await consents.askForConsent(deps, q.ctx, q.params.familyId, q.body)),
  );
}
