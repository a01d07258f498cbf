// HTTP routes for FHIR R4 (issue 19): the family as the caller may see it, as a Bundle sent to another system (a
// disclosure), and a referral Bundle from another system that starts a family through the intake path.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { FhirBundle, FhirExportQuery } from '../../../shared/contracts/fhir.ts';
import type { FhirDeps } from './fhir-deps.ts';
import { exportFamilyBundle } from './fhir-export.service.ts';
import { FhirPossibleDuplicates, FhirReferralAnswer, FhirReferralQuery, importReferral } from './fhir-referral.service.ts';

export function registerFhirRoutes(app: FastifyInstance, deps: FhirDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['FHIR R4'];
  r.get(
    '/api/families/:familyId/fhir',
    {
      // It writes a disclosure: asked for deliberately, with the session's CSRF token, never by following a link.
      config: { permission: 'family.fhir_export', writesOnGet: true },
      schema: {
        tags,
        summary:
          'The family as you may see it, as a FHIR R4 Bundle (type collection) for another system. It is a disclosure: say who it is for, why and on what lawful basis; the parent sees it in “Who my information was shared with”. Send the session’s x-csrf-token header, as for a change',
        params: z.object({ familyId: z.string().max(100) }),
        querystring: FhirExportQuery,
        response: { 200: FhirBundle, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (q, reply) => {
      const bundle = await exportFamilyBundle(deps, q.ctx, q.params.familyId, q.query);
      return reply.type('application/fhir+json; charset=utf-8').send(bundle);
    },
  );
  // -- referral import route (fhir-referral.service.ts) --
  // FHIR clients send application/fhir+json: parsed by Fastify's own JSON parser, with the same care about __proto__
  // and constructor keys. Like application/json it is not a type a cross-site form can send without the browser asking
  // first (text/plain stays refused, app.ts). Registered for the whole app: the parser is chosen before the route.
  if (!app.hasContentTypeParser('application/fhir+json')) {
    app.addContentTypeParser(
      'application/fhir+json',
      { parseAs: 'string' },
      app.getDefaultJsonParser(app.initialConfig.onProtoPoisoning ?? 'error', app.initialConfig.onConstructorPoisoning ?? 'error'),
    );
  }
  r.post(
    '/api/referrals/fhir',
    {
      config: { permission: 'families.start' },
      // The service checks the Bundle, the query and intake's contract itself, so that every problem is named at once by
      // its FHIR path; the schemas here describe the route (OpenAPI).
      attachValidation: true,
      schema: {
        tags,
        summary:
          'Start a family from a FHIR R4 referral Bundle (a ServiceRequest, its subject Patient, related persons and the requester), with the duplicate check. Send an idempotency-key header so a retry makes one family. An invalid Bundle is refused with every problem named by its FHIR path, and nothing is made',
        headers: z.object({ 'idempotency-key': z.string().max(100).optional() }).passthrough(),
        querystring: FhirReferralQuery,
        body: FhirBundle,
        response: {
          201: FhirReferralAnswer,
          200: FhirReferralAnswer,
          400: ErrorBody,
          403: ErrorBody,
          409: FhirPossibleDuplicates,
          422: ErrorBody,
        },
      },
    },
    // The query as sent (q.query is replaced by its parsed form when it passed validation): the service parses it.
    (q, reply) => importReferral(deps, q.ctx, q.body, Object.fromEntries(new URLSearchParams(q.url.split('?')[1] ?? '')), q.headers, reply),
  );
  // -- end referral import route --
}
