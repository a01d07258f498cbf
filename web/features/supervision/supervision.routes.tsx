// Reflective supervision (issue 18 §3): a manager and a worker; the worker's own notes and wellbeing signals.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';

const SupervisionPage = lazyRouteComponent(() => import('./supervision.page.tsx'), 'SupervisionPage');

export function supervisionRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/supervision',
    beforeLoad: requireProfessional,
    component: SupervisionPage,
  });
  return [page];
}
