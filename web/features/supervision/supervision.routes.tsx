// Reflective supervision (issue 18 §3): a manager and a worker; the worker's own notes and wellbeing signals, and one
// supervision's page. Each page is its own lazy chunk and loads its own data.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { supervisionQuery } from './supervision.api.ts';

const SupervisionPage = lazyRouteComponent(() => import('./supervision.page.tsx'), 'SupervisionPage');
const SupervisionDetailPage = lazyRouteComponent(() => import('./supervision-detail.page.tsx'), 'SupervisionDetailPage');

export function supervisionRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/supervision',
    beforeLoad: requireProfessional,
    component: SupervisionPage,
  });
  const detail = createRoute({
    getParentRoute: () => rootRoute,
    path: '/supervision/$supervisionId',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, supervisionQuery(params.supervisionId)),
    component: function SupervisionDetailRoute() {
      const { supervisionId } = detail.useParams();
      return <SupervisionDetailPage supervisionId={supervisionId} />;
    },
  });
  return [page, detail];
}
