// HTTP routes for the information governance console: the review queue, audit search (JSON and CSV), chain verification
// and the latest checkpoint.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditCheckpointStatus, AuditSearch, AuditSearchResult, ChainStatus, ReviewQueue } from '../../../shared/contracts/consents.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as governance from './governance.service.ts';

export function registerGovernanceRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent and sharing'];
  r.get(
    '/api/governance/queue',
    {
      config: { permission: 'governance.review' },
      schema: { tags, summary: 'Overrides, emergency accesses and withholdings past review', response: { 200: ReviewQueue } },
    },
    (q) => governance.getReviewQueue(deps, q.ctx),
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
  r.get(
    '/api/governance/audit-checkpoint',
    {
      config: { permission: 'governance.review' },
      schema: {
        tags,
        summary: 'The latest checkpoint of every audit chain, kept outside the database, to keep a copy of',
        response: { 200: AuditCheckpointStatus },
      },
    },
    (q) => governance.checkpointStatus(deps, q.ctx),
  );
}
