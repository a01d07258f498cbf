// HTTP routes for the plans: the family recovery plan, the wellness and crisis plan, contingency plans and
// explanations, sharing choices and the child's own words. One set of routes for professionals and families;
// access/plan-access.ts decides what each caller sees.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, VersionParam } from '../../../shared/contracts/common.ts';
import {
  AddChildWordsRequest,
  Agreement,
  AgreeRequest,
  CarerRequest,
  CarerResponseRequest,
  ChildWords,
  ChildWordsList,
  ChildWordsSharingRequest,
  CreateItemRequest,
  EditItemRequest,
  PlanDocument,
  PlanDocuments,
  PlanItem,
  PlanSettingsRequest,
  RateRequest,
  Rating,
  RecoveryPlanView,
  RemoveItemRequest,
  ReviewRequest,
  SectionRequest,
  ShareRequest,
  StartDocumentRequest,
  StartPlanRequest,
  SuggestionDecisionRequest,
  SuggestRequest,
  VersionComparison,
  VersionSnapshot,
} from '../../../shared/contracts/plans.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { WordsToCheckBody } from '../words/index.ts';
import * as words from './child-words/child-words.service.ts';
import { registerCrisisRoutes } from './crisis/crisis.routes.ts';
import * as carers from './documents/plan-carers.service.ts';
import * as documents from './documents/plan-documents.service.ts';
import * as recovery from './recovery-plan/recovery-plan.service.ts';
import * as reviews from './recovery-plan/recovery-plan-reviews.service.ts';
import * as sharing from './sharing/plan-sharing.service.ts';

const familyParams = z.object({ familyId: z.string().max(100) });
const itemParams = familyParams.extend({ itemId: z.string().max(100) });
const documentParams = familyParams.extend({ documentId: z.string().max(100) });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() };
/** A save of a worker's words the family reads: its 400 may be `words_to_check`, with the findings (modules/words). */
const wordErrors = { ...errors, 400: WordsToCheckBody };

