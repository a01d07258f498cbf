-- Subject access exports, produced by a background job and downloaded when ready.
CREATE TABLE subject_access_exports (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  person_id uuid NOT NULL,
  requested_by_account_id uuid NOT NULL REFERENCES accounts (id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'failed')),
  content jsonb,
  html text,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id)
);
CREATE INDEX subject_access_exports_pending_idx ON subject_access_exports (created_at) WHERE status = 'pending';
GRANT SELECT, INSERT, UPDATE ON subject_access_exports TO umbrella_app;
