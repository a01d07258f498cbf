-- Issue 13 §1 (the administrator console): the platform administrator role, which creates organisations and manages
-- any organisation's staff (an administrator manages only their own); versions on staff and teams so a stale edit in
-- the console is refused with 409, never saved over someone else's; one team name per organisation and one
-- organisation per name, so a retried form cannot make a second; and an idempotency key on a new worker, so a
-- retried "Add a worker" makes one worker.
ALTER TABLE staff DROP CONSTRAINT staff_role_check;
ALTER TABLE staff ADD CONSTRAINT staff_role_check
  CHECK (role IN ('practitioner', 'team_manager', 'information_governance_lead', 'administrator', 'platform_administrator'));

ALTER TABLE staff ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE staff ADD COLUMN created_by_staff_id uuid REFERENCES staff (id);
ALTER TABLE staff ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX staff_idempotency_idx ON staff (created_by_staff_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- "Is this the organisation's last administrator?" and "the last platform administrator?" read these rows.
CREATE INDEX staff_administrators_idx ON staff (organisation_id, role) WHERE role IN ('administrator', 'platform_administrator');

ALTER TABLE teams ADD COLUMN version integer NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX teams_organisation_name_idx ON teams (organisation_id, lower(name));
CREATE UNIQUE INDEX organisations_name_idx ON organisations (lower(name));
