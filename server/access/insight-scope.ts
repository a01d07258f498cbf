// Whose caseload a manager's insights count (issue 18 §2, P15), decided in this one place by the caller's role, never by
// what she names: a team manager her own team, a service manager her organisation (or one of its teams), a platform
// administrator every organisation (or one organisation, or one team). A team or organisation out of reach is a 404.
import { sql } from 'kysely';
import type { StaffRole } from '../../shared/domain/accounts.ts';
import type { InsightScope } from '../../shared/domain/learning.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { forbidden, HttpError } from '../http/errors.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { FamilyDeps } from './family-access.ts';
import { asCaseload, type CaseloadFamilies, teamCaseloadFamilies } from './team-caseload.ts';

/** What the decision needs to know: the caller's own staff row and what the requested team or organisation is. */
export type InsightScopeFacts = {
  role: StaffRole;
  ownTeamId: string | null;
  ownOrganisationId: string;
  /** The requested team's organisation; null when that team does not exist; undefined when no team was asked for. */
  requestedTeamOrganisationId?: string | null;
  /** Whether the requested organisation exists; undefined when none was asked for. */
  requestedOrganisationExists?: boolean;
};

export type InsightScopeRequest = { teamId?: string; organisationId?: string };

export type InsightScopeDecision =
  | { kind: 'team'; teamId: string; organisationId: string | null }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'installation' }
  | { refused: 'not_found' | 'no_team' | 'not_a_manager' };

/** The pure rule (insight-scope.policy.test.ts): the role decides the widest caseload, a request may only narrow it. */
export function decideInsightScope(f: InsightScopeFacts, req: InsightScopeRequest): InsightScopeDecision {
  const teamOrg = f.requestedTeamOrganisationId;
  if (req.teamId !== undefined && (teamOrg === null || teamOrg === undefined)) return { refused: 'not_found' };
  switch (f.role) {
    case 'team_manager': {
      if (f.ownTeamId === null) return { refused: 'no_team' };
      if (req.teamId !== undefined && req.teamId !== f.ownTeamId) return { refused: 'not_found' };
      if (req.organisationId !== undefined && req.organisationId !== f.ownOrganisationId) return { refused: 'not_found' };
      return { kind: 'team', teamId: f.ownTeamId, organisationId: f.ownOrganisationId };
    }
    case 'service_manager': {
      if (req.organisationId !== undefined && req.organisationId !== f.ownOrganisationId) return { refused: 'not_found' };
      if (req.teamId !== undefined) {
        if (teamOrg !== f.ownOrganisationId) return { refused: 'not_found' };
        return { kind: 'team', teamId: req.teamId, organisationId: f.ownOrganisationId };
      }
      return { kind: 'organisation', organisationId: f.ownOrganisationId };
    }
    case 'platform_administrator': {
      if (req.organisationId !== undefined && !f.requestedOrganisationExists) return { refused: 'not_found' };
      if (req.teamId !== undefined) {
        if (req.organisationId !== undefined && teamOrg !== req.organisationId) return { refused: 'not_found' };
        return { kind: 'team', teamId: req.teamId, organisationId: teamOrg ?? null };
      }
      if (req.organisationId !== undefined) return { kind: 'organisation', organisationId: req.organisationId };
      return { kind: 'installation' };
    }
    default:
      return { refused: 'not_a_manager' };
  }
}

/**
 * The caseload of a decided scope as a subquery of family ids: families with a current care-team member (started, not
 * ended) in the team, in the organisation, or anywhere. The same rule as the team's view of the gap.
 */
export function insightScopeFamilies(d: Exclude<InsightScopeDecision, { refused: string }>): CaseloadFamilies {
  if (d.kind === 'team') return teamCaseloadFamilies(d.teamId);
  if (d.kind === 'organisation')
    return asCaseload(sql<{ family_id: string }>`SELECT ctm.family_id FROM care_team_members ctm JOIN staff st ON st.id = ctm.staff_id
      WHERE st.organisation_id = ${d.organisationId} AND ctm.ended_at IS NULL AND ctm.started_at <= now()`);
  return asCaseload(
    sql<{ family_id: string }>`SELECT ctm.family_id FROM care_team_members ctm WHERE ctm.ended_at IS NULL AND ctm.started_at <= now()`,
  );
}

export type Choice = { id: string; name: string };

export type ResolvedInsightScope = {
  kind: InsightScope;
  name: string;
  teamId: string | null;
  organisationId: string | null;
  /** A stable key of the caseload, for keeping counts a few minutes. */
  key: string;
  families: CaseloadFamilies;
  teams: Choice[];
  organisations: Choice[];
};

const NO_TEAM = 'You are not in a team yet, so there are no insights to show. Ask your administrator to add you to your team.';
const NOT_FOUND = 'That team or organisation was not found, or its numbers are not yours to see. Choose one from the list.';

