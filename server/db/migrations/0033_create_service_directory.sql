-- Issue 15 §2: the service directory, imported from an Open Referral UK file (modules/support/directory). Services are
-- not family data: every signed-in person may search them. Identifiers are the file's own, so a re-import updates.
-- (First cut by the lead: the directory helper widens these tables in this same migration before it lands.)

CREATE TABLE directory_organisations (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text,
  url text,
  email text,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE directory_services (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES directory_organisations (id),
  name text NOT NULL,
  description text,
  url text,
  email text,
  status text NOT NULL DEFAULT 'active',
  imported_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE, DELETE ON directory_organisations, directory_services TO umbrella_app;
