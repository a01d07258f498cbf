// Needs and support (issue 15, P8): the areas of life a need can be about, how much it matters, who raised it, the
// support offered or asked for and how it went, and the practical barriers to getting it. Each list is a tuple, the one
// source for contracts, database types and the migrations' CHECKs (vocabularies.test.ts), with its plain words typed by
// it. Words are the family's: "what would help", never "deficits" or "presenting problems".
import type { InformationCategory } from './records.ts';

export const NEED_DOMAIN_KEYS = [
  'money',
  'housing',
  'food',
  'childcare_school',
  'practical_help',
  'parenting',
  'physical_health',
  'mental_health',
  'alcohol_drugs',
  'relationships_safety',
  'work_learning',
  'legal',
  'travel',
  'peer_support',
  'child_own',
  'other',
] as const;
export type NeedDomain = (typeof NEED_DOMAIN_KEYS)[number];

export const NEED_DOMAINS = {
  money: { label: 'Money and debt', hint: 'Bills, benefits, debts, having enough to get by' },
  housing: { label: 'Housing', hint: 'Somewhere safe and warm to live, repairs, rent' },
  food: { label: 'Food and essentials', hint: 'Food, nappies, clothes, gas and electric' },
  childcare_school: { label: 'Childcare and school', hint: 'Someone to look after the children, school runs, school worries' },
  practical_help: { label: 'Practical help at home', hint: 'Cleaning, washing, forms, getting things done' },
  parenting: { label: 'Parenting support', hint: 'Ideas and support with being a parent' },
  physical_health: { label: 'Physical health', hint: 'Your body, your GP, pain, sleep' },
  mental_health: { label: 'Mental health', hint: 'How you feel, your mind, treatment and talking' },
  alcohol_drugs: { label: 'Alcohol and drugs', hint: 'Drinking or drugs, yours or someone else’s' },
  relationships_safety: { label: 'Relationships and safety', hint: 'Feeling safe, family and partners' },
  work_learning: { label: 'Work and learning', hint: 'Jobs, courses, volunteering' },
  legal: { label: 'Legal advice', hint: 'Help with the law, courts or solicitors' },
  travel: { label: 'Travel and getting to appointments', hint: 'Bus fares, lifts, getting there' },
  peer_support: { label: 'Someone who has been there', hint: 'Talking to someone who has lived through it too' },
  child_own: { label: 'For a child or young person', hint: 'What a child or young person needs for themselves' },
  other: { label: 'Something else', hint: 'Anything that is not in this list' },
} as const satisfies Record<NeedDomain, { label: string; hint: string }>;

/**
 * The information category each area of life is read under (PRODUCT §7): a professional reads a need by the one
 * category rule of the record (access/scope.ts#needVisible), so the school never reads a parent's mental health
 * need unless she consented. Practical life is general, for the whole care team to help with.
 */
export const NEED_DOMAIN_CATEGORY = {
  money: 'general',
  housing: 'general',
  food: 'general',
  childcare_school: 'general',
  practical_help: 'general',
  parenting: 'general',
  physical_health: 'health',
  mental_health: 'mental_health',
  alcohol_drugs: 'health',
  relationships_safety: 'general',
  work_learning: 'general',
  legal: 'general',
  travel: 'general',
  peer_support: 'general',
  child_own: 'general',
  other: 'general',
} as const satisfies Record<NeedDomain, InformationCategory>;

export const NEED_IMPORTANCE_KEYS = ['a_little', 'quite_a_lot', 'a_lot'] as const;
export type NeedImportance = (typeof NEED_IMPORTANCE_KEYS)[number];
export const NEED_IMPORTANCE = {
  a_little: 'A little',
  quite_a_lot: 'Quite a lot',
  a_lot: 'A lot',
} as const satisfies Record<NeedImportance, string>;

/** Who raised a need: the person it is about (or their parent for a young child), a worker with them, or someone they trust. */
export const NEED_RAISED_BY_KEYS = ['person', 'worker', 'network_member'] as const;
export type NeedRaisedBy = (typeof NEED_RAISED_BY_KEYS)[number];
export const NEED_RAISED_BY = {
  person: 'The family',
  worker: 'A worker, with the family',
  network_member: 'Someone the family trusts',
} as const satisfies Record<NeedRaisedBy, string>;

/** Whether a need still needs something: open; met; or no longer needed (the person's or worker's choice). */
export const NEED_STATUS_KEYS = ['open', 'met', 'no_longer_needed'] as const;
export type NeedStatus = (typeof NEED_STATUS_KEYS)[number];
export const NEED_STATUSES = {
  open: 'Still needed',
  met: 'Sorted',
  no_longer_needed: 'No longer needed',
} as const satisfies Record<NeedStatus, string>;

