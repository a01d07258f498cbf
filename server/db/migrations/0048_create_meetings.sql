-- Issue 17 §2: meetings done with the family. A meeting is an appointment of kind 'meeting' (so its times are offered,
-- chosen, moved, cancelled and reminded as a visit's are, and it is in the parent's calendar and its .ics); this holds what
-- only a meeting has: its kind, its chair, the invitation and its notice, the family's views, the workers' reports shared
-- before it and the family's replies, the record (attendance, decisions with the parent's view beside each, actions that
-- land in the family's plan), the minutes and the replies to them.

ALTER TABLE appointments ADD CONSTRAINT appointments_meeting_kind_check
  CHECK (meeting_kind IN ('family_network', 'core_group', 'child_in_need_review',
    'child_protection_initial', 'child_protection_review', 'care_programme_review', 'discharge_planning', 'professionals'));
ALTER TABLE appointments ADD CONSTRAINT appointments_meeting_has_kind_check CHECK (kind <> 'meeting' OR meeting_kind IS NOT NULL);

CREATE TABLE meetings (
  family_id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  -- Who chairs: writes and shares the minutes, and is reminded when they are late.
  chair_staff_id uuid NOT NULL REFERENCES staff (id),
  -- The family is invited to every kind but a professionals' meeting.
  family_invited boolean NOT NULL,
  -- Workers share their reports with the parent this many working days before (default 3).
  reports_due_working_days integer NOT NULL DEFAULT 3 CHECK (reports_due_working_days BETWEEN 0 AND 15),
  -- The minutes reach the family within this many working days after (default 5).
  minutes_due_working_days integer NOT NULL DEFAULT 5 CHECK (minutes_due_working_days BETWEEN 1 AND 20),
  -- When the parent was invited (the notice she had), and why it was short when it was.
  invited_at timestamptz,
  short_notice_reason text,
  -- The parent asks for help to get there (childcare, travel, other), in her words and language.
  help_kind text CHECK (help_kind IN ('childcare', 'travel', 'other')),
  help_text text,
  help_written_in text NOT NULL DEFAULT 'en' CHECK (help_written_in IN ('en', 'cy', 'pl', 'ur')),
  help_asked_at timestamptz,
  -- A professionals' meeting is shown to the parent as having happened, with its purpose, unless withheld for one of the
  -- record's withholding reasons, with a review date (P1).
  withholding_reason text CHECK (withholding_reason IN ('third_party', 'serious_risk', 'legal_restriction')),
  withholding_review_on date,
  withheld_by_staff_id uuid REFERENCES staff (id),
  -- The minutes: written by the chair in plain words, shared once; due by minutes_due_on (working days after the meeting).
  minutes text,
  minutes_shared_at timestamptz,
  minutes_due_on date,
  minutes_reminded_at timestamptz,
  -- Children whose explanation a worker was prompted to update after this meeting changed something for them.
  explanation_prompted_person_ids uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, appointment_id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES appointments (family_id, id),
  CHECK ((withholding_reason IS NULL) = (withholding_review_on IS NULL)),
  CHECK ((help_kind IS NULL) = (help_asked_at IS NULL)),
  CHECK (minutes_shared_at IS NULL OR minutes IS NOT NULL)
);
CREATE INDEX meetings_chair_idx ON meetings (chair_staff_id);
-- The overdue-minutes reminder reads only meetings whose minutes are not shared yet.
CREATE INDEX meetings_minutes_due_idx ON meetings (minutes_due_on) WHERE minutes_shared_at IS NULL AND minutes_due_on IS NOT NULL;

