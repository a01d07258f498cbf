-- Issue 14 §3: the crisis plan in action. The parent marks which parts of her wellness and crisis plan crisis services
-- may read under emergency access, and writes what each person she chooses is to be told when her crisis plan is in
-- use. A start (by her, or by a key worker who says why) tells them, asks each contingency carer to confirm, and its
-- end leads to an "after a crisis" review.

-- The sections crisis services (an out-of-hours worker, a crisis team) read under emergency access. Only a wellness plan has them.
ALTER TABLE plan_documents ADD COLUMN crisis_service_keys text[] NOT NULL DEFAULT '{}'
  CHECK (crisis_service_keys <@ ARRAY['when_well', 'daily', 'triggers', 'early_signs', 'breaking_down', 'crisis_signs',
    'crisis_supporters', 'crisis_treatments', 'crisis_alternatives', 'crisis_others_do', 'after_crisis']::text[]);
ALTER TABLE plan_documents ADD CONSTRAINT plan_documents_crisis_service_keys_wellness_only
  CHECK (kind = 'wellness' OR cardinality(crisis_service_keys) = 0);

-- What to tell whom: one message per person (someone in the family, or a care-team worker) per wellness plan, written
-- only by the parent, versioned. Empty words: that person is not told.
CREATE TABLE crisis_messages (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  document_id uuid NOT NULL,
  recipient_person_id uuid,
  recipient_staff_id uuid REFERENCES staff (id),
  text text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_account_id uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, document_id) REFERENCES plan_documents (family_id, id),
  FOREIGN KEY (family_id, recipient_person_id) REFERENCES people (family_id, id),
  CHECK ((recipient_person_id IS NULL) <> (recipient_staff_id IS NULL))
);
CREATE UNIQUE INDEX crisis_messages_person_idx ON crisis_messages (family_id, document_id, recipient_person_id)
  WHERE recipient_person_id IS NOT NULL;
CREATE UNIQUE INDEX crisis_messages_staff_idx ON crisis_messages (family_id, document_id, recipient_staff_id)
  WHERE recipient_staff_id IS NOT NULL;

-- Each time a crisis plan is in use: who started it (a worker with a reason), when it ended, and the review after it.
CREATE TABLE crisis_activations (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  document_id uuid NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  started_by_account_id uuid NOT NULL REFERENCES accounts (id),
  started_by_name text NOT NULL,
  started_by_staff_id uuid REFERENCES staff (id),
  start_reason text,
  ended_at timestamptz,
  ended_by_account_id uuid REFERENCES accounts (id),
  ended_by_name text,
  -- After a crisis: the parent's own words on what helped and what she would change, and whether her key workers read them.
  reflection text,
  changes text,
  reflection_shared boolean NOT NULL DEFAULT false,
  reviewed_at timestamptz,
  review_reminded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, document_id) REFERENCES plan_documents (family_id, id),
  CHECK (started_by_staff_id IS NULL OR start_reason IS NOT NULL),
  CHECK (reviewed_at IS NULL OR ended_at IS NOT NULL)
);
-- One in use at a time: a second start meets this index and is answered with the one in use.
CREATE UNIQUE INDEX crisis_activations_in_use_idx ON crisis_activations (family_id, document_id) WHERE ended_at IS NULL;
CREATE INDEX crisis_activations_started_idx ON crisis_activations (started_at) WHERE ended_at IS NULL;
CREATE INDEX crisis_activations_review_idx ON crisis_activations (ended_at)
  WHERE ended_at IS NOT NULL AND reviewed_at IS NULL AND review_reminded_at IS NULL;
CREATE INDEX crisis_activations_document_idx ON crisis_activations (family_id, document_id, started_at);

-- Who was told when it started (her message as it stood then), and each contingency carer's answer.
CREATE TABLE crisis_activation_people (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  activation_id uuid NOT NULL,
  person_id uuid,
  staff_id uuid REFERENCES staff (id),
  -- Null: nothing to tell them; they are asked only as a carer.
  message text,
  -- The account told in Umbrella; null for someone in the family without one (the parent is shown she must tell them).
  told_account_id uuid REFERENCES accounts (id),
  carer_for_person_ids uuid[] NOT NULL DEFAULT '{}',
  carer_answer text CHECK (carer_answer IN ('can', 'cannot')),
  carer_note text,
  answered_at timestamptz,
  -- When the children's key worker was told that this carer cannot, or has not answered in time: once.
  alerted_at timestamptz,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, activation_id) REFERENCES crisis_activations (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  CHECK ((person_id IS NULL) <> (staff_id IS NULL)),
  CHECK (carer_answer IS NULL OR cardinality(carer_for_person_ids) > 0)
);
CREATE UNIQUE INDEX crisis_activation_people_person_idx ON crisis_activation_people (family_id, activation_id, person_id)
  WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX crisis_activation_people_staff_idx ON crisis_activation_people (family_id, activation_id, staff_id)
  WHERE staff_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE ON crisis_messages, crisis_activations, crisis_activation_people TO umbrella_app;
