-- Issue 16 §3: what a family member writes in their check-ins and when they agree to share is shown as written and
-- marked with the language it was written in (their chosen language when they saved it; professionals write English
-- for now). Existing rows are English.
-- A check-in's own words.
ALTER TABLE check_ins ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
-- The parent's own words for the ends of her scale (until she saves her own, the page words the defaults itself).
ALTER TABLE check_in_settings ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
-- What a consent is for: the parent's or young person's words when they agree themselves, a worker's when they accept
-- a worker's request.
ALTER TABLE consents ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));
-- A share's purpose, copied from the consent it was made under (or a worker's words for other shares).
ALTER TABLE disclosures ADD COLUMN written_in text NOT NULL DEFAULT 'en' CHECK (written_in IN ('en', 'cy', 'pl', 'ur'));

-- Issue 16 §1: the note a worker writes when changing the children's services involvement level is read by the parent,
-- so it is checked at save; words kept as written are stored beside it ('involvement_note', the history row's id,
-- version 1). The list keeps every kind the migrations before this one allow.
ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_check;
ALTER TABLE kept_as_written ADD CONSTRAINT kept_as_written_subject_kind_check
  CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need', 'need_support', 'child_plan',
    'crisis_plan', 'reply', 'help_response', 'entry_in_error', 'involvement_reopened', 'involvement_note'));
