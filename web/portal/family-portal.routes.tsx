// Routes for the parent's own choices (issue 13): the people she trusts and the closing summary. Lazy, portal-only.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { requireFamilyMemberMe } from '../app/guards.ts';
import type { AppRootRoute } from '../app/router.tsx';

const TrustedPeoplePage = lazyRouteComponent(() => import('./trusted-people.page.tsx'), 'TrustedPeoplePage');
const ClosingSummaryPage = lazyRouteComponent(() => import('./closing-summary.page.tsx'), 'ClosingSummaryPage');

/** Only a parent has these pages: anyone else in the family goes back to their family page. */
async function requireParent(args: Parameters<typeof requireFamilyMemberMe>[0]) {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind !== 'parent') throw redirect({ to: '/my-family' });
  return context;
}

export function familyPortalRoutes(rootRoute: AppRootRoute) {
  const trusted = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/trusted-people',
    beforeLoad: requireParent,
    component: TrustedPeoplePage,
  });
  const closing = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/closing-summary',
    beforeLoad: requireParent,
    component: ClosingSummaryPage,
  });
  return [trusted, closing];
}
