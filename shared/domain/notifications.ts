// The kinds of notification, one list for the contract, the database types and the CHECK in the migrations
// (0013, 0019, 0026): a kind added here needs a migration that rewrites notifications_kind_check with every kind.
export const NOTIFICATION_KINDS = [
  'entry_reply',
  'withholding_review_due',
  'consent_requested',
  'consent_answered',
  'override_started',
  'override_review_due',
  'emergency_access_started',
  'information_shared',
  'plan_review_due',
  'plan_changed',
  'carer_asked',
  'carer_answered',
  'plan_suggestion',
  'plan_shared',
  'care_team_changed',
  // issue 13 (migration 0019): accounts, invitations and changes to the family's situation
  'involvement_changed',
  'key_worker_changed',
  'involvement_closed',
  'involvement_reopened',
  'closing_summary_reply',
  'sign_in_letter_issued',
  'young_person_invited',
  'network_member_invited',
  'network_member_removed',
  'second_factor_reset',
  'password_changed',
  'account_changed',
  // issue 13 §6 (migration 0026): the parent is told when the children's other parent is invited
  'other_parent_invited',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
