-- Foundation: organisations and staff, families and their people, care teams, accounts and
-- sessions, rate limits, and the hash-chained audit log. Ids are UUIDv7 made by the application.

-- The application's own role: it may read and write everything except change or remove audit rows.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umbrella_app') THEN
    CREATE ROLE umbrella_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database on the same server created it at the same moment
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT umbrella_app TO %I', current_user);
EXCEPTION WHEN others THEN
  NULL; -- a superuser needs no membership; a role that cannot grant still owns the tables
END $$;

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('adult_mental_health', 'childrens_services', 'health', 'education', 'voluntary')),
  phone text,
  email text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX teams_organisation_idx ON teams (organisation_id);

CREATE TABLE staff (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  team_id uuid REFERENCES teams (id),
  full_name text NOT NULL,
  discipline text NOT NULL,
  role text NOT NULL CHECK (role IN ('practitioner', 'team_manager', 'information_governance_lead', 'administrator')),
  job_title text NOT NULL,
  email text,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_organisation_idx ON staff (organisation_id);

CREATE TABLE families (
  id uuid PRIMARY KEY,
  display_name text NOT NULL,
  involvement_level text NOT NULL DEFAULT 'none'
    CHECK (involvement_level IN ('none', 'early_help', 'child_in_need', 'child_protection_plan', 'looked_after', 'pre_proceedings')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Family-scoped tables carry family_id in their primary key, so the data can be distributed by
-- family and every family query stays local to one family's rows.
CREATE TABLE households (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  name text NOT NULL,
  address text,
  address_confidential boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id)
);

CREATE TABLE people (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  household_id uuid,
  kind text NOT NULL CHECK (kind IN ('parent', 'child', 'other_adult', 'network_member')),
  full_name text NOT NULL,
  preferred_name text,
  date_of_birth date,
  pronouns text,
  known_to_adult_mental_health boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, household_id) REFERENCES households (family_id, id)
);

CREATE TABLE relationships (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  from_person_id uuid NOT NULL,
  to_person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('parent_of', 'partner', 'former_partner', 'sibling', 'grandparent_of', 'friend', 'relative', 'neighbour', 'other')),
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, from_person_id) REFERENCES people (family_id, id),
  FOREIGN KEY (family_id, to_person_id) REFERENCES people (family_id, id),
  CHECK (from_person_id <> to_person_id)
);

CREATE TABLE involvement_history (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  level text NOT NULL
    CHECK (level IN ('none', 'early_help', 'child_in_need', 'child_protection_plan', 'looked_after', 'pre_proceedings')),
  started_on date NOT NULL,
  recorded_by_staff_id uuid REFERENCES staff (id),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id)
);

CREATE TABLE care_team_members (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  staff_id uuid NOT NULL REFERENCES staff (id),
  team_role text NOT NULL,
  key_worker text CHECK (key_worker IN ('adult_mental_health', 'childrens_services')),
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  PRIMARY KEY (family_id, id),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- The access check asks "which families is this professional on the team of, now?" on every request.
CREATE INDEX care_team_members_staff_idx ON care_team_members (staff_id, family_id) WHERE ended_at IS NULL;

-- A login, linked to who it belongs to: a member of staff, or a person in one family.
CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  username text NOT NULL,
  password_hash text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('professional', 'parent', 'young_person', 'network_member')),
  staff_id uuid REFERENCES staff (id),
  family_id uuid REFERENCES families (id),
  person_id uuid,
  totp_secret text,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'professional') = (staff_id IS NOT NULL)),
  CHECK ((kind = 'professional') OR (family_id IS NOT NULL AND person_id IS NOT NULL)),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id)
);
CREATE UNIQUE INDEX accounts_username_idx ON accounts (lower(username));

-- Sessions are stored by the hash of their token, so a copy of this table cannot be used to sign in.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  stage text NOT NULL CHECK (stage IN ('awaiting_second_factor', 'signed_in')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_reason text
);
CREATE INDEX sessions_account_idx ON sessions (account_id);

-- Counters for sign-in rate limits, kept in the database so every app instance shares them.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  hits integer NOT NULL
);

-- The audit log. Events are chained per stream: each row holds the hash of the previous row in
-- its stream, so concurrent requests append to different streams and do not wait for each other.
CREATE TABLE audit_events (
  stream integer NOT NULL,
  seq bigint NOT NULL,
  id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
  actor_kind text NOT NULL,
  actor_account_id uuid,
  actor_staff_id uuid,
  family_id uuid,
  subject_type text,
  subject_id text,
  request_id text,
  ip text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (stream, seq)
);
CREATE INDEX audit_events_family_idx ON audit_events (family_id, occurred_at DESC) WHERE family_id IS NOT NULL;
CREATE INDEX audit_events_account_idx ON audit_events (actor_account_id, occurred_at DESC);

-- The head of each stream: its last sequence number and hash. Cutting rows off the end of a
-- stream leaves the head pointing past them, which the verifier reports.
CREATE TABLE audit_stream_heads (
  stream integer PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);

-- Belt and braces: even a role that was granted UPDATE or DELETE by mistake cannot change history.
CREATE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % is not allowed', TG_OP;
END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();

GRANT USAGE ON SCHEMA public TO umbrella_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, teams, staff, families, households, people,
  relationships, involvement_history, care_team_members, accounts, sessions, rate_limits, audit_stream_heads
  TO umbrella_app;
GRANT SELECT, INSERT ON audit_events TO umbrella_app;
