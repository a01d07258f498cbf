// HTTP routes for the family's own portal: their record, their replies, who has looked.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { AccessLog, PortalEntry, PortalRecord, ReplyRequest } from '../../../shared/contracts/records.ts';
import { LanguageRequest } from '../../../shared/contracts/session.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './portal.service.ts';

export function registerPortalRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['portal'];
  r.put(
    '/api/portal/language',
    {
      config: { permission: 'portal.language' },
      schema: {
        tags,
        summary: 'Choose the language of my pages, my letters and my printed plans',
        body: LanguageRequest,
        response: { 200: LanguageRequest, 400: ErrorBody },
      },
    },
    (q) => service.chooseLanguage(deps, q.ctx, q.body.language),
  );
  r.get(
    '/api/portal/record',
    {
      config: { permission: 'portal.record.read' },
      schema: {
        tags,
        summary: 'Everything written about me that I may see, newest first',
        querystring: z.object({ cursor: z.string().max(300).optional(), q: z.string().max(200).optional() }),
        response: { 200: PortalRecord, 400: ErrorBody },
      },
    },
    (q) => service.getMyRecord(deps, q.ctx, q.query),
  );
  r.post(
    '/api/portal/entries/:entryId/replies',
    {
      config: { permission: 'portal.reply' },
      schema: {
        tags,
        summary: 'Add my view to an entry: a reply, a correction request, or "I disagree"',
        params: z.object({ entryId: z.string().max(100) }),
        body: ReplyRequest,
        response: { 200: PortalEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    (q) => service.replyToEntry(deps, q.ctx, q.params.entryId, q.body),
  );
  r.get(
    '/api/portal/access-log',
    {
      config: { permission: 'portal.access_log.read' },
      schema: {
        tags,
        summary: 'Who has looked at my family’s record',
        querystring: z.object({ cursor: z.string().max(300).optional() }),
        response: { 200: AccessLog },
      },
    },
    (q) => service.getAccessLog(deps, q.ctx, q.query.cursor),
  );
}
