// When any request answers 401, the session has ended: forget cached data and ask the person to sign in again, kindly.
import type { QueryClient } from '@tanstack/react-query';
import type { AnyRouter } from '@tanstack/react-router';
import { onSessionEnded } from '../api/client.ts';
import { isSignedIn, rememberSession, sessionQuery, signedOutSession } from '../features/auth/session.queries.ts';

export function handleSessionEnd(queryClient: QueryClient, router: AnyRouter): () => void {
  return onSessionEnded(() => {
    const session = queryClient.getQueryData(sessionQuery.queryKey);
    // Only the first 401 counts; later ones (and those after signing out on purpose) change nothing.
    if (!session || !isSignedIn(session)) return;
    const next = router.state.location.href;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
    rememberSession(queryClient, signedOutSession);
    void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    void router.navigate({ to: '/sign-in', search: { reason: 'session-ended', next }, replace: true });
  });
}
