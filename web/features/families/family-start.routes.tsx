// Routes for starting a family, inviting the family and closing or reopening the work with it (issue 13). Lazy pages.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from './families.queries.ts';

const FamilyStartPage = lazyRouteComponent(() => import('./family-start.page.tsx'), 'FamilyStartPage');
const FamilyInvitePage = lazyRouteComponent(() => import('./family-invite.page.tsx'), 'FamilyInvitePage');
const InvolvementClosePage = lazyRouteComponent(() => import('./involvement-close.page.tsx'), 'InvolvementClosePage');

export function familyStartRoutes(rootRoute: AppRootRoute) {
  const start = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/new',
    beforeLoad: requireProfessional,
    component: FamilyStartPage,
  });
  const invite = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/invite',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function InviteRoute() {
      const { familyId } = invite.useParams();
      return <FamilyInvitePage familyId={familyId} />;
    },
  });
  const close = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/close',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function CloseRoute() {
      const { familyId } = close.useParams();
      return <InvolvementClosePage familyId={familyId} />;
    },
  });
  return [start, invite, close];
}
