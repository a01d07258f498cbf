// Routes for needs and support on a family's record and the team manager's view of the gap (issue 15), each a lazy
// chunk of the professional app.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { isSignedIn, sessionQuery } from '../auth/session.queries.ts';
import { familyQuery } from '../families/families.queries.ts';

const FamilyNeedsPage = lazyRouteComponent(() => import('./family-needs.page.tsx'), 'FamilyNeedsPage');
const ReferPage = lazyRouteComponent(() => import('./refer.page.tsx'), 'ReferPage');
const TeamNeedsPage = lazyRouteComponent(() => import('./team-needs.page.tsx'), 'TeamNeedsPage');

export function needsRoutes(rootRoute: AppRootRoute) {
  const needs = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/needs',
    beforeLoad: requireProfessional,
    validateSearch: (search: Record<string, unknown>): { referredTo?: string } => ({
      referredTo: typeof search.referredTo === 'string' ? search.referredTo.slice(0, 200) : undefined,
    }),
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function NeedsRoute() {
      const { familyId } = needs.useParams();
      const { referredTo } = needs.useSearch();
      return <FamilyNeedsPage familyId={familyId} referredTo={referredTo} />;
    },
  });
  const refer = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/needs/$needId/refer',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function ReferRoute() {
      const { familyId, needId } = refer.useParams();
      return <ReferPage familyId={familyId} needId={needId} />;
    },
  });
  const team = createRoute({
    getParentRoute: () => rootRoute,
    path: '/team/needs',
    beforeLoad: async (args) => {
      await requireProfessional(args);
      const session = await args.context.queryClient.ensureQueryData(sessionQuery);
      // Only a team manager has this view; anyone else goes to their families.
      if (!isSignedIn(session) || session.me.kind !== 'professional' || session.me.role !== 'team_manager')
        throw redirect({ to: '/families' });
    },
    component: TeamNeedsPage,
  });
  return [needs, refer, team];
}
