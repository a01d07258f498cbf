// Fetch wrapper for the same-origin JSON API: cookies, CSRF header on writes, and one error type for every failure.
import { BACKGROUND_REQUEST_HEADER } from '../../shared/contracts/headers.ts';
import { currentLocale, translate } from '../i18n/i18n.ts';
import { failureWords } from './error-words.ts';
import type { ErrorBody } from './types.ts';

/**
 * A failed API call, carrying the server's message and any field problems. `message` and `fields` are in the language the
 * page is shown in when they are read (web/api/error-words.ts); `serverMessage` and `serverFields` are the server's English.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's own words (English), as sent. */
  readonly serverMessage: string | undefined;
  readonly serverFields: Record<string, string>;
  /** The whole error body: a 409 carries the record as it is now in `current`. */
  readonly body: Partial<ErrorBody> & Record<string, unknown>;
  declare readonly fields: Record<string, string>;

  constructor(status: number, body: Partial<ErrorBody> & Record<string, unknown>) {
    super(body.message ?? 'Something went wrong. Try again in a few minutes.');
    this.name = 'ApiError';
    this.status = status;
    this.code = body.error ?? 'unknown_error';
    this.serverMessage = body.message;
    this.serverFields = body.fields ?? {};
    this.body = body;
    // Worded when read, so a page shown in another language since the failure words it in that one.
    const words = () => failureWords(status, body, currentLocale(), translate);
    Object.defineProperty(this, 'message', { get: () => words().message, configurable: true, enumerable: false });
    Object.defineProperty(this, 'fields', { get: () => words().fields, configurable: true, enumerable: true });
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

let csrfToken: string | null = null;
const sessionEndedListeners = new Set<() => void>();

/** Remember the token the server gave in the latest session state; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401, so the app can send the person to sign in. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function readError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> & Record<string, unknown> = {};
  try {
    body = (await response.json()) as Partial<ErrorBody> & Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, for example): fall back to the generic message.
  }
  return new ApiError(response.status, body);
}

/**
 * Extra headers for one write, such as `idempotency-key` so a retried form creates one record. `csrf` sends the session's
 * CSRF token with a read too: only for a GET that writes (the FHIR export records a disclosure), which the server refuses
 * without it. Other reads never send it.
 */
export type RequestOptions = { headers?: Record<string, string>; csrf?: boolean };

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    init.body = JSON.stringify(body ?? {});
  } else if (options.csrf && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, {
      error: 'network_error',
      message: 'We could not reach Umbrella. Check your internet connection and try again.',
    });
  }

  if (!response.ok) {
    const error = await readError(response);
    // A 401 on sign-in itself is a wrong password, and a wrong code given again (emergency access) is not an ended session either.
    if (response.status === 401 && !path.startsWith('/api/session') && error.code !== 'wrong_code') {
      for (const listener of sessionEndedListeners) listener();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const apiGet = <T>(path: string, signal?: AbortSignal, options?: RequestOptions): Promise<T> =>
  request<T>('GET', path, undefined, signal, options);

/** A read the app makes by itself (polling), not because the person did something: it does not keep an idle session alive. */
export const apiGetInBackground = <T>(path: string, signal?: AbortSignal): Promise<T> =>
  request<T>('GET', path, undefined, signal, { headers: { [BACKGROUND_REQUEST_HEADER]: '1' } });

export const apiPost = <T>(path: string, body: unknown = {}, options?: RequestOptions): Promise<T> =>
  request<T>('POST', path, body, undefined, options);

export const apiPut = <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> =>
  request<T>('PUT', path, body, undefined, options);

export const apiDelete = <T = void>(path: string): Promise<T> => request<T>('DELETE', path);
