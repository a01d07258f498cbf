// HTTP routes for subject access exports: asked for by the person or an information governance lead, fetched
// (and the printable copy downloaded) only by whoever asked.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { EXPORT_STATUSES } from '../../../shared/domain/sharing.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as sar from './subject-access.service.ts';

const id = z.string().max(100);
const ExportStatus = z.object({
  id: z.string(),
  status: z.enum(EXPORT_STATUSES),
  content: z.unknown().optional(),
  error: z.string().nullable().optional(),
});

export function registerSubjectAccessRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent and sharing'];
  // The job is started at once, and also runs every minute (jobs/scheduler.ts).
  const kick = () => setImmediate(() => void sar.runPendingExports(deps).catch(() => {}));
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
