-- The whole-family record: dependants asked about, children's details, versions for editable rows,
-- record entries with their versions and replies, notifications, and the glossary.

ALTER TABLE people
  ADD COLUMN school text,
  ADD COLUMN important_people text,
  ADD COLUMN dependants_asked_none_by_staff_id uuid REFERENCES staff (id),
  ADD COLUMN dependants_asked_none_at timestamptz,
  ADD COLUMN version integer NOT NULL DEFAULT 1;

ALTER TABLE households ADD COLUMN version integer NOT NULL DEFAULT 1;

-- "Other dependants" (a parent cares for a relative, say) join children as people someone cares for.
ALTER TABLE relationships DROP CONSTRAINT relationships_kind_check;
ALTER TABLE relationships ADD CONSTRAINT relationships_kind_check
  CHECK (kind IN ('parent_of', 'carer_of', 'partner', 'former_partner', 'sibling', 'grandparent_of', 'friend', 'relative', 'neighbour', 'other'));

ALTER TABLE care_team_members
  ADD COLUMN added_by_staff_id uuid REFERENCES staff (id),
  ADD COLUMN ended_by_staff_id uuid REFERENCES staff (id),
  ADD COLUMN ended_reason text;
-- One active key worker on each side of the interface, and one active membership per person.
CREATE UNIQUE INDEX care_team_one_key_worker_per_side ON care_team_members (family_id, key_worker)
  WHERE ended_at IS NULL AND key_worker IS NOT NULL;
CREATE UNIQUE INDEX care_team_one_active_membership ON care_team_members (family_id, staff_id) WHERE ended_at IS NULL;

CREATE TABLE record_entries (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('home_visit', 'office_meeting', 'phone_call', 'message', 'multi_agency_meeting', 'observation', 'decision')),
  occurred_at timestamptz NOT NULL,
  author_staff_id uuid NOT NULL REFERENCES staff (id),
  category text NOT NULL CHECK (category IN ('general', 'mental_health', 'childrens_social_care', 'health', 'education', 'third_party')),
  present_person_ids uuid[] NOT NULL DEFAULT '{}',
  present_staff_ids uuid[] NOT NULL DEFAULT '{}',
  about_person_ids uuid[] NOT NULL DEFAULT '{}',
  text text NOT NULL,
  restricted_text text,
  decision jsonb,
  -- P1: visible to the parent unless withheld, in part or whole, for a listed reason, with a review date.
  withholding_scope text CHECK (withholding_scope IN ('part', 'whole')),
  withholding_reason text CHECK (withholding_reason IN ('third_party', 'serious_risk', 'legal_restriction')),
  withholding_review_on date,
  withholding_decided_by_staff_id uuid REFERENCES staff (id),
  withholding_decided_at timestamptz,
  placeholder_hidden boolean NOT NULL DEFAULT false,
  placeholder_hidden_by_staff_id uuid REFERENCES staff (id),
  placeholder_hidden_reason text,
  entered_in_error_at timestamptz,
  entered_in_error_reason text,
  entered_in_error_by_staff_id uuid REFERENCES staff (id),
  version integer NOT NULL DEFAULT 1,
  idempotency_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  CHECK ((withholding_scope IS NULL) = (withholding_reason IS NULL)),
  CHECK ((withholding_scope IS NULL) = (withholding_review_on IS NULL)),
  CHECK (withholding_scope IS DISTINCT FROM 'part' OR restricted_text IS NOT NULL)
);
-- A family's entries newest first, and a retried create found by its key.
CREATE INDEX record_entries_family_time_idx ON record_entries (family_id, occurred_at DESC, id DESC);
CREATE UNIQUE INDEX record_entries_idempotency_idx ON record_entries (family_id, author_staff_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX record_entries_review_idx ON record_entries (withholding_review_on) WHERE withholding_scope IS NOT NULL;

-- Every version of every entry, the first included: corrections never destroy what was written.
CREATE TABLE record_entry_versions (
  family_id uuid NOT NULL,
  entry_id uuid NOT NULL,
  version integer NOT NULL,
  text text NOT NULL,
  restricted_text text,
  category text NOT NULL,
  occurred_at timestamptz NOT NULL,
  decision jsonb,
  edited_by_staff_id uuid NOT NULL REFERENCES staff (id),
  edited_at timestamptz NOT NULL DEFAULT now(),
  change_note text,
  PRIMARY KEY (family_id, entry_id, version),
  FOREIGN KEY (family_id, entry_id) REFERENCES record_entries (family_id, id)
);

-- P2: the family's own words beside the professional's, never overwriting them.
CREATE TABLE record_entry_replies (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  entry_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reply', 'correction_request', 'disagree', 'team_answer')),
  text text NOT NULL,
  author_account_id uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, entry_id) REFERENCES record_entries (family_id, id)
);
CREATE INDEX record_entry_replies_entry_idx ON record_entry_replies (family_id, entry_id, created_at);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  recipient_staff_id uuid NOT NULL REFERENCES staff (id),
  kind text NOT NULL CHECK (kind IN ('entry_reply', 'withholding_review_due')),
  family_id uuid REFERENCES families (id),
  entry_id uuid,
  message text NOT NULL,
  -- The same reminder is made once, however many app instances run the job.
  dedupe_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient_staff_id, created_at DESC);

CREATE TABLE glossary_terms (
  id uuid PRIMARY KEY,
  term text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  plain text NOT NULL,
  explanation text NOT NULL,
  language text NOT NULL DEFAULT 'en',
  version integer NOT NULL DEFAULT 1,
  updated_by_staff_id uuid REFERENCES staff (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX glossary_terms_term_idx ON glossary_terms (language, lower(term));

GRANT SELECT, INSERT, UPDATE ON record_entries, record_entry_versions, record_entry_replies, notifications, glossary_terms TO umbrella_app;
