-- Issue 13 §4, §5, §8 (real families): starting a family (who referred and why, who started it, a retried form
-- making one family), the invitations of the family and the people they trust (a young person invited without the
-- parent being told waits for the information governance lead's review), and the end of the service's involvement
-- with its closing summary, the family's replies and the reopening, all kept.

-- Who started the family and why, in plain words the parent will read; an idempotency key so a retried "Start a
-- family" makes one family. The key's index is the one place it is decided between two retries at once.
ALTER TABLE families
  ADD COLUMN started_by_staff_id uuid REFERENCES staff (id),
  ADD COLUMN referred_by text,
  ADD COLUMN referral_reason text,
  ADD COLUMN idempotency_key text,
  ADD COLUMN idempotency_fingerprint text,
  -- Closed: the care team reads the family until team_read_until and changes nothing until it is reopened.
  -- Kept on the family row (not only in involvement_closures) because the access check reads it on every request.
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN team_read_until timestamptz,
  ADD CONSTRAINT families_closed_window CHECK ((closed_at IS NULL) = (team_read_until IS NULL));
CREATE UNIQUE INDEX families_idempotency_idx ON families (started_by_staff_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- The duplicate check looks people up by date of birth (a handful per day of birth even in a large council), then
-- compares names in the application.
CREATE INDEX people_date_of_birth_idx ON people (date_of_birth) WHERE date_of_birth IS NOT NULL;

-- Involvement history also records when the service's involvement ended and when it was reopened.
ALTER TABLE involvement_history
  ADD COLUMN event text NOT NULL DEFAULT 'level_changed' CHECK (event IN ('level_changed', 'closed', 'reopened'));

-- Every invitation of a family member, by email or a printed letter: who invited whom, and whether the parent was
-- told. A young person invited without the parent being told carries the reason and waits for the information
-- governance lead's review.
CREATE TABLE family_invitations (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  account_kind text NOT NULL CHECK (account_kind IN ('parent', 'young_person', 'network_member')),
  delivery text NOT NULL CHECK (delivery IN ('email', 'letter')),
  invited_by_staff_id uuid REFERENCES staff (id),
  invited_by_account_id uuid REFERENCES accounts (id),
  parent_told boolean NOT NULL DEFAULT true,
  not_telling_reason text,
  reviewed_at timestamptz,
  reviewed_by_staff_id uuid REFERENCES staff (id),
  review_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  CHECK ((invited_by_staff_id IS NULL) <> (invited_by_account_id IS NULL)),
  CHECK (parent_told OR not_telling_reason IS NOT NULL)
);
CREATE INDEX family_invitations_person_idx ON family_invitations (family_id, person_id, created_at DESC);
CREATE INDEX family_invitations_review_idx ON family_invitations (created_at) WHERE NOT parent_told AND reviewed_at IS NULL;

-- The end of the service's involvement: the closing summary written for the family, how long the team may still
-- read, and the reopening. At most one closure is open per family.
CREATE TABLE involvement_closures (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  closed_at timestamptz NOT NULL DEFAULT now(),
  closed_by_staff_id uuid NOT NULL REFERENCES staff (id),
  summary text NOT NULL,
  -- Diagnostic labels the writer was shown and chose to keep as written (PRODUCT §7).
  labels_kept text[] NOT NULL DEFAULT '{}',
  team_read_until timestamptz NOT NULL,
  reopened_at timestamptz,
  reopened_by_staff_id uuid REFERENCES staff (id),
  reopen_reason text,
  PRIMARY KEY (family_id, id),
  CHECK ((reopened_at IS NULL) = (reopened_by_staff_id IS NULL))
);
CREATE UNIQUE INDEX involvement_closures_one_open_idx ON involvement_closures (family_id) WHERE reopened_at IS NULL;

-- The family's answer to the closing summary (P2), beside it, never changing it.
CREATE TABLE closing_summary_replies (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  closure_id uuid NOT NULL,
  text text NOT NULL,
  author_account_id uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, closure_id) REFERENCES involvement_closures (family_id, id)
);

GRANT SELECT, INSERT, UPDATE ON family_invitations, involvement_closures, closing_summary_replies TO umbrella_app;
