// HTTP route of the team manager's counts of words kept as written (issue 16 §1, team.words_view).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { KeptWordsQuery, KeptWordsView } from '../../../shared/contracts/respectful-words.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './kept-words.service.ts';

export function registerKeptWordsRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/teams/kept-words',
    {
      config: { permission: 'team.words_view' },
      schema: {
        tags: ['team view'],
        summary:
          'My team: how many saves kept words the respectful-language check found, by word and by month (for supervision; never by worker or family)',
        querystring: KeptWordsQuery,
        response: { 200: KeptWordsView, 400: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => service.keptWordsView(deps, q.ctx, q.query),
  );
}
