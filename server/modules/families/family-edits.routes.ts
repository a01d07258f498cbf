// HTTP routes for changing a family and for each child's page.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  ChildPage,
  DependantsAskedRequest,
  HouseholdInput,
  InvolvementChangeRequest,
  PersonInput,
  RelationshipInput,
  Saved,
  UpdateHouseholdRequest,
  UpdatePersonRequest,
} from '../../../shared/contracts/family-edits.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as edits from './family-edits.service.ts';

const familyParams = z.object({ familyId: z.string().max(100) });
const personParams = familyParams.extend({ personId: z.string().max(100) });
const relationshipParams = familyParams.extend({ relationshipId: z.string().max(100) });
const householdParams = familyParams.extend({ householdId: z.string().max(100) });
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody.passthrough() };

export function registerFamilyEditRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const edit = { permission: 'family.edit' as const };
  const tags = ['family record'];

  r.post(
    '/api/families/:familyId/people',
    {
      config: edit,
      schema: { tags, summary: 'Add a person to the family', params: familyParams, body: PersonInput, response: { 201: Saved, ...errors } },
    },
    async (q, reply) => reply.code(201).send(await edits.addPerson(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.put(
    '/api/families/:familyId/people/:personId',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change a person’s details (409 if changed meanwhile)',
        params: personParams,
        body: UpdatePersonRequest,
        response: { 200: Saved, ...errors },
      },
    },
    (q) => edits.updatePerson(deps, q.ctx, q.params.familyId, q.params.personId, q.body),
  );
  r.get(
    '/api/families/:familyId/children/:personId',
    {
      config: { permission: 'family.read' },
      schema: { tags, summary: 'A child’s own page', params: personParams, response: { 200: ChildPage, 404: ErrorBody } },
    },
    (q) => edits.getChildPage(deps, q.ctx, q.params.familyId, q.params.personId),
  );
  r.post(
    '/api/families/:familyId/relationships',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Record a relationship between two people',
        params: familyParams,
        body: RelationshipInput,
        response: { 201: Saved, ...errors },
      },
    },
    async (q, reply) => reply.code(201).send(await edits.addRelationship(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.delete(
    '/api/families/:familyId/relationships/:relationshipId',
    { config: edit, schema: { tags, summary: 'Remove a relationship recorded by mistake', params: relationshipParams } },
    async (q, reply) => {
      await edits.removeRelationship(deps, q.ctx, q.params.familyId, q.params.relationshipId);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/families/:familyId/households',
    {
      config: edit,
      schema: { tags, summary: 'Add a household', params: familyParams, body: HouseholdInput, response: { 201: Saved, ...errors } },
    },
    async (q, reply) => reply.code(201).send(await edits.addHousehold(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.put(
    '/api/families/:familyId/households/:householdId',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change a household (409 if changed meanwhile)',
        params: householdParams,
        body: UpdateHouseholdRequest,
        response: { 200: Saved, ...errors },
      },
    },
    (q) => edits.updateHousehold(deps, q.ctx, q.params.familyId, q.params.householdId, q.body),
  );
  r.post(
    '/api/families/:familyId/dependants-asked',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Record that an adult was asked and has no children or other dependants',
        params: familyParams,
        body: DependantsAskedRequest,
      },
    },
    async (q, reply) => {
      await edits.recordDependantsAskedNone(deps, q.ctx, q.params.familyId, q.body);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/families/:familyId/involvement',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change the children’s services involvement level (kept in its history)',
        params: familyParams,
        body: InvolvementChangeRequest,
      },
    },
    async (q, reply) => {
      await edits.changeInvolvement(deps, q.ctx, q.params.familyId, q.body);
      return reply.code(204).send();
    },
  );
}
