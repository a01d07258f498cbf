// Words for consent and sharing (P12): the categories a family can consent to share, the lawful bases
// for a disclosure, and why someone can see something, in plain words. Each list is a tuple, the one source for
// contracts, database types and the migrations' CHECKs (vocabularies.test.ts), with its words typed by it.
import type { InformationCategory } from './records.ts';

/** Every information category but third-party information, which is never shared by consent. */
export const CONSENT_CATEGORY_KEYS = [
  'general',
  'mental_health',
  'childrens_social_care',
  'health',
  'education',
] as const satisfies readonly InformationCategory[];
export type ConsentCategory = (typeof CONSENT_CATEGORY_KEYS)[number];
export const CONSENT_CATEGORIES = {
  general: 'General notes',
  mental_health: 'Mental health',
  childrens_social_care: "Children's social care",
  health: 'Health',
  education: 'School and education',
} as const satisfies Record<ConsentCategory, string>;

export const LAWFUL_BASIS_KEYS = ['consent', 'safeguarding_child', 'prevent_serious_harm', 'legal_obligation', 'vital_interests'] as const;
export type LawfulBasis = (typeof LAWFUL_BASIS_KEYS)[number];
export const LAWFUL_BASES = {
  consent: { label: 'Consent', plain: 'You agreed to it.' },
  safeguarding_child: { label: 'Safeguarding of a child', plain: 'It was needed to keep a child safe.' },
  prevent_serious_harm: { label: 'Prevention of serious harm', plain: 'It was needed to stop someone being seriously hurt.' },
  legal_obligation: { label: 'Legal obligation or court order', plain: 'The law or a court required it.' },
  vital_interests: { label: 'Vital interests', plain: 'Someone’s life or safety was in danger.' },
} as const satisfies Record<LawfulBasis, { label: string; plain: string }>;
/** The bases for sharing without consent (safeguarding_overrides.lawful_basis): every basis but consent. */
export const OVERRIDE_BASES = [
  'safeguarding_child',
  'prevent_serious_harm',
  'legal_obligation',
  'vital_interests',
] as const satisfies readonly Exclude<LawfulBasis, 'consent'>[];
export type OverrideBasis = (typeof OVERRIDE_BASES)[number];

/** How information left the family's record (disclosures.via). */
export const DISCLOSURE_ROUTES = ['consent', 'override', 'referral', 'export', 'emergency_access'] as const;
export type DisclosureRoute = (typeof DISCLOSURE_ROUTES)[number];

/** Why a service can see a kind of information (the family's sharing page words each). */
export const SEE_REASONS = ['general', 'home', 'own_notes', 'consent', 'override'] as const;
export type SeeReason = (typeof SEE_REASONS)[number];

/**
 * In what role someone decided a share, for the family's page: the parent or a young person agreeing, another family
 * member, a worker, or a worker's emergency access.
 */
export const DECIDER_ROLES = ['parent', 'young_person', 'family', 'worker', 'emergency_access'] as const;
export type DeciderRole = (typeof DECIDER_ROLES)[number];

/** Where a request for consent stands (consent_requests.status). */
export const CONSENT_REQUEST_STATUSES = ['open', 'accepted', 'declined'] as const;
export type ConsentRequestStatus = (typeof CONSENT_REQUEST_STATUSES)[number];

/** Where a subject access export stands (subject_access_exports.status). */
export const EXPORT_STATUSES = ['pending', 'ready', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const OVERRIDE_MAX_DAYS = 30;
export const EMERGENCY_ACCESS_MAX_HOURS = 4;
/** How long an information governance lead has to review an override the parent was not told about. */
export const OVERRIDE_REVIEW_HOURS = 72;
