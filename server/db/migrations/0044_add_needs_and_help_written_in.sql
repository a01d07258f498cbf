-- Issue 16 §3: what a family member writes about needs and asking for help is shown as written and marked with the
-- language it was written in (their chosen language when they saved it; professionals write English for now). Existing
-- rows are English. A row with words from two people keeps one language for each: a need's words and "what would help"
-- (its writer) and the person's "that's not right"; a support's description and what was sent (whoever offered, found or
-- referred it) and the person's "did it help?" words. Barriers are one row per person: the language of the family
-- member who last saved them (a worker's change leaves them in that language: the words are still mostly theirs).
ALTER TABLE needs
  ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  ADD COLUMN not_right_written_in text NOT NULL DEFAULT 'en' CHECK (not_right_written_in IN ('en', 'cy', 'pl', 'ur'));
ALTER TABLE need_supports
  ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur')),
  ADD COLUMN helped_written_in text NOT NULL DEFAULT 'en' CHECK (helped_written_in IN ('en', 'cy', 'pl', 'ur'));
-- A referral's step: its reason (why it was not taken up) may be the family's own.
ALTER TABLE referral_status_changes ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
ALTER TABLE person_barriers ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
-- A request for help or a worry: the asker's words and the time that suits them.
ALTER TABLE help_requests ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));

-- Issue 16 §1: the barriers a worker writes down with a person are checked at save like every worker's words the family
-- reads; words kept as written are kept beside the save ('barriers', the person's id, the version the save made).
ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_check;
ALTER TABLE kept_as_written ADD CONSTRAINT kept_as_written_subject_kind_check
  CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need', 'need_support', 'child_plan',
    'crisis_plan', 'reply', 'help_response', 'entry_in_error', 'involvement_reopened', 'involvement_note', 'barriers'));
