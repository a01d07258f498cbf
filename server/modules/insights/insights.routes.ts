// HTTP routes of the managers' insights (issue 18 §2, insights.read): the list, one insight as a table, and as CSV.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { InsightParams, InsightsIndex, InsightsQuery, InsightView } from '../../../shared/contracts/insights.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './insights.service.ts';

export function registerInsightsRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['insights'];
  const config = { permission: 'insights.read' as const };
  r.get(
    '/api/insights',
    {
      config,
      schema: {
        tags,
        summary: 'Whose caseload I see, and every insight with what it counts',
        response: { 200: InsightsIndex, 404: ErrorBody },
      },
    },
    (q) => service.insightsIndex(deps, q.ctx),
  );
  r.get(
    '/api/insights/:insight',
    {
      config,
      schema: {
        tags,
        summary: 'One insight over my caseload, by month, category or equity group (1 to 4 families shown as null)',
        params: InsightParams,
        querystring: InsightsQuery,
        response: { 200: InsightView, 400: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => service.insightView(deps, q.ctx, q.params.insight, q.query),
  );
  r.get(
    '/api/insights/:insight/csv',
    {
      config,
      schema: { tags, summary: 'The same table as CSV, safe to open in a spreadsheet', params: InsightParams, querystring: InsightsQuery },
    },
    async (q, reply) => {
      const { filename, csv } = await service.insightCsv(deps, q.ctx, q.params.insight, q.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );
}