/**
 * The caller's scope for this request, read from her staff row now (a new role or team applies at once). A refusal is
 * audited as `access.denied` (reason, the action attempted, never a family) and answered 404.
 */
export async function resolveInsightScope(
  deps: FamilyDeps,
  ctx: RequestContext,
  req: InsightScopeRequest,
  attempted: AuditAction,
): Promise<ResolvedInsightScope> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  const db = deps.db;
  const me = await db
    .selectFrom('staff')
    .select(['role', 'team_id', 'organisation_id'])
    .where('id', '=', actor.staffId)
    .executeTakeFirstOrThrow();
  const team = req.teamId
    ? await db
        .selectFrom('teams as t')
        .innerJoin('organisations as o', 'o.id', 't.organisation_id')
        .select(['t.id', 't.name', 't.organisation_id', 'o.name as organisation_name'])
        .where('t.id', '=', req.teamId)
        .executeTakeFirst()
    : undefined;
  const org = req.organisationId
    ? await db.selectFrom('organisations').select(['id', 'name']).where('id', '=', req.organisationId).executeTakeFirst()
    : undefined;
  const decision = decideInsightScope(
    {
      role: me.role,
      ownTeamId: me.team_id,
      ownOrganisationId: me.organisation_id,
      requestedTeamOrganisationId: req.teamId ? (team?.organisation_id ?? null) : undefined,
      requestedOrganisationExists: req.organisationId ? Boolean(org) : undefined,
    },
    req,
  );
  if ('refused' in decision) {
    await deps.audit.recordAlone(db, {
      action: 'access.denied',
      outcome: 'denied',
      actor,
      subjectType: req.teamId ? 'team' : 'organisation',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted, reason: decision.refused },
    });
    if (decision.refused === 'not_a_manager') throw forbidden();
    throw new HttpError(404, 'not_found', decision.refused === 'no_team' ? NO_TEAM : NOT_FOUND);
  }
  const families = insightScopeFamilies(decision);
  if (me.role === 'team_manager' && decision.kind === 'team') {
    const own = await db.selectFrom('teams').select('name').where('id', '=', decision.teamId).executeTakeFirstOrThrow();
    return {
      kind: 'team',
      name: own.name,
      teamId: decision.teamId,
      organisationId: null,
      key: `team:${decision.teamId}`,
      families,
      teams: [],
      organisations: [],
    };
  }
  if (me.role === 'service_manager') {
    const [ownOrg, teams] = await Promise.all([
      db.selectFrom('organisations').select('name').where('id', '=', me.organisation_id).executeTakeFirstOrThrow(),
      db.selectFrom('teams').select(['id', 'name']).where('organisation_id', '=', me.organisation_id).orderBy('name').execute(),
    ]);
    if (decision.kind === 'team')
      return {
        kind: 'team',
        name: team?.name ?? '',
        teamId: decision.teamId,
        organisationId: null,
        key: `team:${decision.teamId}`,
        families,
        teams,
        organisations: [],
      };
    return {
      kind: 'organisation',
      name: ownOrg.name,
      teamId: null,
      organisationId: null,
      key: `org:${me.organisation_id}`,
      families,
      teams,
      organisations: [],
    };
  }
  // A platform administrator: every organisation, and the teams of the one she chose (or every team, named with its organisation).
  const organisations = await db.selectFrom('organisations').select(['id', 'name']).orderBy('name').execute();
  const chosenOrg = decision.kind === 'installation' ? null : decision.organisationId;
  const teams = await db
    .selectFrom('teams as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['t.id', 't.name', 'o.name as organisation_name'])
    .$if(chosenOrg !== null, (qb) => qb.where('t.organisation_id', '=', chosenOrg as string))
    .orderBy('o.name')
    .orderBy('t.name')
    .execute();
  const teamChoices = teams.map((t) => ({ id: t.id, name: chosenOrg ? t.name : `${t.name} (${t.organisation_name})` }));
  if (decision.kind === 'team')
    return {
      kind: 'team',
      name: team ? `${team.name} (${team.organisation_name})` : '',
      teamId: decision.teamId,
      organisationId: req.organisationId ?? null,
      key: `team:${decision.teamId}`,
      families,
      teams: teamChoices,
      organisations,
    };
  if (decision.kind === 'organisation')
    return {
      kind: 'organisation',
      name: org?.name ?? '',
      teamId: null,
      organisationId: decision.organisationId,
      key: `org:${decision.organisationId}`,
      families,
      teams: teamChoices,
      organisations,
    };
  return {
    kind: 'installation',
    name: 'Every organisation',
    teamId: null,
    organisationId: null,
    key: 'all',
    families,
    teams: teamChoices,
    organisations,
  };
}
