// HTTP routes for the family's own sign-ins: the team's invitations and letters, the parent's trusted people, and
// the information governance lead's review of a young person invited without the parent being told.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import {
  FamilyAccounts,
  InviteRequest,
  InviteResult,
  InviteTrustedRequest,
  ReviewInvitationRequest,
  TrustedPeople,
} from '../../../shared/contracts/family-accounts.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import * as service from './family-accounts.service.ts';

const familyParams = z.object({ familyId: z.string().max(100) });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function registerFamilyAccountRoutes(app: FastifyInstance, deps: FamilyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['family accounts'];
  const team = { permission: 'family.invite' as const };
  const trusted = { permission: 'portal.network.manage' as const };

  r.get(
    '/api/families/:familyId/accounts',
    {
      config: team,
      schema: {
        tags,
        summary: 'Who in the family can sign in, and whom the team may invite',
        params: familyParams,
        response: { 200: FamilyAccounts, ...errors },
      },
    },
    (q) => service.listFamilyAccounts(deps, q.ctx, q.params.familyId),
  );
  r.post(
    '/api/families/:familyId/invitations',
    {
      config: team,
      schema: {
        tags,
        summary:
          'Invite a parent, a young person (12 or over) or a parent who lives elsewhere (as the children’s other parent) by email, or print a sign-in letter (its code is in this answer only)',
        params: familyParams,
        body: InviteRequest,
        response: { 201: InviteResult, ...errors },
      },
    },
    async (q, reply) => reply.code(201).send(await service.inviteFamilyMember(deps, q.ctx, q.params.familyId, q.body)),
  );
  r.get(
    '/api/portal/trusted-people',
    {
      config: trusted,
      schema: { tags, summary: 'The people the parent trusts and whether they can sign in', response: { 200: TrustedPeople } },
    },
    (q) => service.listTrustedPeople(deps, q.ctx),
  );
  r.post(
    '/api/portal/trusted-people',
    {
      config: trusted,
      schema: {
        tags,
        summary: 'The parent invites someone they trust, by email or a printed letter',
        body: InviteTrustedRequest,
        response: { 201: InviteResult, ...errors },
      },
    },
    async (q, reply) => reply.code(201).send(await service.inviteTrustedPerson(deps, q.ctx, q.body)),
  );
  r.post(
    '/api/portal/trusted-people/:personId/end',
    {
      config: trusted,
      schema: {
        tags,
        summary: 'The parent ends a trusted person’s access: their sign-in stops working at once',
        params: z.object({ personId: z.string().max(100) }),
      },
    },
    async (q, reply) => {
      await service.endTrustedAccess(deps, q.ctx, q.params.personId);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/governance/invitations/:familyId/:invitationId/review',
    {
      config: { permission: 'governance.review' },
      schema: {
        tags,
        summary: 'Record the review of a young person invited without their parent being told',
        params: z.object({ familyId: z.string().max(100), invitationId: z.string().max(100) }),
        body: ReviewInvitationRequest,
      },
    },
    async (q, reply) => {
      await service.reviewInvitation(deps, q.ctx, q.params.familyId, q.params.invitationId, q.body.note);
      return reply.code(204).send();
    },
  );
}
