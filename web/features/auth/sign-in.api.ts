// Sign-in and second factor calls; each keeps the cached session and CSRF token in step with the server. Apart from
// auth.api.ts (sign out), which the header on every first load uses, so a signed-in person's first load does not carry these.
import type { QueryClient } from '@tanstack/react-query';
import { apiPost } from '../../api/client.ts';
import type { SessionState } from '../../api/types.ts';
import { rememberSession, sessionQuery } from './session.queries.ts';

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
