// Whose caseload a manager's insights count (access/insight-scope.ts), as a table: role × the team or organisation she
// asks for (none, her own, another inside her reach, one outside it, one that does not exist) → the scope, or a refusal.
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/domain/accounts.ts';
import { decideInsightScope, type InsightScopeDecision, type InsightScopeRequest } from './insight-scope.ts';

const MY_ORG = 'org-mine';
const OTHER_ORG = 'org-other';
const MY_TEAM = 'team-mine';
const SISTER_TEAM = 'team-sister'; // another team of my organisation
const FAR_TEAM = 'team-far'; // a team of another organisation
const NO_SUCH = 'missing';

const teamOrg: Record<string, string | null> = { [MY_TEAM]: MY_ORG, [SISTER_TEAM]: MY_ORG, [FAR_TEAM]: OTHER_ORG, [NO_SUCH]: null };
const orgExists: Record<string, boolean> = { [MY_ORG]: true, [OTHER_ORG]: true, [NO_SUCH]: false };

function decide(role: StaffRole, req: InsightScopeRequest, ownTeamId: string | null = MY_TEAM): InsightScopeDecision {
  return decideInsightScope(
    {
      role,
      ownTeamId,
      ownOrganisationId: MY_ORG,
      requestedTeamOrganisationId: req.teamId === undefined ? undefined : teamOrg[req.teamId],
      requestedOrganisationExists: req.organisationId === undefined ? undefined : orgExists[req.organisationId],
    },
    req,
  );
}

const NOT_FOUND = { refused: 'not_found' } as const;
const CASES: [StaffRole, string, InsightScopeRequest, InsightScopeDecision][] = [
  // A team manager: always her own team; naming it is fine, naming anything else is not found.
  ['team_manager', 'nothing asked', {}, { kind: 'team', teamId: MY_TEAM, organisationId: MY_ORG }],
  ['team_manager', 'her own team', { teamId: MY_TEAM }, { kind: 'team', teamId: MY_TEAM, organisationId: MY_ORG }],
  ['team_manager', 'another team of her organisation', { teamId: SISTER_TEAM }, NOT_FOUND],
  ['team_manager', 'a team of another organisation', { teamId: FAR_TEAM }, NOT_FOUND],
  ['team_manager', 'a team that does not exist', { teamId: NO_SUCH }, NOT_FOUND],
  ['team_manager', 'her own organisation', { organisationId: MY_ORG }, { kind: 'team', teamId: MY_TEAM, organisationId: MY_ORG }],
  ['team_manager', 'another organisation', { organisationId: OTHER_ORG }, NOT_FOUND],
  // A service manager: her organisation, narrowable to any of its teams, never beyond.
  ['service_manager', 'nothing asked', {}, { kind: 'organisation', organisationId: MY_ORG }],
  ['service_manager', 'her own team', { teamId: MY_TEAM }, { kind: 'team', teamId: MY_TEAM, organisationId: MY_ORG }],
  [
    'service_manager',
    'another team of her organisation',
    { teamId: SISTER_TEAM },
    { kind: 'team', teamId: SISTER_TEAM, organisationId: MY_ORG },
  ],
  ['service_manager', 'a team of another organisation', { teamId: FAR_TEAM }, NOT_FOUND],
  ['service_manager', 'a team that does not exist', { teamId: NO_SUCH }, NOT_FOUND],
  ['service_manager', 'her own organisation', { organisationId: MY_ORG }, { kind: 'organisation', organisationId: MY_ORG }],
  ['service_manager', 'another organisation', { organisationId: OTHER_ORG }, NOT_FOUND],
  ['service_manager', 'another organisation with one of her teams', { organisationId: OTHER_ORG, teamId: MY_TEAM }, NOT_FOUND],
  // A platform administrator: every organisation, narrowable to any that exists and any team in it.
  ['platform_administrator', 'nothing asked', {}, { kind: 'installation' }],
  ['platform_administrator', 'another organisation', { organisationId: OTHER_ORG }, { kind: 'organisation', organisationId: OTHER_ORG }],
  [
    'platform_administrator',
    'a team of another organisation',
    { teamId: FAR_TEAM },
    { kind: 'team', teamId: FAR_TEAM, organisationId: OTHER_ORG },
  ],
  [
    'platform_administrator',
    'an organisation and one of its teams',
    { organisationId: OTHER_ORG, teamId: FAR_TEAM },
    { kind: 'team', teamId: FAR_TEAM, organisationId: OTHER_ORG },
  ],
  ['platform_administrator', 'an organisation and a team of another', { organisationId: OTHER_ORG, teamId: MY_TEAM }, NOT_FOUND],
  ['platform_administrator', 'an organisation that does not exist', { organisationId: NO_SUCH }, NOT_FOUND],
  ['platform_administrator', 'a team that does not exist', { teamId: NO_SUCH }, NOT_FOUND],
  // Everyone else is refused by the permission first; the rule refuses them too.
  ['practitioner', 'nothing asked', {}, { refused: 'not_a_manager' }],
  ['information_governance_lead', 'nothing asked', {}, { refused: 'not_a_manager' }],
  ['administrator', 'her own organisation', { organisationId: MY_ORG }, { refused: 'not_a_manager' }],
];

describe('whose caseload a manager’s insights count', () => {
  it.each(CASES)('%s asking for %s', (role, _what, req, expected) => {
    expect(decide(role, req)).toEqual(expected);
  });

  it('a team manager in no team is refused with a reason, not given an empty caseload', () => {
    expect(decide('team_manager', {}, null)).toEqual({ refused: 'no_team' });
  });
});
