// Record entry vocabularies: kinds, information categories, withholding reasons and reply kinds,
// each with the words people read.
export const ENTRY_KINDS = {
  home_visit: 'Home visit',
  office_meeting: 'Office meeting',
  phone_call: 'Phone call',
  message: 'Message',
  multi_agency_meeting: 'Meeting with several services',
  observation: 'Observation',
  decision: 'Decision',
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;
export const ENTRY_KIND_KEYS = Object.keys(ENTRY_KINDS) as EntryKind[];

export const INFORMATION_CATEGORIES = {
  general: 'General',
  mental_health: 'Mental health',
  childrens_social_care: "Children's social care",
  health: 'Health',
  education: 'School and education',
  third_party: 'About someone else (third party)',
} as const;
export type InformationCategory = keyof typeof INFORMATION_CATEGORIES;
export const INFORMATION_CATEGORY_KEYS = Object.keys(INFORMATION_CATEGORIES) as InformationCategory[];

/** The only reasons an entry, or part of one, may be kept from a parent (P1). */
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
} as const;
export type WithholdingReason = keyof typeof WITHHOLDING_REASONS;
export const WITHHOLDING_REASON_KEYS = Object.keys(WITHHOLDING_REASONS) as WithholdingReason[];

export const REPLY_KINDS = {
  reply: 'Reply',
  correction_request: 'Asked for a correction',
  disagree: 'Disagrees',
  team_answer: 'Answer from the team',
} as const;
export type ReplyKind = keyof typeof REPLY_KINDS;

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
