// Who signs in and how far: staff roles, account kinds and session stages, one tuple each, the source for
// contracts, database types and the migrations' CHECKs (vocabularies.test.ts).

/** A member of staff's role in their own organisation (staff.role); access/permissions.ts says what each may do. */
export const STAFF_ROLES = [
  'practitioner',
  'team_manager',
  'information_governance_lead',
  'administrator',
  // Issue 13 (migration 0021): creates organisations and manages any organisation's staff; sees no family.
  'platform_administrator',
  // Issue 18 (migration 0049): manages a service (her organisation's teams); reads insights across all of them.
  'service_manager',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * 'parent' is the parent the record is about (Marie); 'other_parent' (issue 13 §6, migration 0023) is a parent with
 * parental responsibility who is not (Clive, who lives elsewhere): he reads what concerns his children and himself,
 * never her own information, so no check written for 'parent' widens to him by accident.
 */
export const ACCOUNT_KINDS = ['professional', 'parent', 'young_person', 'network_member', 'other_parent'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The accounts that belong to someone in a family rather than to a member of staff. */
export const FAMILY_ACCOUNT_KINDS = ['parent', 'young_person', 'network_member', 'other_parent'] as const satisfies readonly AccountKind[];
export type FamilyAccountKind = (typeof FAMILY_ACCOUNT_KINDS)[number];

/**
 * The accounts a worker or parent invites (family_invitations.account_kind, migration 0022); a key worker invites a
 * parent who lives elsewhere as the children's other parent since migration 0026.
 */
export const INVITED_ACCOUNT_KINDS = [
  'parent',
  'young_person',
  'network_member',
  'other_parent',
] as const satisfies readonly FamilyAccountKind[];
export type InvitedAccountKind = (typeof INVITED_ACCOUNT_KINDS)[number];

/** A session waits for the second factor before it is signed in (sessions.stage). */
export const SESSION_STAGES = ['awaiting_second_factor', 'signed_in'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

/** What a one-time account token is for (account_tokens.purpose, migration 0020). */
export const ACCOUNT_TOKEN_PURPOSES = ['invitation', 'password_reset', 'sign_in_letter'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** How an invitation reaches someone in the family (family_invitations.delivery, migration 0022). */
export const INVITATION_DELIVERIES = ['email', 'letter'] as const;
export type InvitationDelivery = (typeof INVITATION_DELIVERIES)[number];
