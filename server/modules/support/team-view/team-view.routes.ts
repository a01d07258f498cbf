// HTTP routes of the team's view of the gap (issue 15 §4, team.needs_view): the table as JSON, and as CSV.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../shared/contracts/common.ts';
import { TeamNeedsQuery, TeamNeedsView } from '../../../../shared/contracts/team-needs.ts';
import type { FamilyDeps } from '../../../access/family-access.ts';
import * as service from './team-view.service.ts';

export function registerTeamNeedsViewRoutes(app: FastifyInstance, deps: FamilyDeps, cacheSeconds = 0) {
  // One cache of counts per app (per instance): a team's numbers for a period, kept `cacheSeconds`.
  const counts = service.teamCountsCache(cacheSeconds);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['team view'];
  const config = { permission: 'team.needs_view' as const };
  r.get(
    '/api/teams/needs-gap',
    {
      config,
      schema: {
        tags,
        summary:
          'My team’s caseload: needs raised, support received, families waiting and the median wait, by area of life (1 to 4 shown as null)',
        querystring: TeamNeedsQuery,
        response: { 200: TeamNeedsView, 400: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => service.teamNeedsView(deps, q.ctx, q.query, false, counts),
  );
  r.get(
    '/api/teams/needs-gap.csv',
    {
      config,
      schema: { tags, summary: 'The same table as CSV, safe to open in a spreadsheet', querystring: TeamNeedsQuery },
    },
    async (q, reply) => {
      const { filename, csv } = await service.teamNeedsCsv(deps, q.ctx, q.query, counts);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );
}
