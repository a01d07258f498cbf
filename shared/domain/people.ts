// The kinds of person in a family and of relationship between them: one tuple each, the source for contracts,
// database types and the migrations' CHECKs (vocabularies.test.ts).

export const PERSON_KINDS = ['parent', 'child', 'other_adult', 'network_member'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** Read as "from is <kind> to": Marie parent_of Jamie. */
export const RELATIONSHIP_KINDS = [
  'parent_of',
  'carer_of',
  'partner',
  'former_partner',
  'sibling',
  'grandparent_of',
  'friend',
  'relative',
  'neighbour',
  'other',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
