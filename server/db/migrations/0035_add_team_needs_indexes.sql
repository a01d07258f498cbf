-- Issue 15 §4: the team's view of the gap starts from a team's staff (access/team-caseload.ts), then their current
-- care-team rows (care_team_members_staff_idx) and each family's needs (needs_family_idx) and support
-- (need_supports_need_idx). Staff had no index by team, so every view read the whole staff table.
CREATE INDEX staff_team_idx ON staff (team_id) WHERE team_id IS NOT NULL;
