// The kinds of notification, one list for the contract, the database types and the CHECK in the migrations
// (0013, 0019, 0026, 0027, 0032, 0047, 0048): a kind added here needs a migration that rewrites notifications_kind_check with every kind.
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
  // issue 14 (migration 0027): asking for help, check-ins and the crisis plan in action
  'help_requested',
  'help_acknowledged',
  'help_escalated',
  'help_passed',
  'help_contact_arranged',
  'worry_raised',
  'check_in_shared',
  'check_in_due',
  'crisis_plan_started',
  'crisis_carer_answered',
  'crisis_carer_no_answer',
  'crisis_plan_ended',
  'crisis_review_due',
  // issue 15 (migration 0032): needs, referrals and "did it help"
  'need_added',
  'need_not_right',
  'referral_sent',
  'referral_updated',
  'referral_chase_due',
  'support_did_it_help',
  // issue 17 §1 (migration 0047): visits and appointments arranged with the family
  'appointment_proposed',
  'appointment_time_proposed',
  'appointment_agreed',
  'appointment_cancelled',
  'appointment_reminder',
  'visit_unannounced',
  // issue 17 §2 (migration 0048): meetings done with the family
  'meeting_invited',
  'meeting_help_asked',
  'meeting_view_added',
  'meeting_report_shared',
  'meeting_reply',
  'meeting_decision',
  'meeting_minutes_shared',
  'meeting_minutes_overdue',
  'meeting_explanation_prompt',
  // issue 18 (migration 0049): a worker's named feedback, and what a team manager is told, most urgent first
  // (MANAGER_NOTICE_URGENCY)
  'feedback_received',
  'manager_child_protection',
  'manager_help_escalated',
  'manager_override',
  'manager_withholding_overdue',
  'manager_minutes_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What a team manager is told (issue 18 §4), most urgent first: a worker's list shows unread notices of these kinds
 * before everything else, in this order.
 */
export const MANAGER_NOTICE_URGENCY = [
  'manager_child_protection',
  'manager_help_escalated',
  'manager_override',
  'manager_withholding_overdue',
  'manager_minutes_overdue',
] as const satisfies readonly NotificationKind[];
