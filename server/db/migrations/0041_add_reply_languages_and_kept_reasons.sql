-- Issue 16 §3: the language a reply was written in, beside it (the writer's choice when a family member writes; 'en' for
-- a professional's answer and for every reply written before this), so the family's pages show it as written and marked.
ALTER TABLE record_entry_replies ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
ALTER TABLE closing_summary_replies ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
-- Issue 16 §1: two more professional texts a family member reads are checked at save, and words kept as written there are
-- kept beside them: the reason an entry was marked as entered in error ('entry_in_error', the entry's id, the version the
-- marking made) and the reason the work with a family was reopened ('involvement_reopened', the closure's id, version 1).
ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_check;
ALTER TABLE kept_as_written ADD CONSTRAINT kept_as_written_subject_kind_check
  CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need', 'need_support', 'child_plan',
    'crisis_plan', 'reply', 'help_response', 'entry_in_error', 'involvement_reopened'));
