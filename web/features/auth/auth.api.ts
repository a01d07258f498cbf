// Signing out: ends the session on the server and forgets everything cached about the person (sign-in: sign-in.api.ts).
import type { QueryClient } from '@tanstack/react-query';
import { apiPost, isApiError } from '../../api/client.ts';
import { rememberSession, sessionQueryKey, signedOutSession } from './session.queries.ts';

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
