// Sign-in, second factor and sign-out calls; each keeps the cached session and CSRF token in step with the server.
import type { QueryClient } from '@tanstack/react-query';
import { apiPost, isApiError } from '../../api/client.ts';
import type { SessionState } from '../../api/types.ts';
import { rememberSession, sessionQuery, sessionQueryKey, signedOutSession } from './session.queries.ts';

export type Credentials = { username: string; password: string };

/** Writes need a CSRF token; fetch the session first if we do not have one yet. */
async function ensureToken(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(sessionQuery);
}

export async function signIn(queryClient: QueryClient, credentials: Credentials): Promise<SessionState> {
  await ensureToken(queryClient);
  const session = await apiPost<SessionState>('/api/session/login', credentials);
  rememberSession(queryClient, session);
  return session;
}

export async function submitSecondFactor(queryClient: QueryClient, code: string): Promise<SessionState> {
  await ensureToken(queryClient);
  const session = await apiPost<SessionState>('/api/session/second-factor', { code });
  rememberSession(queryClient, session);
  return session;
}

/** Sign out on the server, then forget everything cached about the person. A 401 means already signed out. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await apiPost<void>('/api/session/logout', {});
  } catch (error) {
    if (!isApiError(error) || error.status !== 401) throw error;
  }
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  rememberSession(queryClient, signedOutSession);
  // The server hands out a fresh anonymous token; fetch it so the next sign-in can post.
  void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}
