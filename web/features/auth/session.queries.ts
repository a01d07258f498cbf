// The signed-in session: one cached query that every guard, the header and the sign-in screens read.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, setCsrfToken } from '../../api/client.ts';
import type { Me, SessionState } from '../../api/types.ts';

export const sessionQueryKey = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: async ({ signal }) => {
    const session = await apiGet<SessionState>('/api/session', signal);
    setCsrfToken(session.csrfToken);
    return session;
  },
  staleTime: 60_000,
});

/** Store a session state the server answered with (after sign-in, second factor or sign-out). */
export function rememberSession(queryClient: QueryClient, session: SessionState): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQueryKey, session);
}

export const signedOutSession: SessionState = {
  signedIn: false,
  stage: null,
  csrfToken: null,
  me: null,
  idleTimeoutMinutes: 0,
};

export const useSession = () => useQuery(sessionQuery);

/**
 * Where a fully signed-in person starts: professionals at their families (a platform administrator, who works with no
 * family, at the administration console), everyone else at their own family.
 */
/** Where someone lands after signing in: a service manager, on no care team, starts at her insights (issue 18). */
export const homePathFor = (me: Me): '/families' | '/my-family' | '/admin' | '/insights' =>
  me.kind !== 'professional'
    ? '/my-family'
    : me.role === 'platform_administrator'
      ? '/admin'
      : me.role === 'service_manager'
        ? '/insights'
        : '/families';

export const isSignedIn = (session: SessionState): session is SessionState & { me: Me } =>
  session.signedIn && session.stage === 'signed_in' && session.me !== null;
