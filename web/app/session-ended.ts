// When the session has ended (any 401, or an idle check), forget cached data and ask the person to sign in again, kindly.
import type { QueryClient } from '@tanstack/react-query';
import type { AnyRouter } from '@tanstack/react-router';
import { apiGetInBackground, onSessionEnded } from '../api/client.ts';
import type { SessionState } from '../api/types.ts';
import { isSignedIn, rememberSession, sessionQuery, signedOutSession } from '../features/auth/session.queries.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export function handleSessionEnd(queryClient: QueryClient, router: AnyRouter): () => void {
  const cachedSession = () => queryClient.getQueryData(sessionQuery.queryKey);

  const endSession = () => {
    const session = cachedSession();
    // Only the first signal counts; later ones (and those after signing out on purpose) change nothing.
    if (!session || !isSignedIn(session)) return;
    const next = router.state.location.href;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
    rememberSession(queryClient, signedOutSession);
    void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    void router.navigate({ to: '/sign-in', search: { reason: 'session-ended', next }, replace: true });
  };

  // On a shared phone, do not leave a family's record on screen after the server has signed the person out.
  let lastActivity = Date.now();
  const noteActivity = () => {
    lastActivity = Date.now();
  };
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, noteActivity, { passive: true });
  const idleTimer = window.setInterval(async () => {
    const session = cachedSession();
    if (!session || !isSignedIn(session) || session.idleTimeoutMinutes <= 0) return;
    if (Date.now() - lastActivity < session.idleTimeoutMinutes * 60_000) return;
    try {
      // Ask the server rather than guess: it alone decides when a session ends.
      const fresh = await apiGetInBackground<SessionState>('/api/session');
      if (!isSignedIn(fresh)) endSession();
    } catch {
      // Offline: try again on the next tick.
    }
  }, 60_000);

  const stopListening = onSessionEnded(endSession);
  return () => {
    stopListening();
    window.clearInterval(idleTimer);
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, noteActivity);
  };
}
