-- Issue 16 §1 (P5): a professional kept words the respectful-language check found (shared/domain/respectful-words.ts)
-- "as written". One row per save that kept them, beside the version that save made, with the writer's reason.
-- Managers see these only as counts for their team (by word and month), never as a score on a worker.

CREATE TABLE kept_as_written (
  family_id uuid NOT NULL REFERENCES families (id),
  id uuid NOT NULL,
  -- What was saved, and the version the save made (1 for a new record).
  subject_kind text NOT NULL CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need',
    'need_support', 'child_plan', 'crisis_plan')),
  subject_id uuid NOT NULL,
  version integer NOT NULL,
  staff_id uuid NOT NULL REFERENCES staff (id),
  -- The writer's team when they saved: what a manager's count is grouped by.
  team_id uuid REFERENCES teams (id),
  -- [{ field, entryId, kind, found }]: what the check found and the writer kept.
  findings jsonb NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, id),
  UNIQUE (subject_kind, subject_id, version)
);
CREATE INDEX kept_as_written_team_idx ON kept_as_written (team_id, created_at);

GRANT SELECT, INSERT ON kept_as_written TO umbrella_app;
