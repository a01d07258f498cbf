// The pieces every use case on needs shares: who is calling (with their key worker fact), one need as they read it,
// and a change run through withFamily whose refusal (a 403 naming who can) is audited as access.denied.
import type { Need } from '../../../../shared/contracts/needs.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import type { Phrase } from '../../../../shared/i18n/messages.ts';
import { type Actor, type FamilyMemberActor, writerLanguage } from '../../../access/actor.ts';
import { type FamilyDeps, isUuid, withFamily } from '../../../access/family-access.ts';
import { type NeedAction, type NeedFacts, whoMay } from '../../../access/need-policy.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { AuditAction } from '../../../audit/audit-log.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import type { NotificationKind } from '../../../db/schema.ts';
import { forbidden, type HttpError } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { notifyFamily, parentAccounts } from '../../notifications/index.ts';
import * as repo from './needs.repo.ts';
import { type Caller, may, needView, personName } from './needs-views.ts';

/**
 * The language a save marks its words with (issue 16 §3): a family member's chosen one. A professional writes English
 * (their screens are English for now), but a worker changing words someone in the family wrote leaves them in that
 * person's language: the words are still mostly theirs.
 */
export function languageOfSave(actor: Actor, before?: Locale | null): Locale {
  if (actor.kind === 'professional' || actor.kind === 'system' || actor.kind === 'anonymous') return before ?? writerLanguage(actor);
  return writerLanguage(actor);
}

/** A family member on the portal routes (the permission already keeps everyone else out). */
export function familyMember(ctx: RequestContext): FamilyMemberActor {
  const a = ctx.actor;
  if (a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'other_parent' || a.kind === 'network_member') return a;
  throw forbidden('This page is for the family.');
}

export async function callerOf(tx: Tx, family: VisibleFamily, ctx: RequestContext): Promise<Caller> {
  const a = ctx.actor;
  return { actor: a, keyWorker: a.kind === 'professional' ? await repo.isKeyWorker(tx, family, a.staffId) : false };
}

/** A visible thing the caller may not change: thrown inside the transaction, audited after it rolled back. */
export class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly error: HttpError,
  ) {
    super(error.message);
  }
}

/** Refuses unless the policy allows `action` on these facts, with the words that name who can. */
export function insist(action: NeedAction, facts: NeedFacts) {
  if (!may(action, facts)) throw new Refused(`may_not_${action}`, forbidden(whoMay(action, facts.actor)));
}

/** withFamily, with a Refused turned into an audited 403 (access.denied, the attempted action and why). */
export async function changeFamily<T>(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  action: AuditAction,
  subject: { type: string; id: string },
  work: Parameters<typeof withFamily<T>>[4],
): Promise<T> {
  try {
    return await withFamily<T>(deps, ctx, familyId, action, work);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor: ctx.actor,
      familyId,
      subjectType: subject.type,
      subjectId: subject.id.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: action, reason: error.reason },
    });
    throw error.error;
  }
}

/** One need with its person, support and steps as the scope reads it; undefined when out of reach. */
export async function needParts(tx: Tx, scope: AccessScope, family: VisibleFamily, needId: string) {
  if (!isUuid(needId)) return undefined;
  const [need] = await repo.visibleNeeds(tx, scope, family, { needId });
  if (!need) return undefined;
  const [people, supports] = await Promise.all([repo.people(tx, family), repo.visibleSupports(tx, scope, family, [need.id])]);
  const person = people.find((p) => p.id === need.person_id);
  if (!person) return undefined;
  const steps = await repo.referralSteps(
    tx,
    family,
    supports.filter((s) => s.kind === 'referral').map((s) => s.id),
  );
  return { need, person, people, supports, steps };
}
export type NeedParts = NonNullable<Awaited<ReturnType<typeof needParts>>>;

/** The Need as the caller reads it now (read again after a change, so the answer shows what was saved). */
export async function loadNeed(tx: Tx, scope: AccessScope, family: VisibleFamily, caller: Caller, needId: string): Promise<Need | null> {
  const parts = await needParts(tx, scope, family, needId);
  return parts ? needView(parts.need, parts.person, parts.supports, parts.steps, caller) : null;
}

/**
 * Tells the family about something on a person's need: the person through their own account ("you": `message(null)`);
 * for a child, the parent too when the child has no account or `alsoParent` is set (`message(the child's name)`).
 * Another adult's needs are their own (scope.ts#needVisible), so the parent is never told of them. Never the caller,
 * never the words. Each is a Phrase, so they read it in their own language.
 */
export async function tellFamily(
  tx: Tx,
  family: VisibleFamily,
  person: { id: string; full_name: string; preferred_name: string | null; kind: string },
  kind: NotificationKind,
  callerAccountId: string,
  message: (name: string | null) => Phrase,
  alsoParent = false,
) {
  const [own, parents] = await Promise.all([repo.accountsOf(tx, family, [person.id]), parentAccounts(tx, family)]);
  const ownIds = own.map((a) => a.id).filter((id) => id !== callerAccountId);
  const forChild = person.kind === 'child' && (own.length === 0 || alsoParent);
  const parentIds = forChild ? parents.filter((id) => id !== callerAccountId && !own.some((a) => a.id === id)) : [];
  await notifyFamily(tx, family, kind, { accountIds: ownIds }, message(null), newId);
  await notifyFamily(tx, family, kind, { accountIds: parentIds }, message(personName(person)), newId);
}
