// Starting a family from a FHIR R4 referral Bundle (issue 19 §3): every problem found before anything is written
// (R4 itself, the referral's own rules, then intake's contract, each named by its FHIR path), then intake's own start
// with its duplicate check and idempotency key; one audit event says what came of it, with counts and no names.
import type { Bundle } from '@medplum/fhirtypes';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { todayUtc } from '../../../shared/contracts/common.ts';
import { PossibleDuplicates, StartFamilyRequest } from '../../../shared/contracts/intake.ts';
import { CARE_TEAM_ROLE_KEYS } from '../../../shared/domain/care-team-roles.ts';
import type { AuditEvent } from '../../audit/audit-log.ts';
import { HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { startFamily, startingWorker } from '../intake/index.ts';
import type { FhirDeps } from './fhir-deps.ts';
import { MAX_REFERRAL_PEOPLE, type ReferralPerson, readReferral } from './fhir-referral.map.ts';
import { r4Errors } from './fhir-validator.ts';

const yesNo = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const FhirReferralQuery = z.object({
  /** The caller's own role on the new family's care team. */
  teamRole: z.enum(CARE_TEAM_ROLE_KEYS, { message: `Say your role on the family’s care team: one of ${CARE_TEAM_ROLE_KEYS.join(', ')}` }),
  /** The worker has seen the possible matches (the 409) and is sure these are different people. */
  continueDespiteMatches: yesNo,
  /** The referral lists no children and the worker asked: there are no children or other dependants (think family). */
  askedNoChildren: yesNo,
});

/** Each person the referral brought, by the entry they came from, and what kind of person they are in Umbrella. */
const ReferralPersonAnswer = z.object({
  entry: z.string(),
  fullUrl: z.string().nullable(),
  resourceType: z.enum(['Patient', 'RelatedPerson']),
  kind: z.enum(['parent', 'child', 'other_adult']),
});

export const FhirReferralAnswer = z.object({ familyId: z.string(), displayName: z.string(), people: z.array(ReferralPersonAnswer) });
export type FhirReferralAnswer = z.infer<typeof FhirReferralAnswer>;

/** The 409: intake's possible matches, each person also named by the Bundle entry they came from. */
export const FhirPossibleDuplicates = PossibleDuplicates.extend({
  people: z.array(PossibleDuplicates.shape.people.element.extend({ entry: z.string() })),
});

export const INVALID_REFERRAL =
  'This referral was not accepted, and nothing was made from it. Each problem is listed by its place in the Bundle: correct them and send it again.';

/** Medplum's words for the commonest problems, said more plainly; anything else as Medplum says it. */
function plainR4Message(message: string): string {
  if (message === 'Missing required property') return 'FHIR R4 requires this, and it is missing.';
  if (message === 'Invalid date format') return 'This is not a date in FHIR’s form (like 2015-09-10).';
  const extra = /^Invalid additional property "(.+)"$/.exec(message);
  if (extra) return `“${extra[1]}” is not part of this resource in FHIR R4.`;
  return message;
}

/** Intake's contract error at `path` (people.1.dateOfBirth) as the FHIR path of what to correct, and its message. */
function toFhirPath(path: PropertyKey[], people: ReferralPerson[], requestPath: string): [string, string] {
  const [first, index, field] = path;
  if (first === 'people' && typeof index === 'number' && people[index]) {
    const at = `${people[index].path}.resource`;
    return [field === 'dateOfBirth' ? `${at}.birthDate` : `${at}.name`, ''];
  }
  if (first === 'people') {
    return [
      'Bundle.entry',
      ' For a referral about a child, send the parent or carer as a RelatedPerson with a parent relationship (for example MTH).',
    ];
  }
  if (first === 'referredBy') return [`${requestPath}.requester`, ''];
  if (first === 'referralReason') return [`${requestPath}.reasonCode`, ''];
  if (first === 'askedNoChildren') {
    return [
      'askedNoChildren',
      ' Send the children as RelatedPersons of the parent (for example SON or DAU), or send askedNoChildren=true.',
    ];
  }
  return [String(first ?? 'Bundle'), ''];
}

/**
 * How deeply FHIR resources nest, with room to spare: a Bundle's entry, a resource, an element, its extensions and
 * contained resources stay well under this. Medplum's validator walks the Bundle by recursion, and a Bundle nested
 * thousands deep (which fits in the 1 MB body limit) ran it out of stack: such a Bundle is refused before it runs.
 */
export const MAX_FHIR_DEPTH = 64;

/**
 * The most entries a referral Bundle may hold: its people (at most MAX_REFERRAL_PEOPLE), the ServiceRequest, who sent it
 * and a message header, with room to spare. Validating a 1 MB Bundle of thousands of entries took the validator one to
 * two seconds; one with more entries than this is refused before it runs.
 */
export const MAX_REFERRAL_ENTRIES = 100;

/** The deepest nesting of objects and arrays in a parsed JSON value, counted without recursion; stops past `limit`. */
export function jsonDepth(value: unknown, limit = MAX_FHIR_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

type Outcome = 'created' | 'retried' | 'invalid' | 'possible_duplicate' | 'key_reused';

export async function importReferral(
  deps: FhirDeps,
  ctx: RequestContext,
  body: unknown,
  query: unknown,
  headers: Record<string, unknown>,
  reply: FastifyReply,
): Promise<FhirReferralAnswer> {
  // Someone who may not start a family learns nothing from the Bundle's validation: intake's own rule, first.
  await startingWorker(deps, ctx, 'referral.fhir_received');
  const audit = (outcome: Outcome, details: Record<string, unknown>, familyId: string | null = null): AuditEvent => ({
    action: 'referral.fhir_received',
    outcome: outcome === 'invalid' || outcome === 'key_reused' ? 'failed' : 'allowed',
    actor: ctx.actor,
    familyId,
    subjectType: familyId ? 'family' : null,
    subjectId: familyId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { outcome, ...details },
  });

  const fields: Record<string, string> = {};
  const fail = (path: string, message: string) => {
    const before = fields[path];
    fields[path] = before === undefined ? message : before.includes(message) ? before : `${before} ${message}`;
  };
  const q = FhirReferralQuery.safeParse(query ?? {});
  if (!q.success) for (const issue of q.error.issues) fail(String(issue.path[0] ?? 'query'), issue.message);

  const isBundle =
    typeof body === 'object' && body !== null && !Array.isArray(body) && (body as { resourceType?: unknown }).resourceType === 'Bundle';
  const entries = isBundle && Array.isArray((body as Bundle).entry) ? ((body as Bundle).entry ?? []).length : 0;
  let read: ReturnType<typeof readReferral> | null = null;
  if (!isBundle) {
    fail('resourceType', 'Send a FHIR R4 Bundle (resourceType “Bundle”) holding the ServiceRequest and the people it is about.');
  } else if (jsonDepth(body) > MAX_FHIR_DEPTH) {
    fail('Bundle', `This Bundle is nested more than ${MAX_FHIR_DEPTH} levels deep, far deeper than any FHIR referral, so it was not read.`);
  } else if (entries > MAX_REFERRAL_ENTRIES) {
    fail(
      'Bundle.entry',
      `A referral Bundle holds at most ${MAX_REFERRAL_ENTRIES} entries (at most ${MAX_REFERRAL_PEOPLE} of them people); this one has ${entries}. Send one referral for one family.`,
    );
  } else {
    const bundle = body as Bundle;
    // (1) R4 itself; (2) the referral's own rules. On a Bundle R4 refuses they are still read, so that every problem
    // is named at once, but a place R4 already named keeps R4's words only, and a shape too broken to read adds none.
    const invalid = r4Errors(bundle);
    for (const issue of invalid) fail(issue.path || 'Bundle', plainR4Message(issue.message));
    try {
      read = readReferral(bundle, todayUtc());
    } catch {
      read = null;
    }
    for (const [path, message] of Object.entries(read?.errors ?? {})) if (!(path in fields)) fail(path, message);
    if (invalid.length > 0) read = null;
  }

  // (3) Intake's own contract, on what the referral says, each problem at its place in the Bundle.
  let input: z.output<typeof StartFamilyRequest> | null = null;
  if (read && Object.keys(read.errors).length === 0) {
    const started = StartFamilyRequest.safeParse({
      referredBy: read.referredBy,
      referralReason: read.referralReason,
      people: read.people.map((p) => ({ kind: p.kind, fullName: p.fullName, preferredName: p.preferredName, dateOfBirth: p.dateOfBirth })),
      askedNoChildren: q.success ? q.data.askedNoChildren : false,
      // Checked above with the query's own message; a stand-in so the rest is still checked.
      teamRole: q.success ? q.data.teamRole : 'other',
      continueDespiteMatches: q.success ? q.data.continueDespiteMatches : false,
    });
    if (started.success) input = started.data;
    else {
      for (const issue of started.error.issues) {
        const [path, hint] = toFhirPath(issue.path, read.people, read.serviceRequestPath);
        fail(path, `${issue.message}.${hint}`.replace(/\.\./g, '.'));
      }
    }
  }

  const counts = { entries, people: read?.people.length ?? 0, children: read?.people.filter((p) => p.kind === 'child').length ?? 0 };
  if (!input || !read || Object.keys(fields).length > 0) {
    await deps.audit.recordAlone(deps.db, audit('invalid', { entries, problems: Object.keys(fields).length }));
    throw new HttpError(400, 'invalid_input', INVALID_REFERRAL, fields);
  }

  const people = read.people;
  const key = typeof headers['idempotency-key'] === 'string' ? headers['idempotency-key'] : undefined;
  let result: Awaited<ReturnType<typeof startFamily>>;
  try {
    result = await startFamily(deps, ctx, input, key);
  } catch (e) {
    if (e instanceof HttpError && e.statusCode === 409 && e.code === 'possible_duplicate') {
      await deps.audit.recordAlone(deps.db, audit('possible_duplicate', counts));
      const matched = (e.extra?.people ?? []) as { index: number }[];
      throw new HttpError(409, e.code, e.message, undefined, {
        people: matched.map((m) => ({ ...m, entry: people[m.index]?.path ?? 'Bundle' })),
      });
    }
    if (e instanceof HttpError && e.statusCode === 422) await deps.audit.recordAlone(deps.db, audit('key_reused', counts));
    throw e;
  }
  await deps.audit.recordAlone(deps.db, audit(result.created ? 'created' : 'retried', counts, result.familyId));
  reply.code(result.created ? 201 : 200);
  return {
    familyId: result.familyId,
    displayName: result.displayName,
    people: people.map((p) => ({ entry: p.path, fullUrl: p.fullUrl, resourceType: p.resourceType, kind: p.kind })),
  };
}
