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
export type FamilyExtension<R> = ((
  q: FamilyQuery,
  db: Reader,
  family: VisibleFamily,
  scope: AccessScope,
) => SelectQueryBuilder<DB, 'families', R>) & {
  /** Set by compiledOnceExtension: findFamily compiles the statement once per name and scope shape, then binds values. */
  readonly compiledOnce?: CompiledOnce<R>;
};

type Params = Record<string, unknown>;
type CompiledOnce<R> = {
  name: string;
  params: Params;
  build: (q: FamilyQuery, db: Reader, family: VisibleFamily, scope: AccessScope, params: Params) => SelectQueryBuilder<DB, 'families', R>;
};

/**
 * An extension whose statement findFamily may compile once (server/db/compiled-once.ts): its values come only from
 * `family`, `scope` and `params`, used as values, and `name` says every choice of its shape (a cursor given, a search).
 * In tests every call is checked against a fresh build.
 */
export function compiledOnceExtension<R, P extends Params = Params>(
  name: string,
  params: P,
  build: (q: FamilyQuery, db: Reader, family: VisibleFamily, scope: AccessScope, params: P) => SelectQueryBuilder<DB, 'families', R>,
): FamilyExtension<R> {
  const plain = (q: FamilyQuery, db: Reader, family: VisibleFamily, scope: AccessScope) => build(q, db, family, scope, params);
  return Object.assign(plain, { compiledOnce: { name, params, build: build as CompiledOnce<R>['build'] } });
}

/** The values findFamily's statement is bound with: the family asked for, who asks, and the extension's own (`p.…`). */
type FindValues = ScopeValues & { familyId: string } & Params;

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
  const build = (v: FindValues, asScope: AccessScope, params: Params | undefined) => {
    const base: FamilyQuery = db
      .selectFrom('families')
      .select(['id', 'display_name', 'involvement_level', 'version', 'closed_at', 'team_read_until'])
      .where('id', '=', v.familyId);
    const family = { id: v.familyId } as VisibleFamily;
    const c = extend?.compiledOnce;
    const q = c
      ? c.build(base, db, family, asScope, params ?? {})
      : extend
        ? extend(base, db, family, asScope)
        : (base as unknown as SelectQueryBuilder<DB, 'families', R>);
    // Applied after `extend`, so nothing an extension adds can loosen it.
    return q.where(familyVisible(asScope, 'families.id'));
  };
  const c = extend?.compiledOnce;
  if (!extend || c) {
    // The statement's shape depends only on the extension's name and the scope's shape; its values are these.
    const key = `family ${c?.name ?? 'alone'} for ${scopeShape(scope)}`;
    const names = Object.keys(c?.params ?? {});
    const values: FindValues = { ...scopeValues(scope), familyId };
    for (const name of names) values[`p.${name}`] = c?.params[name];
    const [row] = await runCompiled(db, key, values, (v) =>
      build(v, scopeFromValues(scope, v), Object.fromEntries(names.map((name) => [name, v[`p.${name}`]]))),
    );
    return row as (R & VisibleFamily) | undefined;
  }
  const row = await build({ ...scopeValues(scope), familyId }, scope, undefined).executeTakeFirst();
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
