// A failed request as form errors: the server's field messages moved onto this form's inputs, plus its own message when it says more.
import { isApiError } from '../api/client.ts';
import { SEE_EACH_FIELD } from '../api/error-words.ts';
import { translate } from '../i18n/i18n.ts';
import type { FormError } from './error-summary.tsx';
import { errorWords } from './errors.messages.ts';
import { type FieldErrors, toFormErrors } from './form-errors.ts';
/** Error-summary key for the server's own message; not an input, so it is listed without a link. */
export const FORM_MESSAGE = 'form-message';

/** Server field names ("categories.0", "familyIds") moved onto the ids of the inputs that show them. */
export function fieldsOnto(fields: Record<string, string>, ids: Record<string, string>): FieldErrors {
  const moved: FieldErrors = {};
  for (const [key, message] of Object.entries(fields)) {
    const id = ids[key] ?? ids[key.split('.')[0] ?? key] ?? key;
    moved[id] ??= message;
  }
  return moved;
}

/** Field errors from a failure; with no fields, the message is attached to `fallbackId` so it still links somewhere. */
export function failureErrors(failure: unknown, ids: Record<string, string>, fallbackId: string): FieldErrors {
  if (!isApiError(failure)) return { [fallbackId]: translate(errorWords.somethingWrong) };
  const fields = fieldsOnto(failure.fields, ids);
  if (Object.keys(fields).length === 0) return { [fallbackId]: failure.message };
  // The server's generic "see each field" adds nothing to the fields themselves (compared in its own English).
  const repeated = Object.values(fields).includes(failure.message);
  return failure.message && failure.serverMessage !== SEE_EACH_FIELD && !repeated ? { ...fields, [FORM_MESSAGE]: failure.message } : fields;
}

/** Error-summary entries: the server's own message first (not a link), then each field in page order. */
export function summaryOf(errors: FieldErrors, fieldOrder: readonly string[]): FormError[] {
  const { [FORM_MESSAGE]: message, ...fields } = errors;
  return [...(message ? [{ message }] : []), ...toFormErrors(fields, fieldOrder)];
}
