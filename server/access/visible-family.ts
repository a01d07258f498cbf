// The family as a type: findFamily() (through the caller's scope) and systemFamily() (a scheduled job, a named
// reason) are the only ways to get a VisibleFamily, and every family-scoped repository function takes one, so a
// repository cannot be called for a family that was not found through the caller's scope.
import type { SelectQueryBuilder } from 'kysely';
import { runCompiled } from '../db/compiled-once.ts';
import type { Db, Tx } from '../db/database.ts';
import type { DB, InvolvementLevel } from '../db/schema.ts';
import { type AccessScope, familyVisible, type SystemReason } from './scope.ts';
import { type ScopeValues, scopeFromValues, scopeShape, scopeValues } from './scope-values.ts';

export type Reader = Db | Tx;

declare const visibleBrand: unique symbol;

/**
 * A family reached through an access check. Made only in server/access (findFamily, systemFamily): code
 * elsewhere cannot build one (the brand is a type-only symbol), and a test refuses a cast to it.
 */
export type VisibleFamily = { readonly id: string; readonly [visibleBrand]: true };

export type FamilyRow = {
  id: string;
  display_name: string;
  involvement_level: InvolvementLevel;
  version: number;
  /** Closed: the team reads until team_read_until and changes nothing but the reopening (closed-family.ts). */
  closed_at: Date | null;
  team_read_until: Date | null;
};
/** The family lookup before it is run: more columns can be added to it, read in the same statement. */
export type FamilyQuery = SelectQueryBuilder<DB, 'families', FamilyRow>;

/**
 * Adds reads to the lookup's own statement. `family` is the family being looked up: what the extension reads
 * with it leaves the statement only as columns of a row that passed familyVisible(), so for the extension it
 * is as good as found.
 */
export type FamilyExtension<R> = ((q: FamilyQuery, db: Reader, family: VisibleFamily) => SelectQueryBuilder<DB, 'families', R>) & {
  /**
   * Set (by compiledOnceExtension) when the extension's statement has a fixed shape and every value in it comes from
   * `family`: findFamily then compiles it once per actor kind and binds the values (server/db/compiled-once.ts).
   */
  readonly compiledOnceAs?: string;
};

/**
 * Marks an extension whose values all come from the family it is given (its id), so that findFamily may compile the
 * statement once and bind ids on each call. In tests every call is checked against a fresh build.
 */
export function compiledOnceExtension<R>(name: string, extend: FamilyExtension<R>): FamilyExtension<R> {
  return Object.assign(extend, { compiledOnceAs: name });
}

/** The values findFamily's statement is bound with: the family asked for, and who asks. */
type FindValues = ScopeValues & { familyId: string };

/**
 * The family, only when the scope may see it, as a VisibleFamily. `extend` adds columns to that row
 * (subqueries, built with the same reader, that carry their own scope conditions too), so a use case reads
 * what it needs in the same statement as the access check; for a family out of scope no row, and so none of
 * them, comes back.
 */
export async function findFamily<R extends FamilyRow = FamilyRow>(
  db: Reader,
  scope: AccessScope,
  familyId: string,
  extend?: FamilyExtension<R>,
): Promise<(R & VisibleFamily) | undefined> {
  const build = (v: FindValues, asScope: AccessScope) => {
    const base: FamilyQuery = db
      .selectFrom('families')
      .select(['id', 'display_name', 'involvement_level', 'version', 'closed_at', 'team_read_until'])
      .where('id', '=', v.familyId);
    const q = extend ? extend(base, db, { id: v.familyId } as VisibleFamily) : (base as unknown as SelectQueryBuilder<DB, 'families', R>);
    // Applied after `extend`, so nothing an extension adds can loosen it.
    return q.where(familyVisible(asScope, 'families.id'));
  };
  if (!extend || extend.compiledOnceAs) {
    // The statement's shape depends only on the extension and the scope's shape; its values are these.
    const key = `family ${extend?.compiledOnceAs ?? 'alone'} for ${scopeShape(scope)}`;
    const [row] = await runCompiled(db, key, { ...scopeValues(scope), familyId }, (v) => build(v, scopeFromValues(scope, v)));
    return row as (R & VisibleFamily) | undefined;
  }
  const row = await build({ ...scopeValues(scope), familyId }, scope).executeTakeFirst();
  return row as (R & VisibleFamily) | undefined;
}

/**
 * A family for work that has no caller to scope by: a scheduled job, or a step a use case takes for the family
 * itself rather than for the person asking (see SYSTEM_REASONS in scope.ts). Loud on purpose: a grep for
 * systemFamily shows every place that bypasses the caller's scope, and each names its reason.
 */
export function systemFamily(_reason: SystemReason, familyId: string): VisibleFamily {
  return { id: familyId } as VisibleFamily;
}
