// HTTP routes of "About you" (issue 18 §2): a family member's own equity answers. There is no professional route:
// workers never read anyone's answers one by one, only the insights' counts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { AboutMe, AboutMeInput } from '../../../shared/contracts/equity.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './equity.service.ts';

export function registerEquityRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['portal'];
  // A stale save's 409 carries the answers as they are now, so the page can show them.
  const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.extend({ current: AboutMe.optional() }) };
  r.get(
    '/api/portal/about-me',
    {
      config: { permission: 'portal.equity' },
      schema: {
        tags,
        summary: 'My own answers to the optional questions about me (ethnicity, first language, disability, money worries)',
        response: { 200: AboutMe, ...errors },
      },
    },
    (q) => service.getAboutMe(deps, q.ctx),
  );
  r.put(
    '/api/portal/about-me',
    {
      config: { permission: 'portal.equity' },
      schema: {
        tags,
        summary: 'Answer, change or clear my own answers (a field left out stays; null clears it; all null removes them all)',
        body: AboutMeInput,
        response: { 200: AboutMe, ...errors },
      },
    },
    (q) => service.saveAboutMe(deps, q.ctx, q.body),
  );
}
