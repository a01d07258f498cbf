-- Issue 16 §1: words kept as written may also be in a professional's reply to the family on an entry ('reply', the
-- reply's id, version 1) and in a worker's response to a request for help ('help_response', the event's id, version 1).
ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_check;
ALTER TABLE kept_as_written ADD CONSTRAINT kept_as_written_subject_kind_check
  CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need', 'need_support', 'child_plan',
    'crisis_plan', 'reply', 'help_response'));