export function registerPlanRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'plans.read' as const };
  const contribute = { permission: 'plans.contribute' as const };
  const manage = { permission: 'plans.manage' as const };
  const share = { permission: 'plans.share' as const };

  // ---- Family recovery plan ----
  let tags = ['recovery plan'];
  r.get(
    '/api/families/:familyId/recovery-plan',
    {
      config: read,
      schema: {
        tags,
        summary: 'The family recovery plan: the parts the caller may read',
        params: familyParams,
        response: { 200: RecoveryPlanView, ...errors },
      },
    },
    (q) => recovery.getPlan(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/recovery-plan',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Start the family’s recovery plan (one per family; starting twice returns it)',
        params: familyParams,
        body: StartPlanRequest,
        response: { 200: RecoveryPlanView, 201: RecoveryPlanView, ...errors },
      },
    },
    async (q, reply) => {
      const { view, created } = await recovery.startPlan(deps, q.ctx, q.params.familyId, q.body);
      return reply.code(created ? 201 : 200).send(view);
    },
  );
  r.put(
    '/api/families/:familyId/recovery-plan',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Review date and invited raters (409 if changed meanwhile)',
        params: familyParams,
        body: PlanSettingsRequest,
        response: { 200: RecoveryPlanView, ...errors },
      },
    },
    (q) => recovery.changeSettings(deps, q.ctx, q.params.familyId, q.body),
  );
  r.post(
    '/api/families/:familyId/recovery-plan/items',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Add a worry, family view, strength, goal or action',
        params: familyParams,
        body: CreateItemRequest,
        response: { 201: PlanItem, ...wordErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await recovery.addItem(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.put(
    '/api/families/:familyId/recovery-plan/items/:itemId',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Change one item; a stale version gets 409 with the current item',
        params: itemParams,
        body: EditItemRequest,
        response: { 200: PlanItem, ...wordErrors },
      },
    },
    (q) => recovery.editItem(deps, q.ctx, q.params.familyId, q.params.itemId, q.body),
  );
  r.post(
    '/api/families/:familyId/recovery-plan/items/:itemId/remove',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Take an item out of the plan (earlier versions keep it)',
        params: itemParams,
        body: RemoveItemRequest,
        response: { 200: z.object({ removed: z.boolean() }), ...errors },
      },
    },
    (q) => recovery.removeItem(deps, q.ctx, q.params.familyId, q.params.itemId, q.body),
  );
  r.put(
    '/api/families/:familyId/recovery-plan/rating',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Give your own 0–10 rating for a worry or goal in this version',
        params: familyParams,
        body: RateRequest,
        response: { 200: Rating, ...wordErrors },
      },
    },
    (q) => reviews.rate(deps, q.ctx, q.params.familyId, q.body),
  );
  r.put(
    '/api/families/:familyId/recovery-plan/agreement',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Say whether you agree with this version of the plan',
        params: familyParams,
        body: AgreeRequest,
        response: { 200: Agreement, ...wordErrors },
      },
    },
    (q) => reviews.agree(deps, q.ctx, q.params.familyId, q.body),
  );
  r.post(
    '/api/families/:familyId/recovery-plan/reviews',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Review: freeze this version and start the next',
        params: familyParams,
        body: ReviewRequest,
        response: { 200: RecoveryPlanView, ...wordErrors },
      },
    },
    (q) => reviews.review(deps, q.ctx, q.params.familyId, q.body),
  );
  r.get(
    '/api/families/:familyId/recovery-plan/versions/:number',
    {
      config: read,
      schema: {
        tags,
        summary: 'One frozen version as it stood',
        params: familyParams.extend({ number: VersionParam }),
        response: { 200: VersionSnapshot, ...errors },
      },
    },
    (q) => reviews.getVersion(deps, q.ctx, q.params.familyId, q.params.number),
  );
  r.get(
    '/api/families/:familyId/recovery-plan/compare',
    {
      config: read,
      schema: {
        tags,
        summary: 'What changed between two versions, and who changed it (`to` may be the version being written)',
        params: familyParams,
        querystring: z.object({ from: VersionParam, to: VersionParam }),
        response: { 200: VersionComparison, ...errors },
      },
    },
    (q) => reviews.compare(deps, q.ctx, q.params.familyId, q.query.from, q.query.to),
  );

  // ---- Wellness and crisis plan, contingency plans, explanations ----
  tags = ['plans'];
  r.get(
    '/api/families/:familyId/plans',
    {
      config: read,
      schema: {
        tags,
        summary: 'The wellness and crisis plans, contingency plans and explanations the caller may read',
        params: familyParams,
        response: { 200: PlanDocuments, ...errors },
      },
    },
    (q) => documents.listDocuments(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/plans',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Start a plan (starting twice returns it)',
        params: familyParams,
        body: StartDocumentRequest,
        response: { 200: PlanDocument, 201: PlanDocument, ...errors },
      },
    },
    async (q, reply) => {
      const { document, created } = await documents.startDocument(deps, q.ctx, q.params.familyId, q.body);
      return reply.code(created ? 201 : 200).send(document);
    },
  );
  r.put(
    '/api/families/:familyId/plans/:documentId/sections/:sectionKey',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Write one section; a stale version gets 409 with the current text',
        params: documentParams.extend({ sectionKey: z.string().max(50) }),
        body: SectionRequest,
        response: { 200: PlanDocument, ...wordErrors },
      },
    },
    (q) => documents.writeSection(deps, q.ctx, q.params.familyId, q.params.documentId, q.params.sectionKey, q.body),
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/suggestions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Suggest words for a parent’s plan (only the parent can take them in)',
        params: documentParams,
        body: SuggestRequest,
        response: { 200: PlanDocument, ...wordErrors },
      },
    },
    (q) => documents.suggest(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/suggestions/:suggestionId',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'The parent takes a suggestion into their plan, or says no',
        params: documentParams.extend({ suggestionId: z.string().max(100) }),
        body: SuggestionDecisionRequest,
        response: { 200: PlanDocument, ...errors },
      },
    },
    (q) => documents.decideSuggestion(deps, q.ctx, q.params.familyId, q.params.documentId, q.params.suggestionId, q.body),
  );
  r.put(
    '/api/families/:familyId/plans/:documentId/carer',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Name who would care for the child, and when they were asked',
        params: documentParams,
        body: CarerRequest,
        response: { 200: PlanDocument, ...errors },
      },
    },
    (q) => carers.setCarer(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/carer-response',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'The person asked to care for the child answers for themselves',
        params: documentParams,
        body: CarerResponseRequest,
        response: { 200: PlanDocument, ...errors },
      },
    },
    (q) => carers.answerAsCarer(deps, q.ctx, q.params.familyId, q.params.documentId, q.body),
  );
  r.post(
    '/api/families/:familyId/plans/:documentId/parent-agreement',
    {
      config: share,
      schema: {
        tags,
        summary: 'A parent agrees the explanation written for their child',
        params: documentParams,
        response: { 200: PlanDocument, ...errors },
      },
    },
    (q) => carers.agreeExplanation(deps, q.ctx, q.params.familyId, q.params.documentId),
  );
  r.put(
    '/api/families/:familyId/plan-shares',
    {
      config: share,
      schema: {
        tags,
        summary: 'Share, or stop sharing, one part of a plan with one person',
        params: familyParams,
        body: ShareRequest,
        response: { 200: PlanDocuments, ...errors },
      },
    },
    (q) => sharing.changeShare(deps, q.ctx, q.params.familyId, q.body),
  );

  // ---- The child's own words ----
  tags = ['child’s voice'];
  r.get(
    '/api/families/:familyId/child-words',
    {
      config: read,
      schema: {
        tags,
        summary: 'Children’s own words the caller may read',
        params: familyParams,
        response: { 200: ChildWordsList, ...errors },
      },
    },
    (q) => words.listWords(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/child-words',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Keep a child’s own words, with their consent to share',
        params: familyParams,
        body: AddChildWordsRequest,
        response: { 201: ChildWords, ...errors },
      },
    },
    async (q, reply) => reply.code(201).send(await words.addWords(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.put(
    '/api/families/:familyId/child-words/:wordsId/sharing',
    {
      config: contribute,
      schema: {
        tags,
        summary: 'Change who may read a child’s words (the child or whoever wrote them)',
        params: familyParams.extend({ wordsId: z.string().max(100) }),
        body: ChildWordsSharingRequest,
        response: { 200: ChildWords, ...errors },
      },
    },
    (q) => words.changeSharing(deps, q.ctx, q.params.familyId, q.params.wordsId, q.body),
  );

  // ---- The crisis plan in action (issue 14 §3) ----
  registerCrisisRoutes(app, deps);
}
