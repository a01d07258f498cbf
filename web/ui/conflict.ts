// Reading a 409 answer: the thing as someone else saved it meanwhile, so a form can show it and keep the person's own text.
import { isApiError } from '../api/client.ts';

/** The current version from a 409 body, or null when the failure was something else. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.body.current;
  return current && typeof current === 'object' ? (current as T) : null;
}

export const isConflict = (error: unknown): boolean => isApiError(error) && error.status === 409;

/** Server field names ("decision.reasons") moved onto the ids of the inputs that show them. */
export function remapFields(fields: Record<string, string>, ids: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [ids[key] ?? key, message]));
}
