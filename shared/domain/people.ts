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

/** "he/him" → dad, "she/her" → mum, anything else (or nothing) → parent: the word a family uses for a parent. */
export function parentWord(pronouns: string | null | undefined): 'dad' | 'mum' | 'parent' {
  const first = (pronouns ?? '').trim().toLowerCase().split(/[\s/]/)[0];
  return first === 'he' ? 'dad' : first === 'she' ? 'mum' : 'parent';
}

/** "Jamie", "Jamie and Clare", "Jamie, Clare and Sam". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * How a parent is named to the family by the children he or she is a parent of: "Jamie and Clare's dad". A parent who
 * is not the parent the record is about (an 'other_parent' account, issue 13 §6) is named so, never "someone you trust".
 */
export function parentOfChildrenInWords(childNames: readonly string[], pronouns: string | null | undefined): string {
  const word = parentWord(pronouns);
  if (childNames.length === 0) return word === 'parent' ? 'A parent in your family' : `A ${word} in your family`;
  return `${namesInWords(childNames)}’s ${word}`;
}

/**
 * A list of names as a message's values, for each language to join with its own "and" (issue 16 §3): with prefix
 * 'child', `{childCount, plural, one {{child1}} =2 {{child1} and {child2}} other {{childList} and {childLast}}}`.
 */
export function namesAsValues(prefix: string, names: readonly string[]): Record<string, string | number> {
  return {
    [`${prefix}Count`]: names.length,
    [`${prefix}1`]: names[0] ?? '',
    [`${prefix}2`]: names[1] ?? '',
    [`${prefix}List`]: names.slice(0, -1).join(', '),
    [`${prefix}Last`]: names.at(-1) ?? '',
  };
}
