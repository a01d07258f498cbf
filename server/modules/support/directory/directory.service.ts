// Use cases of the service directory: searching it (by area of life, words, language, "free", saved), one service's
// page, and a family member saving a service for themselves. The directory is not family data: reading it is not
// audited; saving is, as a change about the person (shown to them alone).
import type { z } from 'zod';
import type { DirectorySearchQuery, DirectorySearchResult, ServiceDetail, ServiceSummary } from '../../../../shared/contracts/directory.ts';
import type { FamilyMemberActor } from '../../../access/actor.ts';
import { type FamilyDeps, withFamily } from '../../../access/family-access.ts';
import type { AuditAction } from '../../../audit/audit-log.ts';
import { forbidden, HttpError } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import * as repo from './directory.repo.ts';

/** The caller's account, for "saved": everyone signed in has one. */
const accountOf = (ctx: RequestContext): string | null => ('accountId' in ctx.actor ? ctx.actor.accountId : null);

/**
 * The person's words as a full-text query where each word is a prefix ("deb" finds debt advice) and every word must
 * match. Only letters and digits are kept, so nothing they type can break the query's syntax.
 */
export function prefixQuery(words: string | undefined): string | undefined {
  const parts =
    (words ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 10) ?? [];
  return parts.length ? parts.map((w) => `${w}:*`).join(' & ') : undefined;
}

type Row = Awaited<ReturnType<typeof repo.searchServices>>[number];
const toSummary = (r: Omit<Row, 'total'>): ServiceSummary => ({
  id: r.id,
  name: r.name,
  organisationName: r.organisation_name,
  description: r.description,
  domains: r.domains,
  free: r.free,
  selfReferral: r.self_referral,
  languages: r.languages,
  where: r.where_words,
  saved: Boolean(r.saved),
});

export async function search(
  deps: FamilyDeps,
  ctx: RequestContext,
  q: z.output<typeof DirectorySearchQuery>,
): Promise<DirectorySearchResult> {
  const accountId = accountOf(ctx);
  const [rows, languages] = await Promise.all([
    repo.searchServices(deps.db, {
      domain: q.domain,
      tsquery: prefixQuery(q.q),
      language: q.language?.trim() || undefined,
      free: q.free,
      savedOnly: q.saved,
      accountId,
      limit: q.limit,
      offset: q.offset,
    }),
    repo.activeLanguages(deps.db),
  ]);
  return { services: rows.map(toSummary), total: Number(rows[0]?.total ?? 0), languages };
}

const notInDirectory = () =>
  new HttpError(404, 'not_found', 'We could not find that service. It may have been taken out of the directory.');

export async function detail(deps: FamilyDeps, ctx: RequestContext, serviceId: string): Promise<ServiceDetail> {
  const r = await repo.findService(deps.db, serviceId, accountOf(ctx));
  if (!r) throw notInDirectory();
  return {
    ...toSummary(r),
    url: r.url,
    email: r.email,
    eligibility: r.details.eligibility ?? [],
    costs: r.details.costs ?? [],
    openingTimes: r.details.openingTimes ?? [],
    locations: r.details.locations ?? [],
    contacts: r.details.contacts ?? [],
    howToUse: r.details.howToUse ?? [],
  };
}

const SAVING_IS_FOR_FAMILIES =
  'Only family members save services, for themselves. To suggest one to a family, add it as support offered for their need.';

async function familyMember(deps: FamilyDeps, ctx: RequestContext, action: AuditAction, serviceId: string): Promise<FamilyMemberActor> {
  const a = ctx.actor;
  if (a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'other_parent' || a.kind === 'network_member') return a;
  await deps.audit.recordAlone(deps.db, {
    action: 'access.denied',
    outcome: 'denied',
    actor: a,
    subjectType: 'directory_service',
    subjectId: serviceId.slice(0, 100),
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { attempted: action, reason: 'not_a_family_member' },
  });
  throw forbidden(SAVING_IS_FOR_FAMILIES);
}

/** Saves a service to the caller's own list; saving it again changes nothing. An unknown service is a 404. */
export async function save(deps: FamilyDeps, ctx: RequestContext, serviceId: string): Promise<void> {
  const actor = await familyMember(deps, ctx, 'directory_service.saved', serviceId);
  await withFamily(deps, ctx, actor.familyId, 'directory_service.saved', async (tx) => {
    if (!(await repo.serviceExists(tx, serviceId))) return null;
    await repo.saveService(tx, actor.accountId, serviceId);
    return { result: undefined, audit: { subjectType: 'person', subjectId: actor.personId, details: { service: serviceId } } };
  });
}

/** Takes a service off the caller's list; one not on it is already off. */
export async function unsave(deps: FamilyDeps, ctx: RequestContext, serviceId: string): Promise<void> {
  const actor = await familyMember(deps, ctx, 'directory_service.unsaved', serviceId);
  await withFamily(deps, ctx, actor.familyId, 'directory_service.unsaved', async (tx) => {
    await repo.unsaveService(tx, actor.accountId, serviceId);
    return { result: undefined, audit: { subjectType: 'person', subjectId: actor.personId, details: { service: serviceId } } };
  });
}
