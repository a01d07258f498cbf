// Family use cases: each read runs in a read-only transaction and waits for its audit event (group commit), and a family the caller
// may not see is audited as a denial and answered exactly like one that does not exist.
import type { FamilyList } from '../../../shared/contracts/families.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { INVOLVEMENT_EXPLANATIONS } from '../../../shared/domain/involvement-levels.ts';
import { auditedRead, readFamily } from '../../access/family-access.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db } from '../../db/database.ts';
import { forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './families.repo.ts';
import { toFamilyOverview } from './family-overview.ts';

export type FamiliesDeps = { db: Db; audit: AuditLog };

export async function listMyFamilies(deps: FamiliesDeps, ctx: RequestContext): Promise<FamilyList> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return auditedRead(deps, ctx, async (tx) => {
    const rows = await repo.listFamiliesForStaff(tx, ctx.scope, actor.staffId);
    const event = {
      action: 'families.listed',
      outcome: 'allowed',
      actor,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { count: rows.length },
    } as const;
    const result = {
      families: rows.map((r) => ({
        id: r.id,
        displayName: r.display_name,
        involvementLevel: r.involvement_level,
        involvementTitle: INVOLVEMENT_EXPLANATIONS[r.involvement_level].title,
        myTeamRole: CARE_TEAM_ROLES[r.team_role].label,
        isKeyWorker: r.key_worker !== null,
        childrenCount: Number(r.children_count ?? 0),
        peopleCount: Number(r.people_count ?? 0),
        childrenNotAskedAbout: Boolean(r.children_not_asked),
        closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
        teamReadUntil: r.team_read_until ? new Date(r.team_read_until).toISOString() : null,
      })),
    };
    return { result, event };
  });
}

function familyOverview(deps: FamiliesDeps, ctx: RequestContext, familyId: string, action: 'family.viewed' | 'portal.family_viewed') {
  // The access check, the five parts and nothing else: one statement (then the audit event).
  return readFamily(
    deps,
    ctx,
    familyId,
    action,
    async (_tx, family) => ({ result: toFamilyOverview(family, family, ctx.actor) }),
    repo.withFamilyParts(),
  );
}

export function getFamilyOverview(deps: FamiliesDeps, ctx: RequestContext, familyId: string) {
  return familyOverview(deps, ctx, familyId, 'family.viewed');
}

export function getMyFamily(deps: FamiliesDeps, ctx: RequestContext) {
  const actor = ctx.actor;
  if (actor.kind !== 'parent' && actor.kind !== 'young_person' && actor.kind !== 'network_member' && actor.kind !== 'other_parent')
    throw forbidden();
  return familyOverview(deps, ctx, actor.familyId, 'portal.family_viewed');
}
