-- Issue 13 §6: a key worker invites a parent who lives elsewhere (a father like Clive) as the children's other parent,
-- with the same single-use invitation or printed letter as the rest of the family, and the parent the record is about
-- is told (notification 'other_parent_invited'). Every earlier value of both lists is kept.
ALTER TABLE family_invitations DROP CONSTRAINT family_invitations_account_kind_check;
ALTER TABLE family_invitations ADD CONSTRAINT family_invitations_account_kind_check
  CHECK (account_kind IN ('parent', 'young_person', 'network_member', 'other_parent'));

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('entry_reply', 'withholding_review_due', 'consent_requested', 'consent_answered', 'override_started',
    'override_review_due', 'emergency_access_started', 'information_shared', 'plan_review_due', 'plan_changed',
    'carer_asked', 'carer_answered', 'plan_suggestion', 'plan_shared', 'care_team_changed',
    'involvement_changed', 'key_worker_changed', 'involvement_closed', 'involvement_reopened',
    'closing_summary_reply', 'sign_in_letter_issued', 'young_person_invited', 'network_member_invited',
    'network_member_removed', 'second_factor_reset', 'password_changed', 'account_changed', 'other_parent_invited'));
