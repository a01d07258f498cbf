// A team's caseload (issue 15 §4), decided in this one place: the families whose care team has, now, a member of the
// team. The team's view of the gap reads families only through it, and only ever as counts and medians.
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { AuditAction } from '../audit/audit-actions.ts';
import { forbidden, HttpError } from '../http/errors.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { FamilyDeps } from './family-access.ts';

declare const caseloadBrand: unique symbol;
/**
 * A caseload's families as a subquery, made only here in access/ (teamCaseloadFamilies, insight-scope.ts): a repository
 * that counts across families takes this, never family ids its caller could have named (visible-family.test.ts).
 */
export type CaseloadFamilies = RawBuilder<{ family_id: string }> & { readonly [caseloadBrand]: true };

/** Marks a subquery of family ids as a caseload; for access/ only. */
export const asCaseload = (subquery: RawBuilder<{ family_id: string }>): CaseloadFamilies => subquery as CaseloadFamilies;

/**
 * The caseload's family ids, as a subquery: families with a current care-team member (not ended, started) whose
 * staff row is in the team. Removing the last such member takes the family out on the next read.
 */
export function teamCaseloadFamilies(teamId: string): CaseloadFamilies {
  return asCaseload(sql<{ family_id: string }>`SELECT ctm.family_id FROM care_team_members ctm JOIN staff st ON st.id = ctm.staff_id
    WHERE st.team_id = ${teamId} AND ctm.ended_at IS NULL AND ctm.started_at <= now()`);
}

/** A condition on a family id column: true only for families on the team's caseload now. */
export function onTeamCaseload(teamId: string, familyIdColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(familyIdColumn)} IN (${teamCaseloadFamilies(teamId)})`;
}

/**
 * The team a professional's counts are about: their own (staff.team_id), never one they name. None: the refusal is
 * audited and answered as a 404 with `noTeam`, which says what to do.
 */
export async function callersTeam(
  deps: FamilyDeps,
  ctx: RequestContext,
  attempted: AuditAction,
  noTeam: string,
): Promise<{ id: string; name: string }> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  const team = await deps.db
    .selectFrom('staff as s')
    .innerJoin('teams as t', 't.id', 's.team_id')
    .select(['t.id', 't.name'])
    .where('s.id', '=', actor.staffId)
    .executeTakeFirst();
  if (team) return team;
  await deps.audit.recordAlone(deps.db, {
    action: 'access.denied',
    outcome: 'denied',
    actor,
    subjectType: 'team',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { attempted, reason: 'no_team' },
  });
  throw new HttpError(404, 'not_found', noTeam);
}
