// HTTP routes of the support module's referrals part (issue 15). Filled in by the part's builder.
import type { FastifyInstance } from 'fastify';
import type { FamilyDeps } from '../../../access/family-access.ts';

export function registerReferralRoutes(_app: FastifyInstance, _deps: FamilyDeps) {}
