-- Issue 14 §1 (P9, early help without fear): a family member asks for help, or a trusted person or the other parent
-- raises a worry; it goes to the workers the person chose (or the key workers), is acknowledged within a target of
-- working time, and otherwise goes on to the team's duty worker and then its manager. Everything is kept in the
-- family's own words. A request is early help (purpose), never a risk indicator: nothing here is read by any rule
-- about involvement, ratings or flags, and no column here names one.

-- The worker who answers for the team when a request for help has not been acknowledged in time.
ALTER TABLE teams ADD COLUMN duty_staff_id uuid REFERENCES staff (id);

-- "Who I want to hear from when I ask for help": care-team workers a parent or a young person chose, in order.
CREATE TABLE help_settings (
  family_id uuid NOT NULL REFERENCES families (id),
  person_id uuid NOT NULL,
  staff_ids uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, person_id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id)
);

CREATE TABLE help_requests (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('help', 'worry')),
  -- Who asked, and as what kind of family member.
  person_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  asker_kind text NOT NULL CHECK (asker_kind IN ('parent', 'young_person', 'other_parent', 'network_member')),
  worry_about text CHECK (worry_about IN ('parent', 'children')),
  -- Their own words, how soon, how they would like to be contacted and a time that suits them.
  words text NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('today', 'this_week', 'letting_know')),
  contact_ways text[] NOT NULL DEFAULT '{}' CHECK (contact_ways <@ ARRAY['call', 'text', 'visit', 'message']),
  contact_time text,
  out_of_hours boolean NOT NULL,
  purpose text NOT NULL DEFAULT 'early_help' CHECK (purpose IN ('early_help')),
  -- Whom it went to, the team whose duty worker and manager answer if nobody does, and by when.
  recipient_staff_ids uuid[] NOT NULL,
  escalation_team_id uuid REFERENCES teams (id),
  acknowledge_by timestamptz,
  manager_by timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by_staff_id uuid REFERENCES staff (id),
  -- A worry: whether the parent was told it was raised and by whom, or a safeguarding reason for not telling,
  -- which the information governance lead reviews.
  worry_outcome text CHECK (worry_outcome IN ('parent_told', 'safeguarding')),
  safeguarding_reason text,
  governance_reviewed_at timestamptz,
  governance_reviewed_by_staff_id uuid REFERENCES staff (id),
  governance_review_note text,
  idempotency_key text,
  idempotency_fingerprint text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, person_id) REFERENCES people (family_id, id),
  CHECK ((kind = 'worry') = (worry_about IS NOT NULL)),
  CHECK (worry_outcome IS NULL OR kind = 'worry'),
  CHECK ((worry_outcome IS NOT DISTINCT FROM 'safeguarding') = (safeguarding_reason IS NOT NULL)),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by_staff_id IS NULL))
);
CREATE INDEX help_requests_family_idx ON help_requests (family_id, created_at DESC);
CREATE UNIQUE INDEX help_requests_idempotency_idx ON help_requests (family_id, account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- The escalation job reads only what is waiting for an answer and has a target.
CREATE INDEX help_requests_waiting_idx ON help_requests (acknowledge_by) WHERE acknowledged_at IS NULL AND acknowledge_by IS NOT NULL;
CREATE INDEX help_requests_governance_idx ON help_requests (created_at)
  WHERE worry_outcome = 'safeguarding' AND governance_reviewed_at IS NULL;

-- What happened to a request, in order: who acknowledged it and what will happen, a contact arranged, a colleague
-- asked to help, the duty worker or the manager asked because nobody had answered. Each escalation happens once.
CREATE TABLE help_request_events (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  request_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('acknowledged', 'contact_arranged', 'passed', 'escalated_to_duty', 'escalated_to_manager')),
  -- Who did it; null for the escalation job.
  staff_id uuid REFERENCES staff (id),
  -- Who it now went to (a colleague, the duty worker, the managers).
  to_staff_ids uuid[] NOT NULL DEFAULT '{}',
  text text,
  contact_at timestamptz,
  contact_way text CHECK (contact_way IN ('call', 'text', 'visit', 'message')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, request_id) REFERENCES help_requests (family_id, id),
  CHECK ((kind = 'contact_arranged') = (contact_at IS NOT NULL AND contact_way IS NOT NULL))
);
CREATE INDEX help_request_events_request_idx ON help_request_events (family_id, request_id, created_at);
CREATE UNIQUE INDEX help_request_events_escalation_once_idx ON help_request_events (family_id, request_id, kind)
  WHERE kind IN ('escalated_to_duty', 'escalated_to_manager');

GRANT SELECT, INSERT, UPDATE ON help_settings, help_requests, help_request_events TO umbrella_app;
