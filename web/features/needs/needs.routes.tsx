// Routes for needs and support on a family's record, the team manager's view of the gap (issue 15) and the words the
// team kept as written (issue 16 §1, features/words), each a lazy chunk of the professional app.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from '../families/families.queries.ts';

const FamilyNeedsPage = lazyRouteComponent(() => import('./family-needs.page.tsx'), 'FamilyNeedsPage');
const ReferPage = lazyRouteComponent(() => import('./refer.page.tsx'), 'ReferPage');
const TeamNeedsPage = lazyRouteComponent(() => import('./team-needs.page.tsx'), 'TeamNeedsPage');
const KeptWordsPage = lazyRouteComponent(() => import('../words/kept-words.page.tsx'), 'KeptWordsPage');

export function needsRoutes(rootRoute: AppRootRoute) {
  const needs = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/needs',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function NeedsRoute() {
      const { familyId } = needs.useParams();
      return <FamilyNeedsPage familyId={familyId} />;
    },
  });
  const refer = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/needs/$needId/refer',
    beforeLoad: requireProfessional,
    component: function ReferRoute() {
      const { familyId, needId } = refer.useParams();
      return <ReferPage familyId={familyId} needId={needId} />;
    },
  });
  const team = createRoute({
    getParentRoute: () => rootRoute,
    path: '/team/needs',
    // Only a team manager has this view: the server refuses anyone else, and the page says so plainly.
    beforeLoad: requireProfessional,
    component: TeamNeedsPage,
  });
  const keptWords = createRoute({
    getParentRoute: () => rootRoute,
    path: '/team/kept-words',
    // As for /team/needs: the server answers a team manager only (team.words_view), and the page says so plainly to others.
    beforeLoad: requireProfessional,
    component: KeptWordsPage,
  });
  return [needs, refer, team, keptWords];
}
