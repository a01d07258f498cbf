// Words for consent and sharing (P12): the categories a family can consent to share, the lawful bases
// for a disclosure, and why someone can see something, in plain words.
export const CONSENT_CATEGORIES = {
  general: 'General notes',
  mental_health: 'Mental health',
  childrens_social_care: "Children's social care",
  health: 'Health',
  education: 'School and education',
} as const;
export type ConsentCategory = keyof typeof CONSENT_CATEGORIES;
export const CONSENT_CATEGORY_KEYS = Object.keys(CONSENT_CATEGORIES) as ConsentCategory[];

export const LAWFUL_BASES = {
  consent: { label: 'Consent', plain: 'You agreed to it.' },
  safeguarding_child: { label: 'Safeguarding of a child', plain: 'It was needed to keep a child safe.' },
  prevent_serious_harm: { label: 'Prevention of serious harm', plain: 'It was needed to stop someone being seriously hurt.' },
  legal_obligation: { label: 'Legal obligation or court order', plain: 'The law or a court required it.' },
  vital_interests: { label: 'Vital interests', plain: 'Someone’s life or safety was in danger.' },
} as const;
export type LawfulBasis = keyof typeof LAWFUL_BASES;
export const OVERRIDE_BASES = ['safeguarding_child', 'prevent_serious_harm', 'legal_obligation', 'vital_interests'] as const;

export const OVERRIDE_MAX_DAYS = 30;
export const EMERGENCY_ACCESS_MAX_HOURS = 4;
/** How long an information governance lead has to review an override the parent was not told about. */
export const OVERRIDE_REVIEW_HOURS = 72;
