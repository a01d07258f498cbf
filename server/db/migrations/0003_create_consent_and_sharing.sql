-- Consent you can see (P12): consents by category and recipient, consent requests, safeguarding
-- overrides, the log of every disclosure, emergency ("break the glass") access, and export jobs.

CREATE TABLE consents (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education')),
  recipient_organisation_id uuid REFERENCES organisations (id),
  recipient_staff_id uuid REFERENCES staff (id),
  purpose text NOT NULL,
  starts_on date NOT NULL,
  ends_on date,
  granted_by_account_id uuid NOT NULL REFERENCES accounts (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_by_account_id uuid REFERENCES accounts (id),
  PRIMARY KEY (family_id, id),
  CHECK ((recipient_organisation_id IS NULL) <> (recipient_staff_id IS NULL)),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX consents_active_idx ON consents (family_id, category) WHERE withdrawn_at IS NULL;

CREATE TABLE consent_requests (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education')),
  requested_by_staff_id uuid NOT NULL REFERENCES staff (id),
  recipient_organisation_id uuid NOT NULL REFERENCES organisations (id),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
  answered_at timestamptz,
  answered_by_account_id uuid REFERENCES accounts (id),
  consent_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id)
);

CREATE TABLE safeguarding_overrides (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  categories text[] NOT NULL,
  recipient_organisation_id uuid NOT NULL REFERENCES organisations (id),
  lawful_basis text NOT NULL CHECK (lawful_basis IN ('safeguarding_child', 'prevent_serious_harm', 'legal_obligation', 'vital_interests')),
  justification text NOT NULL,
  starts_at timestamptz NOT NULL DEFAULT now(),
  ends_at timestamptz NOT NULL,
  created_by_staff_id uuid NOT NULL REFERENCES staff (id),
  -- Telling the parent is the rule; not telling them needs a reason and an IG review by a deadline.
  parent_told boolean NOT NULL,
  not_telling_reason text,
  review_due_at timestamptz,
  reviewed_at timestamptz,
  reviewed_by_staff_id uuid REFERENCES staff (id),
  review_note text,
  ended_at timestamptz,
  PRIMARY KEY (family_id, id),
  CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '30 days 1 minute'),
  CHECK (parent_told OR (not_telling_reason IS NOT NULL AND review_due_at IS NOT NULL))
);
CREATE INDEX safeguarding_overrides_active_idx ON safeguarding_overrides (family_id, recipient_organisation_id) WHERE ended_at IS NULL;

-- Every disclosure outside the agency that recorded the information, with its lawful basis.
CREATE TABLE disclosures (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  via text NOT NULL CHECK (via IN ('consent', 'override', 'referral', 'export', 'emergency_access')),
  recipient_organisation_id uuid REFERENCES organisations (id),
  recipient_staff_id uuid REFERENCES staff (id),
  recipient_description text NOT NULL,
  purpose text NOT NULL,
  categories text[] NOT NULL,
  lawful_basis text NOT NULL CHECK (lawful_basis IN ('consent', 'safeguarding_child', 'prevent_serious_harm', 'legal_obligation', 'vital_interests')),
  decided_by_account_id uuid REFERENCES accounts (id),
  decided_by_description text NOT NULL,
  source_id uuid,
  -- Hidden from the parent only while an override's "telling would put someone at risk" stands.
  hidden_from_parent_until_released boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id)
);
CREATE INDEX disclosures_family_idx ON disclosures (family_id, created_at DESC);

CREATE TABLE emergency_accesses (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  staff_id uuid NOT NULL REFERENCES staff (id),
  reason text NOT NULL,
  started_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  ended_at timestamptz,
  reviewed_at timestamptz,
  reviewed_by_staff_id uuid REFERENCES staff (id),
  review_note text,
  CHECK (ends_at > started_at AND ends_at <= started_at + interval '4 hours')
);
CREATE INDEX emergency_accesses_staff_idx ON emergency_accesses (staff_id, family_id) WHERE ended_at IS NULL;

-- In-app alerts can go to any account (the IG lead, and the parent), not only staff.
ALTER TABLE notifications ALTER COLUMN recipient_staff_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN recipient_account_id uuid REFERENCES accounts (id);
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('entry_reply', 'withholding_review_due', 'consent_requested', 'consent_answered', 'override_started', 'override_review_due', 'emergency_access_started', 'information_shared'));

GRANT SELECT, INSERT, UPDATE ON consents, consent_requests, safeguarding_overrides, disclosures, emergency_accesses TO umbrella_app;

-- Information belongs to the agency that recorded it, even if its author later moves on.
ALTER TABLE record_entries ADD COLUMN author_organisation_id uuid REFERENCES organisations (id);
UPDATE record_entries e SET author_organisation_id = s.organisation_id FROM staff s WHERE s.id = e.author_staff_id;
ALTER TABLE record_entries ALTER COLUMN author_organisation_id SET NOT NULL;
