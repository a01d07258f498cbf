// A worker's own feedback from families over time (issue 18 §1).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';

const YourFeedbackPage = lazyRouteComponent(() => import('./feedback.page.tsx'), 'YourFeedbackPage');

export function feedbackRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/feedback',
    beforeLoad: requireProfessional,
    component: YourFeedbackPage,
  });
  return [page];
}
