-- Issue 15 §1 and §3 (P8): each family member's needs in their own words, the support offered, asked for and received
-- (a referral is one kind of support), and the practical barriers recorded once per person. Words in
-- shared/domain/needs.ts. A need is read by the one category rule of the record (access/scope.ts#needVisible): it
-- carries the facts that rule reads (category, author_organisation_id, about_person_ids).

CREATE TABLE needs (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  -- Whose need it is.
  person_id uuid NOT NULL,
  domain text NOT NULL CHECK (domain IN ('money', 'housing', 'food', 'childcare_school', 'practical_help', 'parenting',
    'physical_health', 'mental_health', 'alcohol_drugs', 'relationships_safety', 'work_learning', 'legal', 'travel',
    'peer_support', 'child_own', 'other')),
  -- The person's own words, kept exactly.
  words text NOT NULL,
  importance text NOT NULL CHECK (importance IN ('a_little', 'quite_a_lot', 'a_lot')),
  raised_by text NOT NULL CHECK (raised_by IN ('person', 'worker', 'network_member')),
  -- The account that wrote it (a family member or a worker's).
  written_by_account_id uuid NOT NULL REFERENCES accounts (id),
  written_by_staff_id uuid REFERENCES staff (id),
  -- What support they want, in their words.
  support_wanted text,
  -- The category rule's facts: the category fixed by the domain (NEED_DOMAIN_CATEGORY), the agency of the worker who
  -- wrote it (null when the family wrote it), and whom it is about.
  category text NOT NULL CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party')),
  author_organisation_id uuid REFERENCES organisations (id),
  about_person_ids uuid[] NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'no_longer_needed')),
  closed_at timestamptz,
  -- "That's not right": the person's own correction of a need a worker wrote with them, and when.
  not_right text,
  not_right_at timestamptz,
  idempotency_key text,
  idempotency_fingerprint text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  CHECK (about_person_ids = ARRAY[person_id])
);
CREATE INDEX needs_family_idx ON needs (family_id, created_at);
CREATE UNIQUE INDEX needs_idempotency_idx ON needs (family_id, written_by_account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Support for a need: offered by a worker, found by the family, or a referral made through Umbrella.
CREATE TABLE need_supports (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  need_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('offer', 'referral', 'self_found')),
  -- What was offered, in words ("Debt advice at Northgate Money Advice").
  description text NOT NULL,
  service_id text REFERENCES directory_services (id),
  offered_by_account_id uuid NOT NULL REFERENCES accounts (id),
  offered_by_staff_id uuid REFERENCES staff (id),
  offered_by_description text NOT NULL,
  offered_on date NOT NULL,
  -- What was received, and when it started and ended.
  received_from date,
  received_until date,
  -- "Did it help?", in the person's own view.
  helped text CHECK (helped IN ('yes', 'a_bit', 'no')),
  helped_words text,
  helped_at timestamptz,
  -- A referral's facts (kind = 'referral'): where it stands, what the parent agreed may be shared, what was sent, the
  -- lawful basis, how she agreed, and the disclosure log row written when it was sent.
  referral_status text CHECK (referral_status IN ('sent', 'accepted', 'waiting', 'started', 'declined', 'ended')),
  referral_status_on date,
  declined_reason text,
  shared_categories text[] CHECK (shared_categories <@ ARRAY['general', 'mental_health', 'childrens_social_care', 'health', 'education']::text[]),
  sent_text text,
  lawful_basis text CHECK (lawful_basis IN ('consent', 'safeguarding_child', 'prevent_serious_harm', 'legal_obligation', 'vital_interests')),
  agreed_how text CHECK (agreed_how IN ('in_person', 'by_phone', 'in_writing', 'in_umbrella')),
  disclosure_id uuid,
  -- The waiting time after which the referrer was last reminded to chase (once per status date).
  chase_reminded_for date,
  -- When the person was asked "did it help?" (once, when support ends).
  helped_asked_at timestamptz,
  idempotency_key text,
  idempotency_fingerprint text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, need_id) REFERENCES needs (family_id, id),
  CHECK ((kind = 'referral') = (referral_status IS NOT NULL)),
  CHECK (kind <> 'referral' OR (shared_categories IS NOT NULL AND sent_text IS NOT NULL AND lawful_basis IS NOT NULL)),
  CHECK (lawful_basis IS DISTINCT FROM 'consent' OR agreed_how IS NOT NULL),
  CHECK (received_until IS NULL OR received_from IS NULL OR received_until >= received_from)
);
CREATE INDEX need_supports_need_idx ON need_supports (family_id, need_id);
CREATE INDEX need_supports_chase_idx ON need_supports (referral_status_on) WHERE referral_status IN ('sent', 'waiting');
CREATE UNIQUE INDEX need_supports_idempotency_idx ON need_supports (family_id, offered_by_account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Every step of a referral, with its date and who set it.
CREATE TABLE referral_status_changes (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  support_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('sent', 'accepted', 'waiting', 'started', 'declined', 'ended')),
  status_on date NOT NULL,
  reason text,
  changed_by_account_id uuid NOT NULL REFERENCES accounts (id),
  changed_by_description text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, support_id) REFERENCES need_supports (family_id, id)
);
CREATE INDEX referral_status_changes_support_idx ON referral_status_changes (family_id, support_id, created_at);

-- The practical barriers to support and visits, recorded once per person, each in the person's words (null: none said).
CREATE TABLE person_barriers (
  family_id uuid NOT NULL REFERENCES families (id),
  person_id uuid NOT NULL,
  childcare text,
  travel_cost text,
  times text,
  language text,
  access text,
  caring text,
  version integer NOT NULL DEFAULT 1,
  updated_by_account_id uuid NOT NULL REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, person_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id)
);

GRANT SELECT, INSERT, UPDATE ON needs, need_supports, referral_status_changes, person_barriers TO umbrella_app;
