// Reading needs (issue 15 §1): the family's page for the care team (every person, the needs the caller's category rule
// lets them read, how many it hides), the family member's own page (whom they write for), and the same page in a
// person's subject access export.
import type { FamilyNeeds } from '../../../../shared/contracts/needs.ts';
import type { FamilyMemberActor } from '../../../access/actor.ts';
import { type FamilyDeps, readFamily } from '../../../access/family-access.ts';
import type { AccessScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { forbidden } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import * as repo from './needs.repo.ts';
import { callerOf, familyMember } from './needs-access.ts';
import { type Caller, gapCounts, needView, personSection } from './needs-views.ts';

const KIND_ORDER: Record<string, number> = { parent: 0, other_adult: 1, child: 2, network_member: 3 };

/** The people a family member's page lists: a parent herself, then the children; a young person
 * himself; a parent who lives elsewhere himself and his children. Never the people the family trusts. */
export function peopleListedFor(actor: FamilyMemberActor, people: repo.PersonRow[]): repo.PersonRow[] {
  const family = people.filter((p) => p.kind !== 'network_member');
  const me = family.filter((p) => p.id === actor.personId);
  switch (actor.kind) {
    case 'parent':
      // Her own and the children's: another adult's needs (the children's father's) are theirs (scope.ts#needVisible).
      return [...me, ...family.filter((p) => p.kind === 'child')];
    case 'other_parent':
      return [...me, ...family.filter((p) => actor.childPersonIds.includes(p.id))];
    case 'young_person':
      return me;
    case 'network_member':
      return [];
  }
}

async function page(
  tx: Tx,
  scope: AccessScope,
  family: VisibleFamily,
  caller: Caller,
  listed: repo.PersonRow[],
  countHidden: boolean,
): Promise<FamilyNeeds> {
  const personIds = listed.map((p) => p.id);
  const [needs, barriers, hiddenNeeds] = await Promise.all([
    repo.visibleNeeds(tx, scope, family, { personIds }),
    repo.barriers(tx, family),
    countHidden ? repo.hiddenNeedCount(tx, scope, family) : Promise.resolve(0),
  ]);
  const supports = await repo.visibleSupports(
    tx,
    scope,
    family,
    needs.map((n) => n.id),
  );
  const steps = await repo.referralSteps(
    tx,
    family,
    supports.filter((s) => s.kind === 'referral').map((s) => s.id),
  );
  const byId = new Map(listed.map((p) => [p.id, p]));
  const views = needs.flatMap((n) => {
    const person = byId.get(n.person_id);
    return person ? [needView(n, person, supports, steps, caller)] : [];
  });
  return {
    people: listed.map((p) =>
      personSection(
        p,
        views,
        barriers.find((b) => b.person_id === p.id),
        caller,
      ),
    ),
    gaps: gapCounts(views),
    hiddenNeeds,
  };
}

/** The care team's page: every person of the family, and the needs the caller reads by the category rule. */
export function familyNeeds(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<FamilyNeeds> {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return readFamily(deps, ctx, familyId, 'needs.viewed', async (tx, family) => {
    const [caller, people] = await Promise.all([callerOf(tx, family, ctx), repo.people(tx, family)]);
    const listed = [...people].sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9));
    const result = await page(tx, ctx.scope, family, caller, listed, true);
    return { result, audit: { details: { count: result.people.reduce((n, p) => n + p.needs.length, 0) } } };
  });
}

/** The family member's own page. */
export function myNeeds(deps: FamilyDeps, ctx: RequestContext): Promise<FamilyNeeds> {
  const actor = familyMember(ctx);
  return readFamily(deps, ctx, actor.familyId, 'needs.viewed', async (tx, family) => {
    const listed = peopleListedFor(actor, await repo.people(tx, family));
    const result = await page(tx, ctx.scope, family, { actor, keyWorker: false }, listed, false);
    return { result, audit: { details: { count: result.people.reduce((n, p) => n + p.needs.length, 0) } } };
  });
}

/**
 * A person's needs for their subject access export, exactly as their own page shows them (their own scope, the people
 * they write for); null for someone with no needs page (a network member).
 */
export async function needsForExport(
  tx: Tx,
  scope: AccessScope,
  family: VisibleFamily,
  viewer: FamilyMemberActor,
): Promise<FamilyNeeds | null> {
  if (viewer.kind === 'network_member') return null;
  const listed = peopleListedFor(viewer, await repo.people(tx, family));
  return page(tx, scope, family, { actor: viewer, keyWorker: false }, listed, false);
}
