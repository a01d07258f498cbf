// Record entry vocabularies: kinds, information categories, withholding reasons and scopes, and reply kinds.
// Each list is a tuple (the one source for contracts, database types and the migrations' CHECKs, held together by
// vocabularies.test.ts) with its words typed by it, so a value added without words does not compile.

export const ENTRY_KIND_KEYS = [
  'home_visit',
  'office_meeting',
  'phone_call',
  'message',
  'multi_agency_meeting',
  'observation',
  'decision',
] as const;
export type EntryKind = (typeof ENTRY_KIND_KEYS)[number];
export const ENTRY_KINDS = {
  home_visit: 'Home visit',
  office_meeting: 'Office meeting',
  phone_call: 'Phone call',
  message: 'Message',
  multi_agency_meeting: 'Meeting with several services',
  observation: 'Observation',
  decision: 'Decision',
} as const satisfies Record<EntryKind, string>;

export const INFORMATION_CATEGORY_KEYS = [
  'general',
  'mental_health',
  'childrens_social_care',
  'health',
  'education',
  'third_party',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORY_KEYS)[number];
export const INFORMATION_CATEGORIES = {
  general: 'General',
  mental_health: 'Mental health',
  childrens_social_care: "Children's social care",
  health: 'Health',
  education: 'School and education',
  third_party: 'About someone else (third party)',
} as const satisfies Record<InformationCategory, string>;

/** The only reasons an entry, or part of one, may be kept from a parent (P1). */
export const WITHHOLDING_REASON_KEYS = ['third_party', 'serious_risk', 'legal_restriction'] as const;
export type WithholdingReason = (typeof WITHHOLDING_REASON_KEYS)[number];
export const WITHHOLDING_REASONS = {
  third_party: {
    label: 'Third-party information',
    plain: 'It contains private information about someone else, which we are not allowed to share.',
  },
  serious_risk: {
    label: 'Would put a child or adult at serious risk',
    plain: 'Sharing it now could put a child or an adult at serious risk of harm.',
  },
  legal_restriction: {
    label: 'Legal restriction',
    plain: 'A law or a court order does not allow us to share it.',
  },
} as const satisfies Record<WithholdingReason, { label: string; plain: string }>;

/** How much of an entry is kept from the parent: a part (restricted_text) or the whole entry. */
export const WITHHOLDING_SCOPES = ['part', 'whole'] as const;
export type WithholdingScope = (typeof WITHHOLDING_SCOPES)[number];

export const REPLY_KIND_KEYS = ['reply', 'correction_request', 'disagree', 'team_answer'] as const;
export type ReplyKind = (typeof REPLY_KIND_KEYS)[number];
export const REPLY_KINDS = {
  reply: 'Reply',
  correction_request: 'Asked for a correction',
  disagree: 'Disagrees',
  team_answer: 'Answer from the team',
} as const satisfies Record<ReplyKind, string>;

/**
 * Who wrote a reply, so the family's page words their role in its own language: someone on the care team (with their job
 * title as written), a parent (the children's other parent too) or a young person.
 */
export const REPLY_AUTHOR_KINDS = ['team', 'parent', 'young_person'] as const;
export type ReplyAuthorKind = (typeof REPLY_AUTHOR_KINDS)[number];

/** The ways a professional may change an entry; access/entry-policy.ts decides who may make each. */
export const ENTRY_CHANGES = [
  'edit_text',
  'change_category',
  'withhold',
  'release',
  'mark_in_error',
  'hide_placeholder',
  'team_answer',
] as const;
export type EntryChange = (typeof ENTRY_CHANGES)[number];
