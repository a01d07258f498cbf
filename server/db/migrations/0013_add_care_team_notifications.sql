-- The parent is told whenever someone joins or leaves the family's care team (PRODUCT §7): a notification kind.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('entry_reply', 'withholding_review_due', 'consent_requested', 'consent_answered', 'override_started',
    'override_review_due', 'emergency_access_started', 'information_shared', 'plan_review_due', 'plan_changed',
    'carer_asked', 'carer_answered', 'plan_suggestion', 'plan_shared', 'care_team_changed'));
