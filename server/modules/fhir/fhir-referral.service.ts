// Starting a family from a FHIR referral Bundle (placeholder: built by the import helper).
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { FhirBundle } from '../../../shared/contracts/fhir.ts';
import { badRequest } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import type { FhirDeps } from './fhir-deps.ts';

export const FhirReferralAnswer = z.object({ familyId: z.string(), displayName: z.string() });

export async function importReferral(
  _deps: FhirDeps,
  _ctx: RequestContext,
  _bundle: FhirBundle,
  _headers: Record<string, unknown>,
  _reply: FastifyReply,
): Promise<z.infer<typeof FhirReferralAnswer>> {
  throw badRequest('Not yet');
}
