-- A professional's caseload (their current care-team rows) from the index alone: read by every professional
-- request through familyVisible() and by their list. The old index on (staff_id, family_id) made PostgreSQL
-- visit one table page per family on top (BENCHMARKS.md); this one carries what those reads need.
CREATE INDEX care_team_members_caseload_idx ON care_team_members (staff_id)
  INCLUDE (family_id, started_at, team_role, key_worker) WHERE ended_at IS NULL;
DROP INDEX care_team_members_staff_idx;
