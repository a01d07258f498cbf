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

/**
 * Which record entries (table alias `e`) the scope may see, on top of familyVisible(). Professionals on
 * the team see every entry (per-category consent arrives with issue 5); a parent sees every entry
 * except one whose very existence a team manager has hidden; a young person sees entries about them;
 * network members see none until the parent shares. What a family member sees of a withheld entry is
 * cut down further by the portal's view (only a placeholder leaves the server).
 */
export function entryVisible(scope: AccessScope, alias = 'e'): Expression<SqlBool> {
  const actor = scope.actor;
  const hidden = sql<SqlBool>`(${sql.ref(`${alias}.withholding_scope`)} = 'whole' AND ${sql.ref(`${alias}.placeholder_hidden`)})`;
  switch (actor.kind) {
    case 'system':
    case 'professional':
      return sql<SqlBool>`true`;
    case 'parent':
      return sql<SqlBool>`NOT ${hidden}`;
    case 'young_person':
      return sql<SqlBool>`(${actor.personId}::uuid = ANY(${sql.ref(`${alias}.about_person_ids`)}) AND NOT ${hidden})`;
    default:
      return sql<SqlBool>`false`;
  }
}
