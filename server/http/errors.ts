// Errors a handler can throw, each turned into a status and a plain message that says what to do.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** More to send with the error, such as the current version of something edited meanwhile. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = () => new HttpError(404, 'not_found', 'We could not find that page. Check the address, or go back to the list.');
export const unauthorised = (message = 'Please sign in to continue.') => new HttpError(401, 'signed_out', message);
export const forbidden = (message = 'Your role does not allow this. Ask your team manager if you think it should.') =>
  new HttpError(403, 'forbidden', message);
/** A stale edit: the body carries the current version so the person can merge, and nothing is overwritten. */
export const conflict = (message: string, current?: unknown) => new HttpError(409, 'conflict', message, undefined, { current });
/**
 * The 409 for a versioned save whose conditional UPDATE changed nothing, with the row as it is *now*: `readAgain` must
 * read it afresh after that UPDATE, never return what was read before it. A new statement in READ COMMITTED sees the
 * save that won (the UPDATE waited for its commit); the row read before the UPDATE may predate it.
 */
export async function staleSave<T>(readAgain: () => Promise<T>, message: string | ((current: T) => string)): Promise<HttpError> {
  const current = await readAgain();
  return conflict(typeof message === 'function' ? message(current) : message, current);
}
export const badRequest = (message: string, fields?: Record<string, string>) => new HttpError(400, 'invalid_input', message, fields);
export const tooManyRequests = (message: string) => new HttpError(429, 'too_many_attempts', message);
