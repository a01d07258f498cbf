-- Issue 15: the notifications of needs, referrals and "did it help" (shared/domain/notifications.ts).
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
    'need_added', 'need_not_right', 'referral_sent', 'referral_updated', 'referral_chase_due', 'support_did_it_help'));
