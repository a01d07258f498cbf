// Route for one request for help on a family's record (issue 14 §2), a lazy chunk of the professional app.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from '../families/families.queries.ts';

const HelpRequestPage = lazyRouteComponent(() => import('./help-request.page.tsx'), 'HelpRequestPage');

export function helpRoutes(rootRoute: AppRootRoute) {
  const request = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/help/$requestId',
    beforeLoad: requireProfessional,
    // The page loads the request itself (its query is in its own chunk); the family is already in the main one.
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function HelpRequestRoute() {
      const { familyId, requestId } = request.useParams();
      return <HelpRequestPage familyId={familyId} requestId={requestId} />;
    },
  });
  return [request];
}
