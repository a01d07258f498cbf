// Narrowing a string to one of a vocabulary's values without a cast, for values that arrive as plain strings
// (a select box's or checkboxes' values, a column no CHECK holds).

/** True when value is one of values; TypeScript then knows it as that vocabulary's type. */
export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** The strings that are values of the vocabulary, typed as it; any other string is left out. */
export const filterOneOf = <T extends string>(values: readonly T[], strings: readonly string[]): T[] =>
  strings.filter((value): value is T => isOneOf(values, value));
