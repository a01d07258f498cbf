-- Issue 15 §2: the service directory, imported from an Open Referral UK file (modules/support/directory). Services are
-- not family data: every signed-in person with family work may search them. Identifiers are the file's own, so a
-- re-import updates. What the file says about places, times, contacts, costs and eligibility is kept as the plain words
-- the screens show (`details`), derived once at import, and replaced whole with each re-import of the service.

CREATE TABLE directory_organisations (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text,
  url text,
  email text,
  -- First imported, and last imported (a re-import of the same identifier).
  imported_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE directory_services (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES directory_organisations (id),
  name text NOT NULL,
  description text,
  url text,
  email text,
  -- The file's status (active, inactive, defunct, temporarily closed): only active services are found.
  status text NOT NULL DEFAULT 'active',
  -- The areas of life it helps with (shared/domain/needs.ts), from its taxonomy terms (directory/oruk-mapping.ts).
  domains text[] NOT NULL DEFAULT '{}' CHECK (domains <@ ARRAY['money', 'housing', 'food', 'childcare_school', 'practical_help',
    'parenting', 'physical_health', 'mental_health', 'alcohol_drugs', 'relationships_safety', 'work_learning', 'legal', 'travel',
    'peer_support', 'child_own', 'other']::text[]),
  -- Whether a family member may refer themselves (drop in, or self-referral), and whether it costs nothing.
  self_referral boolean NOT NULL DEFAULT false,
  free boolean NOT NULL DEFAULT false,
  languages text[] NOT NULL DEFAULT '{}',
  -- Where it is in a few words: the first place's name and postcode, "By phone" or "Online".
  where_words text,
  -- The organisation's name, the areas' names and the taxonomy terms, so the words search finds them too.
  search_words text NOT NULL DEFAULT '',
  -- The service's page in plain words: eligibility, costs, opening times, locations, contacts, how to use it.
  details jsonb NOT NULL DEFAULT '{}',
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, name), 'A')
    || setweight(to_tsvector('english'::regconfig, search_words), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
  ) STORED,
  imported_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_services_search_idx ON directory_services USING gin (search);
CREATE INDEX directory_services_domains_idx ON directory_services USING gin (domains);
CREATE INDEX directory_services_organisation_idx ON directory_services (organisation_id);

-- The services a family member saved for themselves (their own list, found again without a worker).
CREATE TABLE directory_saved_services (
  account_id uuid NOT NULL REFERENCES accounts (id),
  service_id text NOT NULL REFERENCES directory_services (id),
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, service_id)
);
CREATE INDEX directory_saved_services_service_idx ON directory_saved_services (service_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON directory_organisations, directory_services, directory_saved_services TO umbrella_app;
