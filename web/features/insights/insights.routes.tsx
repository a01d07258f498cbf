// Insights for team and service managers (issue 18 §2): counts across a caseload with the equity breakdown.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';

const InsightsPage = lazyRouteComponent(() => import('./insights.page.tsx'), 'InsightsPage');

export function insightsRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/insights',
    beforeLoad: requireProfessional,
    component: InsightsPage,
  });
  return [page];
}
