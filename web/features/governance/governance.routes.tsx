// Route for the information governance console, open only to information governance leads.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { RouterContext } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { homePathFor, isSignedIn, sessionQuery } from '../auth/session.queries.ts';
import { reviewQueueQuery } from './governance.queries.ts';

type GuardArgs = { context: RouterContext; location: { href: string } };

/** Information governance leads only; anyone else signed in goes to their own start page. */
async function requireGovernanceLead({ context, location }: GuardArgs): Promise<void> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!isSignedIn(session)) throw redirect({ to: '/sign-in', search: { next: location.href } });
  if (session.me.kind !== 'professional' || session.me.role !== 'information_governance_lead')
    throw redirect({ to: homePathFor(session.me), replace: true });
}

export function governanceRoutes(rootRoute: AppRootRoute) {
  const governance = createRoute({
    getParentRoute: () => rootRoute,
    path: '/governance',
    beforeLoad: requireGovernanceLead,
    loader: ({ context }) => loadOrNotFound(context.queryClient, reviewQueueQuery),
    component: lazyRouteComponent(() => import('./governance.page.tsx'), 'GovernancePage'),
  });
  return [governance] as const;
}
