// A scope's values apart from its shape, for statements compiled once (server/db/compiled-once.ts): the ids a rule puts
// into SQL become the call's values, and what chooses the rule's SQL (the kind of actor, the intent, the organisation's
// kind, the role) becomes part of the statement's key. Tests build every such statement afresh and compare, so a rule
// that starts to use another field fails there until it is added here.
import type { Actor } from './actor.ts';
import { type AccessScope, scopeFor } from './scope.ts';

/** The ids of whoever asks, as values: empty where the actor has none. */
export type ScopeValues = {
  actorAccountId: string;
  actorStaffId: string;
  actorOrganisationId: string;
  actorPersonId: string;
  actorFamilyId: string;
  actorChildPersonIds: readonly string[];
};

export function scopeValues(scope: AccessScope): ScopeValues {
  const a = scope.actor;
  return {
    actorAccountId: 'accountId' in a ? a.accountId : '',
    actorStaffId: a.kind === 'professional' ? a.staffId : '',
    actorOrganisationId: a.kind === 'professional' ? a.organisationId : '',
    actorPersonId: 'personId' in a ? a.personId : '',
    actorFamilyId: 'familyId' in a ? a.familyId : '',
    actorChildPersonIds: a.kind === 'other_parent' ? a.childPersonIds : [],
  };
}

/** What of the scope chooses the SQL of a rule: part of the key of every statement compiled once with a scope in it. */
export function scopeShape(scope: AccessScope): string {
  const a = scope.actor;
  return [a.kind, scope.intent, a.kind === 'professional' ? `${a.organisationKind}/${a.role}` : ''].join(' ');
}

/** The same scope with its ids taken from `v` (placeholders while compiling, the call's own values when checking). */
export function scopeFromValues(scope: AccessScope, v: ScopeValues): AccessScope {
  const a = scope.actor;
  let actor: Actor = a;
  if (a.kind === 'professional')
    actor = { ...a, accountId: v.actorAccountId, staffId: v.actorStaffId, organisationId: v.actorOrganisationId };
  else if (a.kind === 'other_parent')
    actor = {
      ...a,
      accountId: v.actorAccountId,
      personId: v.actorPersonId,
      familyId: v.actorFamilyId,
      childPersonIds: v.actorChildPersonIds,
    };
  else if ('familyId' in a) actor = { ...a, accountId: v.actorAccountId, personId: v.actorPersonId, familyId: v.actorFamilyId };
  return scopeFor(actor, scope.intent);
}
