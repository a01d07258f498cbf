// HTTP routes for the glossary: anyone may read it; administrators edit it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { Saved } from '../../../shared/contracts/family-edits.ts';
import { Glossary, GlossaryTermInput, UpdateGlossaryTermRequest } from '../../../shared/contracts/glossary.ts';
import * as service from './glossary.service.ts';

export function registerGlossaryRoutes(app: FastifyInstance, deps: service.GlossaryDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['glossary'];
  r.get(
    '/api/glossary',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'Jargon terms with plain wording and an explanation', response: { 200: Glossary } },
    },
    () => service.listGlossary(deps.db),
  );
  r.post(
    '/api/glossary',
    {
      config: { permission: 'glossary.manage' },
      schema: { tags, summary: 'Add a term', body: GlossaryTermInput, response: { 201: Saved, 400: ErrorBody } },
    },
    async (q, reply) => reply.code(201).send(await service.addTerm(deps, q.ctx, q.body)),
  );
  r.put(
    '/api/glossary/:id',
    {
      config: { permission: 'glossary.manage' },
      schema: {
        tags,
        summary: 'Change a term (409 if changed meanwhile)',
        params: z.object({ id: z.uuid() }),
        body: UpdateGlossaryTermRequest,
        response: { 200: Saved, 404: ErrorBody, 409: ErrorBody.passthrough() },
      },
    },
    (q) => service.updateTerm(deps, q.ctx, q.params.id, q.body),
  );
}
