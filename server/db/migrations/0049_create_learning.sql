-- Issue 18 (P15): a learning organisation. The family's feedback after a contact, visit or meeting (and at any time), the
-- equity questions a person may answer for themselves, reflective supervision between a manager and a worker, a service
-- manager's role, and what a team manager is told. Insights are counted from these and the tables already there.

-- A service manager (her organisation's teams): insights across all of them.
ALTER TABLE staff DROP CONSTRAINT staff_role_check;
ALTER TABLE staff ADD CONSTRAINT staff_role_check
  CHECK (role IN ('practitioner', 'team_manager', 'information_governance_lead', 'administrator', 'platform_administrator',
    'service_manager'));

-- A request for feedback, made to one family account after a contact, visit or meeting. At most one a week per person
-- (FEEDBACK_ASK_INTERVAL_DAYS): the service that makes asks reads the latest one first. Answered or skipped, never both.
CREATE TABLE feedback_asks (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  person_id uuid NOT NULL,
  about_kind text NOT NULL CHECK (about_kind IN ('contact', 'visit', 'meeting')),
  -- The record entry (contact) or the appointment (visit, meeting) it follows.
  about_id uuid NOT NULL,
  -- The worker it is about: the author of the contact, the worker of the visit, the chair of the meeting.
  staff_id uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  skipped_at timestamptz,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  UNIQUE (family_id, account_id, about_kind, about_id),
  CHECK (answered_at IS NULL OR skipped_at IS NULL)
);
CREATE INDEX feedback_asks_account_idx ON feedback_asks (account_id, created_at DESC);

-- The feedback itself: three answers on Umbrella's own 1-4 scale (each optional), words (optional), and who sees it:
-- 'named' (the worker sees it with the person's name) or 'team_only' (only the team, without the name). The team is
-- the worker's team when it was given (or the key worker's, for feedback about anything), so it stays with that team.
CREATE TABLE feedback (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  person_id uuid NOT NULL,
  ask_id uuid,
  about_kind text NOT NULL CHECK (about_kind IN ('contact', 'visit', 'meeting', 'anything')),
  about_id uuid,
  staff_id uuid REFERENCES staff (id),
  team_id uuid REFERENCES teams (id),
  listened smallint CHECK (listened BETWEEN 1 AND 4),
  next_steps_clear smallint CHECK (next_steps_clear BETWEEN 1 AND 4),
  useful smallint CHECK (useful BETWEEN 1 AND 4),
  words text,
  written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  shown_as text NOT NULL CHECK (shown_as IN ('named', 'team_only')),
  idempotency_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  FOREIGN KEY (family_id, ask_id) REFERENCES feedback_asks (family_id, id),
  CHECK (listened IS NOT NULL OR next_steps_clear IS NOT NULL OR useful IS NOT NULL OR words IS NOT NULL)
);
CREATE UNIQUE INDEX feedback_idempotency_idx ON feedback (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE UNIQUE INDEX feedback_one_per_ask_idx ON feedback (family_id, ask_id) WHERE ask_id IS NOT NULL;
CREATE INDEX feedback_staff_idx ON feedback (staff_id, created_at);
CREATE INDEX feedback_team_idx ON feedback (team_id, created_at);

-- What a person chose to tell about themselves so a service can see whether it treats people fairly (issue 18 §2).
-- Every answer is optional (NULL: not answered); 'prefer_not_to_say' is an answer. Never shown in the family record.
CREATE TABLE equity_answers (
  family_id uuid NOT NULL,
  person_id uuid NOT NULL,
  ethnicity text CHECK (ethnicity IN ('asian_bangladeshi', 'asian_chinese', 'asian_indian', 'asian_pakistani', 'asian_other', 'black_african', 'black_caribbean', 'black_other', 'mixed_white_asian', 'mixed_white_black_african', 'mixed_white_black_caribbean', 'mixed_other', 'white_british', 'white_irish', 'white_gypsy_irish_traveller', 'white_roma', 'white_other', 'other_arab', 'other_any', 'prefer_not_to_say')),
  -- An ISO 639 code (shared/domain/directory-languages.ts), 'other' or 'prefer_not_to_say'.
  first_language text CHECK (first_language ~ '^[a-z]{2,3}$' OR first_language IN ('other', 'prefer_not_to_say')),
  disability text CHECK (disability IN ('yes', 'no', 'prefer_not_to_say')),
  financial_hardship text CHECK (financial_hardship IN ('yes', 'no', 'prefer_not_to_say')),
  recorded_by_account_id uuid REFERENCES accounts (id),
  recorded_by_staff_id uuid REFERENCES staff (id),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, person_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  CHECK ((recorded_by_account_id IS NULL) <> (recorded_by_staff_id IS NULL))
);

-- Reflective supervision: a manager and a worker. The notes are private to the two of them and the worker's later
-- managers; never in a family's record or its subject access export.
CREATE TABLE supervisions (
  id uuid PRIMARY KEY,
  worker_staff_id uuid NOT NULL REFERENCES staff (id),
  supervisor_staff_id uuid NOT NULL REFERENCES staff (id),
  held_on date NOT NULL,
  -- What they talked about beyond single families: the worker's wellbeing, what they are carrying, learning.
  notes text NOT NULL DEFAULT '',
  idempotency_key text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (worker_staff_id <> supervisor_staff_id)
);
CREATE INDEX supervisions_worker_idx ON supervisions (worker_staff_id, held_on DESC);
CREATE UNIQUE INDEX supervisions_idempotency_idx ON supervisions (supervisor_staff_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- One family talked about in a supervision, the practice model's prompts answered, and a decision the worker then writes
-- into the family's record as an ordinary entry (decision_entry_id), so the family sees it there.
CREATE TABLE supervision_families (
  supervision_id uuid NOT NULL REFERENCES supervisions (id),
  family_id uuid NOT NULL REFERENCES families (id),
  family_view text,
  strengths text,
  support_not_received text,
  language text,
  carrying text,
  decision text,
  decision_entry_id uuid,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (supervision_id, family_id)
);
CREATE INDEX supervision_families_family_idx ON supervision_families (family_id);

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('entry_reply', 'withholding_review_due', 'consent_requested', 'consent_answered', 'override_started',
    'override_review_due', 'emergency_access_started', 'information_shared', 'plan_review_due', 'plan_changed',
    'carer_asked', 'carer_answered', 'plan_suggestion', 'plan_shared', 'care_team_changed',
    'involvement_changed', 'key_worker_changed', 'involvement_closed', 'involvement_reopened',
    'closing_summary_reply', 'sign_in_letter_issued', 'young_person_invited', 'network_member_invited',
    'network_member_removed', 'second_factor_reset', 'password_changed', 'account_changed', 'other_parent_invited',
    'help_requested', 'help_acknowledged', 'help_escalated', 'help_passed', 'help_contact_arranged', 'worry_raised',
    'check_in_shared', 'check_in_due', 'crisis_plan_started', 'crisis_carer_answered', 'crisis_carer_no_answer',
    'crisis_plan_ended', 'crisis_review_due',
    'need_added', 'need_not_right', 'referral_sent', 'referral_updated', 'referral_chase_due', 'support_did_it_help',
    'appointment_proposed', 'appointment_time_proposed', 'appointment_agreed', 'appointment_cancelled',
    'appointment_reminder', 'visit_unannounced',
    'meeting_invited', 'meeting_help_asked', 'meeting_view_added', 'meeting_report_shared', 'meeting_reply',
    'meeting_decision', 'meeting_minutes_shared', 'meeting_minutes_overdue', 'meeting_explanation_prompt',
    'feedback_received', 'manager_child_protection', 'manager_help_escalated', 'manager_override',
    'manager_withholding_overdue', 'manager_minutes_overdue'));

GRANT SELECT, INSERT, UPDATE ON feedback_asks, feedback, equity_answers, supervisions, supervision_families TO umbrella_app;
