// Insights for team and service managers (issue 18 §2): counts across a caseload with the equity breakdown. The insight
// and its filters are in the address (insights.search.ts), so a view can be bookmarked and the back button undoes a filter.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { validateInsightsSearch } from './insights.search.ts';

const InsightsPage = lazyRouteComponent(() => import('./insights.page.tsx'), 'InsightsPage');

export function insightsRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/insights',
    beforeLoad: requireProfessional,
    validateSearch: validateInsightsSearch,
    component: function InsightsRoute() {
      return <InsightsPage search={page.useSearch()} />;
    },
  });
  return [page];
}
