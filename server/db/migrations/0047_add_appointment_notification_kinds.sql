-- Issue 17 §1: the notifications of visits and appointments (shared/domain/notifications.ts): times proposed to the
-- parent, a time she suggested, agreed, cancelled with a reason, the day-before reminder, a visit not arranged first.
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
    'appointment_reminder', 'visit_unannounced'));

-- A worker's words the family reads on an appointment (purpose, place, what to bring, a cancellation's or an unannounced
-- visit's reason) kept as written are stored against it ('appointment', its id and the version the save made); what makes
-- appointments hard, written by a worker with the parent, against the family's id. The list keeps every kind the migrations
-- before this one allow.
ALTER TABLE kept_as_written DROP CONSTRAINT kept_as_written_subject_kind_check;
ALTER TABLE kept_as_written ADD CONSTRAINT kept_as_written_subject_kind_check
  CHECK (subject_kind IN ('record_entry', 'plan_item', 'closing_summary', 'withholding', 'need', 'need_support', 'child_plan',
    'crisis_plan', 'reply', 'help_response', 'entry_in_error', 'involvement_reopened', 'involvement_note', 'barriers',
    'appointment'));
