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
export const badRequest = (message: string, fields?: Record<string, string>) => new HttpError(400, 'invalid_input', message, fields);
export const tooManyRequests = (message: string) => new HttpError(429, 'too_many_attempts', message);
