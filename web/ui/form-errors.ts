// Turns a failed request into error-summary entries: the server's field messages first, else its plain message.
import { isApiError } from '../api/client.ts';
import { translate } from '../i18n/i18n.ts';
import type { FormError } from './error-summary.tsx';
import { errorWords } from './errors.messages.ts';

export type FieldErrors = Record<string, string>;

/** Field ids in page order, so the summary lists problems in the order a person meets them. */
export function toFormErrors(fieldErrors: FieldErrors, fieldOrder: readonly string[]): FormError[] {
  const known = fieldOrder.filter((id) => fieldErrors[id]).map((id) => ({ fieldId: id, message: fieldErrors[id] ?? '' }));
  const others = Object.entries(fieldErrors)
    .filter(([id]) => !fieldOrder.includes(id))
    .map(([, message]) => ({ message }));
  return [...known, ...others];
}

/** Field messages from the server, or the general message attached to `fallbackFieldId` so it still links somewhere. */
export function fieldErrorsFromFailure(error: unknown, fallbackFieldId: string): FieldErrors {
  if (isApiError(error)) {
    if (Object.keys(error.fields).length > 0) return error.fields;
    return { [fallbackFieldId]: error.message };
  }
  return { [fallbackFieldId]: translate(errorWords.somethingWrong) };
}
