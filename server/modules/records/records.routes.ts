// HTTP routes for record entries (professionals).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  CreateEntryRequest,
  EditEntryRequest,
  EnteredInErrorRequest,
  Entry,
  EntryList,
  HidePlaceholderRequest,
  ReplyRequest,
  WithholdRequest,
} from '../../../shared/contracts/records.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { WordsToCheckBody } from '../words/index.ts';
import * as service from './records.service.ts';

const familyParams = z.object({ familyId: z.string().max(100) });
const entryParams = familyParams.extend({ entryId: z.string().max(100) });
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() };
/** A save of words the family reads: its 400 may be `words_to_check`, with the findings (issue 16 §1). */
const wordErrors = { ...errors, 400: WordsToCheckBody };

export function registerRecordRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['record entries'];
  const read = { permission: 'entries.read' as const };
  const write = { permission: 'entries.write' as const };

  r.get(
    '/api/families/:familyId/entries',
    {
      config: read,
      schema: {
        tags,
        summary: 'The family’s record entries, newest first',
        params: familyParams,
        querystring: z.object({ cursor: z.string().max(300).optional() }),
        response: { 200: EntryList, ...errors },
      },
    },
    (q) => service.listEntries(deps, q.ctx, q.params.familyId, q.query.cursor),
  );
  r.post(
    '/api/families/:familyId/entries',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Record an entry; send an idempotency-key header so a retried submission makes one entry (the same key with a different body: 422)',
        params: familyParams,
        headers: z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough(),
        body: CreateEntryRequest,
        response: { 200: Entry, 201: Entry, ...wordErrors, 422: ErrorBody },
      },
    },
    async (q, reply) => {
      const { entry, created } = await service.createEntry(deps, q.ctx, q.params.familyId, q.body, q.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send(entry);
    },
  );
  r.get(
    '/api/families/:familyId/entries/:entryId',
    {
      config: read,
      schema: { tags, summary: 'One entry with its versions and replies', params: entryParams, response: { 200: Entry, ...errors } },
    },
    (q) => service.getEntry(deps, q.ctx, q.params.familyId, q.params.entryId),
  );
  r.put(
    '/api/families/:familyId/entries/:entryId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Correct an entry (every version is kept; 409 if changed meanwhile)',
        params: entryParams,
        body: EditEntryRequest,
        response: { 200: Entry, ...wordErrors },
      },
    },
    (q) => service.editEntry(deps, q.ctx, q.params.familyId, q.params.entryId, q.body),
  );
  r.post(
    '/api/families/:familyId/entries/:entryId/withholding',
    {
      config: write,
      schema: {
        tags,
        summary: 'Keep part or all of an entry from the parent, or stop doing so',
        params: entryParams,
        body: WithholdRequest,
        response: { 200: Entry, ...errors },
      },
    },
    (q) => service.setWithholding(deps, q.ctx, q.params.familyId, q.params.entryId, q.body),
  );
  r.post(
    '/api/families/:familyId/entries/:entryId/hide-placeholder',
    {
      config: { permission: 'entries.hide_placeholder' },
      schema: {
        tags,
        summary: 'Team managers: hide even that an entry is withheld',
        params: entryParams,
        body: HidePlaceholderRequest,
        response: { 200: Entry, ...errors },
      },
    },
    (q) => service.hidePlaceholder(deps, q.ctx, q.params.familyId, q.params.entryId, q.body),
  );
  r.post(
    '/api/families/:familyId/entries/:entryId/entered-in-error',
    {
      config: write,
      schema: {
        tags,
        summary: 'Mark an entry as entered in error (entries are never deleted); the family reads the reason, so it is checked',
        params: entryParams,
        body: EnteredInErrorRequest,
        response: { 200: Entry, ...wordErrors },
      },
    },
    (q) => service.markEnteredInError(deps, q.ctx, q.params.familyId, q.params.entryId, q.body),
  );
  r.post(
    '/api/families/:familyId/entries/:entryId/replies',
    {
      config: write,
      schema: {
        tags,
        summary: 'Answer a family’s reply as the team',
        params: entryParams,
        body: ReplyRequest,
        response: { 200: Entry, ...wordErrors },
      },
    },
    (q) => service.answerAsTeam(deps, q.ctx, q.params.familyId, q.params.entryId, q.body),
  );
}
