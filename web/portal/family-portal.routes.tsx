// Routes for the parent's own choices (issues 13, 14): the people she trusts, the closing summary and her check-ins. Lazy, portal-only.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { requireFamilyMemberMe } from '../app/guards.ts';
import type { AppRootRoute } from '../app/router.tsx';

const TrustedPeoplePage = lazyRouteComponent(() => import('./trusted-people.page.tsx'), 'TrustedPeoplePage');
const ClosingSummaryPage = lazyRouteComponent(() => import('./closing-summary.page.tsx'), 'ClosingSummaryPage');
const CheckInsPage = lazyRouteComponent(() => import('./check-ins.page.tsx'), 'CheckInsPage');

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
  const checkIns = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/check-in',
    beforeLoad: requireParent,
    component: CheckInsPage,
  });
  return [trusted, closing, checkIns];
}
