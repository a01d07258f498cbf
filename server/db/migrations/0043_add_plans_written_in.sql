-- Issue 16 §3: what a family member writes in the plans is shown as written and marked with the language it was written
-- in (their chosen language when they saved it; professionals write English for now). Existing rows are English. A row
-- with words from two people (a carer's answer on a child's plan, a crisis plan's start and the parent's look back at it)
-- keeps one language for each.
ALTER TABLE recovery_plan_items ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
ALTER TABLE plan_document_sections ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
ALTER TABLE child_words ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
ALTER TABLE crisis_messages ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
-- The carer's own note beside their answer to a child's contingency plan.
ALTER TABLE plan_documents ADD COLUMN carer_note_written_in text NOT NULL DEFAULT 'en'
  CHECK (carer_note_written_in IN ('en', 'cy', 'pl', 'ur'));
-- Who started it said why (start_reason); the parent's look back afterwards (reflection, changes).
ALTER TABLE crisis_activations
  ADD COLUMN start_reason_written_in text NOT NULL DEFAULT 'en' CHECK (start_reason_written_in IN ('en', 'cy', 'pl', 'ur')),
  ADD COLUMN review_written_in text NOT NULL DEFAULT 'en' CHECK (review_written_in IN ('en', 'cy', 'pl', 'ur'));
-- The parent's message as it stood when the plan started (its language with it), and a carer's note beside their answer.
ALTER TABLE crisis_activation_people
  ADD COLUMN message_written_in text NOT NULL DEFAULT 'en' CHECK (message_written_in IN ('en', 'cy', 'pl', 'ur')),
  ADD COLUMN carer_note_written_in text NOT NULL DEFAULT 'en' CHECK (carer_note_written_in IN ('en', 'cy', 'pl', 'ur'));

-- Ratings' notes and agreement reasons: the writer's language, and a version for each save. A worker's note or reasons are
-- checked (issue 16 §1); words kept as written are stored beside the save that kept them (kept_as_written is unique by
-- subject and version), as 'plan_item' with a name-based id of the rating or agreement, as the review note is kept.
ALTER TABLE recovery_plan_ratings
  ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE recovery_plan_agreements
  ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  ADD COLUMN version integer NOT NULL DEFAULT 1;

