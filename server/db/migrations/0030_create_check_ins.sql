-- Issue 14 §1: the parent's own check-ins ("How are things?" on her own 0–10 scale), at a rhythm she chooses, seen
-- only by the people she chooses. A check-in is never a risk indicator: nothing reads it but her and those people.

CREATE TABLE check_in_settings (
  family_id uuid NOT NULL REFERENCES families (id),
  person_id uuid NOT NULL,
  rhythm text NOT NULL DEFAULT 'off' CHECK (rhythm IN ('weekly', 'fortnightly', 'off')),
  -- Her own words for the ends of her scale.
  low_words text NOT NULL,
  high_words text NOT NULL,
  -- Care-team workers who see her check-ins unless she chooses otherwise on one.
  share_with_staff_ids uuid[] NOT NULL DEFAULT '{}',
  -- The day the last reminder was sent for, so each due day is reminded once.
  reminded_for date,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, person_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id)
);
CREATE INDEX check_in_settings_rhythm_idx ON check_in_settings (rhythm) WHERE rhythm <> 'off';

CREATE TABLE check_ins (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
  words text,
  -- Who she chose to see this one (care-team workers); empty: only her.
  shared_with_staff_ids uuid[] NOT NULL DEFAULT '{}',
  idempotency_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id)
);
CREATE INDEX check_ins_person_idx ON check_ins (family_id, person_id, created_at);
CREATE UNIQUE INDEX check_ins_idempotency_idx ON check_ins (family_id, account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

GRANT SELECT, INSERT, UPDATE ON check_in_settings, check_ins TO umbrella_app;
