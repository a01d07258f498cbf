-- Issue 17 §1, §3: visits and appointments arranged with the family. A worker proposes one (what it is for, where, what to
-- bring, 1–5 times); the parent chooses a time or suggests another, which a worker accepts or answers with new times;
-- either side calls it off with a reason; a worker records a visit that was not arranged first, with why. The parent's
-- calendar lists them. Words a family member writes carry the language they wrote in (issue 16 §3).

CREATE TABLE appointments (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('home_visit', 'office_appointment', 'phone_or_video', 'meeting')),
  -- Issue 17 §2: a meeting's own kind (a conference, a core group), given its CHECK there.
  meeting_kind text,
  -- A worker's words the family reads (checked for respectful words at save); an unannounced visit may have no purpose.
  purpose text,
  place text,
  what_to_bring text,
  status text NOT NULL CHECK (status IN ('proposed', 'agreed', 'happened', 'cancelled')),
  unannounced boolean NOT NULL DEFAULT false,
  unannounced_reason text,
  -- Who arranged it and their agency then (which workers read it: appointments.policy.ts), the other workers coming, and
  -- the family's people it is with.
  arranged_by_staff_id uuid NOT NULL REFERENCES staff (id),
  arranged_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
  staff_ids uuid[] NOT NULL DEFAULT '{}',
  person_ids uuid[] NOT NULL DEFAULT '{}',
  -- The agreed time (or when an unannounced visit happened).
  starts_at timestamptz,
  ends_at timestamptz,
  agreed_at timestamptz,
  -- Either side calls it off, with a reason the other side reads; the family's in the language they wrote it in.
  cancelled_by_staff_id uuid REFERENCES staff (id),
  cancelled_by_account_id uuid REFERENCES accounts (id),
  cancel_reason text,
  cancel_reason_written_in text NOT NULL DEFAULT 'en' CHECK (cancel_reason_written_in IN ('en', 'cy', 'pl', 'ur')),
  cancelled_at timestamptz,
  -- The agreed start the day-before reminder was sent for: a time agreed again is reminded again, once.
  reminded_for timestamptz,
  -- iCalendar SEQUENCE: up one at each change of time or status, so a phone's calendar takes the newer one.
  sequence integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_by_account_id uuid NOT NULL REFERENCES accounts (id),
  idempotency_key text,
  idempotency_fingerprint text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  CHECK (kind = 'meeting' OR meeting_kind IS NULL),
  CHECK (status NOT IN ('agreed', 'happened') OR (starts_at IS NOT NULL AND ends_at IS NOT NULL)),
  CHECK (ends_at IS NULL OR ends_at > starts_at),
  CHECK (unannounced = (unannounced_reason IS NOT NULL)),
  CHECK (NOT unannounced OR status = 'happened'),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
  CHECK (status <> 'cancelled' OR ((cancelled_by_staff_id IS NULL) <> (cancelled_by_account_id IS NULL)))
);
CREATE INDEX appointments_family_idx ON appointments (family_id, starts_at);
-- A worker's own calendar: what they arranged, and what they are coming to.
CREATE INDEX appointments_arranged_by_idx ON appointments (arranged_by_staff_id);
CREATE INDEX appointments_staff_idx ON appointments USING gin (staff_ids);
-- The reminder job reads only agreed appointments, by start.
CREATE INDEX appointments_agreed_idx ON appointments (starts_at) WHERE status = 'agreed';
CREATE UNIQUE INDEX appointments_idempotency_idx ON appointments (family_id, created_by_account_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- Every time offered, by a worker (1–5 at once) or by the parent (one, with a note), in rounds: only the latest round's
-- open times can be chosen; the rest are kept, set aside, so both sides see how it was arranged.
CREATE TABLE appointment_options (
  family_id uuid NOT NULL,
  id uuid NOT NULL,
  appointment_id uuid NOT NULL,
  round integer NOT NULL CHECK (round >= 1),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  proposed_by text NOT NULL CHECK (proposed_by IN ('worker', 'family')),
  proposed_by_staff_id uuid REFERENCES staff (id),
  proposed_by_account_id uuid NOT NULL REFERENCES accounts (id),
  note text,
  written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'chosen', 'set_aside')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  FOREIGN KEY (family_id, appointment_id) REFERENCES appointments (family_id, id),
  CHECK (ends_at > starts_at),
  CHECK ((proposed_by = 'worker') = (proposed_by_staff_id IS NOT NULL))
);
CREATE INDEX appointment_options_appointment_idx ON appointment_options (family_id, appointment_id, round);

-- What makes appointments hard for the family (childcare, getting there, times that suit), one versioned row per family,
-- asked for here when the needs pages hold no practical barriers for the parent.
CREATE TABLE appointment_barriers (
  family_id uuid NOT NULL REFERENCES families (id),
  childcare text,
  travel text,
  times text,
  other text,
  written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  version integer NOT NULL DEFAULT 1,
  updated_by_account_id uuid NOT NULL REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id)
);

GRANT SELECT, INSERT, UPDATE ON appointments, appointment_options, appointment_barriers TO umbrella_app;
