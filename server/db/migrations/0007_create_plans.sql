-- Co-produced plans (P3, P4, P7, P10, P13): the family recovery plan (items edited one at a time, frozen
-- versions, ratings, agreements), the parent's wellness and crisis plan, each child's contingency plan and
-- explanation (sections edited one at a time), suggestions, what the parent shares with whom, and the
-- child's own words with their consent to share.

CREATE TABLE recovery_plans (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  -- The version being written now; a review freezes it and the next one begins.
  working_version integer NOT NULL DEFAULT 1 CHECK (working_version >= 1),
  review_on date,
  -- The review date the reminders were last sent for, so each date is reminded once.
  review_reminded_for date,
  -- Network members the parent has invited to give their own ratings.
  rating_invitee_person_ids uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by_account_id uuid NOT NULL REFERENCES accounts (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (family_id, id),
  UNIQUE (family_id)
);

-- Each worry, family view, strength, goal and action is edited on its own, with its own version: two
-- people changing different items both succeed; the later of two saves of one item gets 409.
CREATE TABLE recovery_plan_items (
  family_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('worry', 'family_view', 'strength', 'parent_goal', 'action')),
  -- A family view belongs to a worry; an action may say which worry it answers.
  worry_id uuid,
  position integer NOT NULL,
  content jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by_account_id uuid NOT NULL REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_account_id uuid NOT NULL REFERENCES accounts (id),
  updated_by_name text NOT NULL,
  removed_at timestamptz,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, plan_id) REFERENCES recovery_plans (family_id, id),
  FOREIGN KEY (family_id, worry_id) REFERENCES recovery_plan_items (family_id, id),
  CHECK (kind <> 'family_view' OR worry_id IS NOT NULL)
);
CREATE INDEX recovery_plan_items_plan_idx ON recovery_plan_items (family_id, plan_id, kind, position);

-- A review freezes the whole plan as it stood (items, who last changed each, ratings, agreements).
CREATE TABLE recovery_plan_versions (
  family_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  number integer NOT NULL,
  frozen_at timestamptz NOT NULL DEFAULT now(),
  frozen_by_account_id uuid NOT NULL REFERENCES accounts (id),
  frozen_by_name text NOT NULL,
  review_note text,
  snapshot jsonb NOT NULL,
  PRIMARY KEY (family_id, plan_id, number),
  FOREIGN KEY (family_id, plan_id) REFERENCES recovery_plans (family_id, id)
);

CREATE TABLE recovery_plan_ratings (
  family_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  item_id uuid NOT NULL,
  plan_version integer NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  rater_name text NOT NULL,
  rater_role text NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
  note text,
  rated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, plan_id, item_id, plan_version, account_id),
  FOREIGN KEY (family_id, item_id) REFERENCES recovery_plan_items (family_id, id)
);

CREATE TABLE recovery_plan_agreements (
  family_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  plan_version integer NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  name text NOT NULL,
  role text NOT NULL,
  position text NOT NULL CHECK (position IN ('agree', 'agree_with_reservations', 'disagree')),
  reasons text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, plan_id, plan_version, account_id),
  FOREIGN KEY (family_id, plan_id) REFERENCES recovery_plans (family_id, id),
  CHECK (position = 'agree' OR reasons IS NOT NULL)
);

-- The parent's wellness and crisis plan (kind 'wellness', person = the parent), and per child a
-- contingency plan and an explanation written for them (person = the child).
CREATE TABLE plan_documents (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('wellness', 'contingency', 'explanation')),
  person_id uuid NOT NULL,
  -- Contingency plans: who would care for the child, whether they were asked, and their own answer.
  carer_person_id uuid,
  carer_asked_on date,
  carer_response text CHECK (carer_response IN ('agreed', 'declined')),
  carer_responded_at timestamptz,
  carer_response_note text,
  -- Explanations: the parent's agreement to what the child is told.
  parent_agreed_at timestamptz,
  parent_agreed_by_account_id uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by_account_id uuid NOT NULL REFERENCES accounts (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (family_id, id),
  UNIQUE (family_id, kind, person_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  FOREIGN KEY (family_id, carer_person_id) REFERENCES people (family_id, id)
);

CREATE TABLE plan_document_sections (
  family_id uuid NOT NULL,
  document_id uuid NOT NULL,
  section_key text NOT NULL,
  text text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_account_id uuid NOT NULL REFERENCES accounts (id),
  updated_by_name text NOT NULL,
  PRIMARY KEY (family_id, document_id, section_key),
  FOREIGN KEY (family_id, document_id) REFERENCES plan_documents (family_id, id)
);

-- Professionals suggest words for the parent's own plan; only the parent can take them in.
CREATE TABLE plan_suggestions (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  document_id uuid NOT NULL,
  section_key text NOT NULL,
  text text NOT NULL,
  suggested_by_account_id uuid NOT NULL REFERENCES accounts (id),
  suggested_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
  decided_at timestamptz,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, document_id) REFERENCES plan_documents (family_id, id)
);

-- What the parent chose to show to whom, section by section (section_key null: the whole document).
-- document_kind 'recovery' points at recovery_plans; the others at plan_documents.
CREATE TABLE plan_shares (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  document_kind text NOT NULL CHECK (document_kind IN ('recovery', 'wellness', 'contingency')),
  document_id uuid NOT NULL,
  section_key text,
  recipient_person_id uuid,
  recipient_staff_id uuid REFERENCES staff (id),
  shared_by_account_id uuid NOT NULL REFERENCES accounts (id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  ended_by_account_id uuid REFERENCES accounts (id),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, recipient_person_id) REFERENCES people (family_id, id),
  CHECK ((recipient_person_id IS NULL) <> (recipient_staff_id IS NULL))
);
CREATE INDEX plan_shares_active_idx ON plan_shares (family_id, document_id) WHERE ended_at IS NULL;

-- A child's own words (worries, good things, hopes), kept exactly; shared only with whom the child said.
CREATE TABLE child_words (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  child_person_id uuid NOT NULL,
  part text NOT NULL CHECK (part IN ('worries', 'good_things', 'hopes')),
  words text NOT NULL,
  author_account_id uuid NOT NULL REFERENCES accounts (id),
  author_name text NOT NULL,
  -- True when an adult wrote the child's words down for them.
  written_for_child boolean NOT NULL,
  share_with text[] NOT NULL DEFAULT '{}' CHECK (share_with <@ ARRAY['parents', 'care_team', 'network']::text[]),
  consent_recorded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  removed_at timestamptz,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, child_person_id) REFERENCES people (family_id, id),
  CHECK (cardinality(share_with) = 0 OR consent_recorded_at IS NOT NULL)
);
CREATE INDEX child_words_child_idx ON child_words (family_id, child_person_id, created_at);

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('entry_reply', 'withholding_review_due', 'consent_requested', 'consent_answered', 'override_started',
    'override_review_due', 'emergency_access_started', 'information_shared', 'plan_review_due', 'plan_changed',
    'carer_asked', 'carer_answered', 'plan_suggestion', 'plan_shared'));

GRANT SELECT, INSERT, UPDATE ON recovery_plans, recovery_plan_items, recovery_plan_versions, recovery_plan_ratings,
  recovery_plan_agreements, plan_documents, plan_document_sections, plan_suggestions, plan_shares, child_words TO umbrella_app;
