// HTTP routes for consent and sharing: the family's sharing page, consent requests, overrides,
// emergency access, subject access exports and the information governance console.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  AnswerConsentRequest,
  AskForConsentRequest,
  AuditSearch,
  AuditSearchResult,
  ChainStatus,
  EmergencyAccessView,
  GrantConsentRequest,
  RenewOverrideRequest,
  ReviewNoteRequest,
  ReviewOverrideRequest,
  ReviewQueue,
  SharingOverview,
  StartEmergencyAccessRequest,
  StartOverrideRequest,
} from '../../../shared/contracts/consents.ts';
import { Saved } from '../../../shared/contracts/family-edits.ts';
import type { FamilyDeps } from '../families/index.ts';
import * as consents from './consents.service.ts';
import * as emergency from './emergency-access.service.ts';
import * as governance from './governance.service.ts';
import * as overrides from './overrides.service.ts';
import * as sar from './subject-access.service.ts';

const id = z.string().max(100);
const ExportStatus = z.object({
  id: z.string(),
  status: z.enum(['pending', 'ready', 'failed']),
  content: z.unknown().optional(),
  error: z.string().nullable().optional(),
});

export function registerConsentRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent and sharing'];
  const noContent = async <T>(p: Promise<T>, reply: { code(n: number): { send(): unknown } }) => {
    await p;
    return reply.code(204).send();
  };
  const kick = () => setImmediate(() => void sar.runPendingExports(deps).catch(() => {}));

  // The family's side.
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
  r.post(
    '/api/portal/exports',
    {
      config: { permission: 'portal.export' },
      schema: { tags, summary: 'Ask for a copy of everything held about me', response: { 202: ExportStatus } },
    },
    async (q, reply) => {
      const made = await sar.requestExport(deps, q.ctx, {});
      kick();
      return reply.code(202).send(made);
    },
  );

  // Professionals.
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
  r.post(
    '/api/families/:familyId/overrides',
    {
      config: { permission: 'override.manage' },
      schema: {
        tags,
        summary: 'Share without consent to protect a child or prevent serious harm (at most 30 days)',
        params: z.object({ familyId: id }),
        body: StartOverrideRequest,
        response: { 201: Saved, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await overrides.startOverride(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.post(
    '/api/families/:familyId/overrides/:overrideId/renew',
    {
      config: { permission: 'override.manage' },
      schema: {
        tags,
        summary: 'Renew an override for up to 30 more days',
        params: z.object({ familyId: id, overrideId: id }),
        body: RenewOverrideRequest,
      },
    },
    (q, reply) => noContent(overrides.renewOverride(deps, q.ctx, q.params.familyId, q.params.overrideId, q.body), reply),
  );
  r.post(
    '/api/families/:familyId/overrides/:overrideId/end',
    {
      config: { permission: 'override.manage' },
      schema: { tags, summary: 'End an override now', params: z.object({ familyId: id, overrideId: id }) },
    },
    (q, reply) => noContent(overrides.endOverride(deps, q.ctx, q.params.familyId, q.params.overrideId), reply),
  );
  r.post(
    '/api/emergency-access',
    {
      config: { permission: 'emergency_access.use' },
      schema: {
        tags,
        summary: 'Break the glass: read one family’s record for up to 4 hours',
        body: StartEmergencyAccessRequest,
        response: { 201: EmergencyAccessView, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (q, reply) => reply.code(201).send(await emergency.startEmergencyAccess(deps, q.ctx, q.body)),
  );
  r.post(
    '/api/emergency-access/:accessId/end',
    {
      config: { permission: 'emergency_access.use' },
      schema: { tags, summary: 'End my emergency access now', params: z.object({ accessId: id }) },
    },
    (q, reply) => noContent(emergency.endEmergencyAccess(deps, q.ctx, q.params.accessId), reply),
  );

  // Information governance.
  r.get(
    '/api/governance/queue',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'Overrides, emergency accesses and withholdings past review', response: { 200: ReviewQueue } },
    },
    (q) => governance.getReviewQueue(deps, q.ctx),
  );
  r.post(
    '/api/governance/overrides/:familyId/:overrideId/review',
    {
      config: { permission: 'governance.review' },
      schema: {
        tags,
        summary: 'Review an override; release tells the parent',
        params: z.object({ familyId: id, overrideId: id }),
        body: ReviewOverrideRequest,
      },
    },
    (q, reply) => noContent(overrides.reviewOverride(deps, q.ctx, q.params.familyId, q.params.overrideId, q.body), reply),
  );
  r.post(
    '/api/governance/emergency-access/:accessId/review',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'Record the review of an emergency access', params: z.object({ accessId: id }), body: ReviewNoteRequest },
    },
    (q, reply) => noContent(emergency.reviewEmergencyAccess(deps, q.ctx, q.params.accessId, q.body), reply),
  );
  r.get(
    '/api/governance/audit',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'Search the audit log', querystring: AuditSearch, response: { 200: AuditSearchResult } },
    },
    (q) => governance.searchAuditJson(deps, q.ctx, q.query),
  );
  r.get(
    '/api/governance/audit.csv',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'The same search as CSV, safe to open in a spreadsheet', querystring: AuditSearch },
    },
    async (q, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(await governance.searchAuditCsv(deps, q.ctx, q.query)),
  );
  r.get(
    '/api/governance/audit-chain',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'Verify every audit chain now', response: { 200: ChainStatus } },
    },
    (q) => governance.chainStatus(deps, q.ctx),
  );
  r.post(
    '/api/governance/exports',
    {
      config: { permission: 'governance.review' },
      schema: {
        tags,
        summary: 'Subject access export on a person’s behalf',
        body: z.object({ familyId: z.uuid(), personId: z.uuid() }),
        response: { 202: ExportStatus },
      },
    },
    async (q, reply) => {
      const made = await sar.requestExport(deps, q.ctx, q.body);
      kick();
      return reply.code(202).send(made);
    },
  );

  // Either side: fetch a finished export (only the person who asked for it).
  r.get(
    '/api/exports/:exportId',
    {
      config: { permission: 'export.download' },
      schema: {
        tags,
        summary: 'An export’s status, and its content when ready',
        params: z.object({ exportId: id }),
        response: { 200: ExportStatus, 404: ErrorBody },
      },
    },
    async (q) => {
      const row = await sar.getExport(deps, q.ctx, q.params.exportId);
      return { id: row.id, status: row.status, content: row.status === 'ready' ? row.content : undefined, error: row.error };
    },
  );
  r.get(
    '/api/exports/:exportId/document',
    {
      config: { permission: 'export.download' },
      schema: { tags, summary: 'The export as a printable document', params: z.object({ exportId: id }) },
    },
    async (q, reply) => {
      const row = await sar.getExport(deps, q.ctx, q.params.exportId);
      if (row.status !== 'ready' || !row.html)
        return reply.code(409).send({ error: 'not_ready', message: 'Your copy is still being made. Try again in a minute.' });
      // A download, not a page of ours: opened from disk it runs under no origin, and nothing in it is sniffed.
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', `attachment; filename="umbrella-copy-${row.id}.html"`)
        .header('x-content-type-options', 'nosniff')
        .send(row.html);
    },
  );
}
