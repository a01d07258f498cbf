// The access scope: the only code that decides which families an actor can see. Repositories take
// a scope and filter with familyVisible(); there is no other way to reach family data.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor, SystemActor } from './actor.ts';

declare const scopeBrand: unique symbol;

/** Made only by scopeFor() and systemScope(), so a repository cannot be handed a home-made scope. */
export type AccessScope = { readonly actor: Actor; readonly [scopeBrand]: true };

export function scopeFor(actor: Actor): AccessScope {
  return { actor } as AccessScope;
}

/** A privileged scope that sees every family. Loud on purpose: grep for it; use it rarely. */
export function systemScope(reason: string): AccessScope {
  const actor: SystemActor = { kind: 'system', reason };
  return { actor } as AccessScope;
}

/**
 * A condition on a family id column: true only for families the scope may see right now.
 * Care-team membership is read on every request, so removing someone ends their access at once.
 */
export function familyVisible(scope: AccessScope, familyIdColumn: string): Expression<SqlBool> {
  const column = sql.ref(familyIdColumn);
  const actor = scope.actor;
  switch (actor.kind) {
    case 'system':
      return sql<SqlBool>`true`;
    case 'professional':
      return sql<SqlBool>`${column} IN (
          SELECT ctm.family_id FROM care_team_members ctm
          WHERE ctm.staff_id = ${actor.staffId} AND ctm.ended_at IS NULL AND ctm.started_at <= now())`;
    case 'parent':
    case 'young_person':
    case 'network_member':
      return sql<SqlBool>`${column} = ${actor.familyId}`;
    case 'anonymous':
      return sql<SqlBool>`false`;
  }
}