-- The family's views before the meeting: the parent's, and each child's (written by the child, or written down for them
-- with their agreement to it being read at the meeting: the child's words rules). One per person per meeting, versioned.
CREATE TABLE meeting_views (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  person_id uuid NOT NULL,
  text text NOT NULL,
  written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  author_account_id uuid NOT NULL REFERENCES accounts (id),
  author_name text NOT NULL,
  -- An adult wrote a child's view down for them; the child's agreement that it is read at the meeting is recorded.
  written_for_person boolean NOT NULL DEFAULT false,
  agreed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES meetings (family_id, appointment_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  UNIQUE (family_id, appointment_id, person_id),
  CHECK (NOT written_for_person OR agreed_at IS NOT NULL)
);

-- Each worker's report for the meeting: drafted, then shared with the parent (due reports_due_working_days before).
CREATE TABLE meeting_reports (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  author_staff_id uuid NOT NULL REFERENCES staff (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  text text NOT NULL,
  shared_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES meetings (family_id, appointment_id),
  UNIQUE (family_id, appointment_id, author_staff_id)
);

-- Who was there: a family member (person_id), a worker (staff_id), or someone else named with their role.
CREATE TABLE meeting_attendance (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  person_id uuid,
  staff_id uuid REFERENCES staff (id),
  name text NOT NULL,
  role text,
  attendance text NOT NULL CHECK (attendance IN ('attended', 'sent_apologies', 'did_not_attend')),
  position integer NOT NULL,
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES meetings (family_id, appointment_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  CHECK (person_id IS NULL OR staff_id IS NULL)
);
CREATE INDEX meeting_attendance_meeting_idx ON meeting_attendance (family_id, appointment_id, position);

-- Each decision: in plain words, who made it, the parent's view beside it, and a change of involvement level it made.
CREATE TABLE meeting_decisions (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  position integer NOT NULL,
  text text NOT NULL,
  decided_by text NOT NULL CHECK (decided_by IN ('chair', 'professionals', 'everyone', 'one_agency')),
  parent_view text,
  parent_view_written_in text NOT NULL DEFAULT 'en' CHECK (parent_view_written_in IN ('en', 'cy', 'pl', 'ur')),
  parent_agrees text CHECK (parent_agrees IN ('agrees', 'partly', 'disagrees', 'not_asked')),
  involvement_level_to text,
  -- The children this decision changes something for (their explanation should be looked at again).
  about_person_ids uuid[] NOT NULL DEFAULT '{}',
  created_by_account_id uuid NOT NULL REFERENCES accounts (id),
  idempotency_key text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES meetings (family_id, appointment_id)
);
CREATE INDEX meeting_decisions_meeting_idx ON meeting_decisions (family_id, appointment_id, position);
CREATE UNIQUE INDEX meeting_decisions_idempotency_idx ON meeting_decisions (family_id, created_by_account_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- The actions a meeting agreed: each is an action in the family's recovery plan (its working version), proposed there.
CREATE TABLE meeting_actions (
  family_id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  plan_item_id uuid NOT NULL,
  decision_id uuid,
  created_by_account_id uuid NOT NULL REFERENCES accounts (id),
  idempotency_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, plan_item_id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES meetings (family_id, appointment_id),
  FOREIGN KEY (family_id, decision_id) REFERENCES meeting_decisions (family_id, id)
);
CREATE INDEX meeting_actions_meeting_idx ON meeting_actions (family_id, appointment_id);
CREATE UNIQUE INDEX meeting_actions_idempotency_idx ON meeting_actions (family_id, created_by_account_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- The family's replies: to a worker's report (report_id) or to the minutes (report_id null), in their words and language.
CREATE TABLE meeting_replies (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  report_id uuid,
  author_account_id uuid NOT NULL REFERENCES accounts (id),
  author_name text NOT NULL,
  text text NOT NULL,
  written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  idempotency_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES meetings (family_id, appointment_id),
  FOREIGN KEY (family_id, report_id) REFERENCES meeting_reports (family_id, id)
);
CREATE INDEX meeting_replies_meeting_idx ON meeting_replies (family_id, appointment_id, created_at);
CREATE UNIQUE INDEX meeting_replies_idempotency_idx ON meeting_replies (family_id, author_account_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

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
    'meeting_decision', 'meeting_minutes_shared', 'meeting_minutes_overdue', 'meeting_explanation_prompt'));

-- A worker's words the family reads on a meeting (a report, a decision, the minutes) kept as written: 'meeting', its
-- appointment's id, and the meeting's version (a report and a decision: 'meeting_part', their own id and version).
ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_check;
ALTER TABLE kept_as_written ADD CONSTRAINT kept_as_written_subject_kind_check
  CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need', 'need_support', 'child_plan',
    'crisis_plan', 'reply', 'help_response', 'entry_in_error', 'involvement_reopened', 'involvement_note', 'barriers',
    'appointment', 'meeting', 'meeting_part'));

GRANT SELECT, INSERT, UPDATE ON meetings, meeting_views, meeting_reports, meeting_attendance, meeting_decisions TO umbrella_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_actions, meeting_replies TO umbrella_app;
GRANT DELETE ON meeting_attendance TO umbrella_app;