/** How a piece of support came about: offered by a worker, a referral made through Umbrella, or found by the family. */
export const SUPPORT_KIND_KEYS = ['offer', 'referral', 'self_found'] as const;
export type SupportKind = (typeof SUPPORT_KIND_KEYS)[number];

/** A referral's steps, each with its date and who set it. */
export const REFERRAL_STATUS_KEYS = ['sent', 'accepted', 'waiting', 'started', 'declined', 'ended'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUS_KEYS)[number];
export const REFERRAL_STATUSES = {
  sent: 'Sent',
  accepted: 'Accepted',
  waiting: 'On a waiting list',
  started: 'Started',
  declined: 'Not taken up',
  ended: 'Finished',
} as const satisfies Record<ReferralStatus, string>;

/** Where a referral may go next from each step (declined and ended are final): one table for the server and the screens. */
export const REFERRAL_NEXT_STEPS = {
  sent: ['accepted', 'waiting', 'started', 'declined'],
  accepted: ['waiting', 'started', 'declined'],
  waiting: ['started', 'declined'],
  started: ['ended'],
  declined: [],
  ended: [],
} as const satisfies Record<ReferralStatus, readonly ReferralStatus[]>;

/** "Did it help?", in one tap. */
export const HELPED_KEYS = ['yes', 'a_bit', 'no'] as const;
export type Helped = (typeof HELPED_KEYS)[number];
export const HELPED = {
  yes: 'Yes, it helped',
  a_bit: 'It helped a bit',
  no: 'No, it didn’t help',
} as const satisfies Record<Helped, string>;

/** How the parent agreed to a referral a worker made with her. */
export const AGREED_HOW_KEYS = ['in_person', 'by_phone', 'in_writing', 'in_umbrella'] as const;
export type AgreedHow = (typeof AGREED_HOW_KEYS)[number];
export const AGREED_HOW = {
  in_person: 'In person',
  by_phone: 'By phone',
  in_writing: 'In writing or by message',
  in_umbrella: 'In Umbrella, herself',
} as const satisfies Record<AgreedHow, string>;

/** The practical barriers recorded once per person and shown wherever support or visits are arranged. */
export const BARRIER_KEYS = ['childcare', 'travel_cost', 'times', 'language', 'access', 'caring'] as const;
export type Barrier = (typeof BARRIER_KEYS)[number];
export const BARRIERS = {
  childcare: { label: 'Childcare', hint: 'Who looks after the children while you are out' },
  travel_cost: { label: 'Travel and its cost', hint: 'Bus fares, distance, not having a car' },
  times: { label: 'Times that suit', hint: 'When you can and cannot do things' },
  language: { label: 'Language', hint: 'The language you would like, or an interpreter' },
  access: { label: 'Disability and access', hint: 'Steps, hearing, sight, anything that makes a place hard to use' },
  caring: { label: 'Caring for someone', hint: 'Looking after someone else' },
} as const satisfies Record<Barrier, { label: string; hint: string }>;

/** The contract's field names for the barriers (camelCase), in BARRIER_KEYS order, and the key each one is. */
export const BARRIER_FIELDS = ['childcare', 'travelCost', 'times', 'language', 'access', 'caring'] as const;
export type BarrierField = (typeof BARRIER_FIELDS)[number];
export const BARRIER_FIELD_KEY = {
  childcare: 'childcare',
  travelCost: 'travel_cost',
  times: 'times',
  language: 'language',
  access: 'access',
  caring: 'caring',
} as const satisfies Record<BarrierField, Barrier>;

/** The gap (P8): where a need stands between wanting support and it helping. */
export const GAP_KEYS = ['not_offered', 'not_received', 'not_helping', 'being_helped', 'helped', 'closed'] as const;
export type Gap = (typeof GAP_KEYS)[number];
export const GAPS = {
  not_offered: 'Asked for, nothing offered yet',
  not_received: 'Offered, not started yet',
  not_helping: 'Started, but not helping',
  being_helped: 'Support is going on',
  helped: 'It helped',
  closed: 'No longer needed',
} as const satisfies Record<Gap, string>;
/** The three gaps the issue makes visible; the rest are not gaps. */
export const OPEN_GAPS = ['not_offered', 'not_received', 'not_helping'] as const satisfies readonly Gap[];

/** A team view shows a number of families only from this many up; fewer is "fewer than 5". */
export const SMALL_NUMBER_THRESHOLD = 5;
