// Routes for a family's visits and appointments on the care team's side (issue 17 §1): the list, arranging one, and an
// unannounced visit. Each page is its own lazy chunk and loads its own data; the family is already in the main one.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from '../families/families.queries.ts';

const AppointmentsPage = lazyRouteComponent(() => import('./appointments.page.tsx'), 'AppointmentsPage');
const ArrangePage = lazyRouteComponent(() => import('./arrange.page.tsx'), 'ArrangePage');
const UnannouncedPage = lazyRouteComponent(() => import('./unannounced.page.tsx'), 'UnannouncedPage');

export function appointmentRoutes(rootRoute: AppRootRoute) {
  const list = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/appointments',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function AppointmentsRoute() {
      const { familyId } = list.useParams();
      return <AppointmentsPage familyId={familyId} />;
    },
  });
  const arrange = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/appointments/new',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function ArrangeRoute() {
      const { familyId } = arrange.useParams();
      return <ArrangePage familyId={familyId} />;
    },
  });
  const unannounced = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/appointments/unannounced',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function UnannouncedRoute() {
      const { familyId } = unannounced.useParams();
      return <UnannouncedPage familyId={familyId} />;
    },
  });
  return [list, arrange, unannounced] as const;
}
