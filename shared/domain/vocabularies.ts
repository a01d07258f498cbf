// Narrowing a string to one of a vocabulary's values without a cast, for values that arrive as plain strings
// (a select box's value, a column no CHECK holds).

/** True when value is one of values; TypeScript then knows it as that vocabulary's type. */
export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);
