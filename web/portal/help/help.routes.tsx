// Routes for asking for help (issue 14 §1): the help page for everyone in the family, and "Who I want to hear from"
// for a parent and a young person. Lazy, portal-only: the pages load their own data, so nothing of theirs is in the first load.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { requireFamilyMemberMe } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';

const HelpPage = lazyRouteComponent(() => import('./help.page.tsx'), 'HelpPage');
const HelpWhoPage = lazyRouteComponent(() => import('./help-who.page.tsx'), 'HelpWhoPage');

export function helpPortalRoutes(rootRoute: AppRootRoute) {
  const help = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/help',
    beforeLoad: requireFamilyMemberMe,
    component: function HelpRoute() {
      const { me } = help.useRouteContext();
      return <HelpPage me={me} />;
    },
  });
  const who = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/help/who',
    beforeLoad: async (args) => {
      const context = await requireFamilyMemberMe(args);
      // A trusted person's or the other parent's worry always goes to the key workers: nothing to choose.
      if (context.me.kind !== 'parent' && context.me.kind !== 'young_person') throw redirect({ to: '/my-family/help' });
      return context;
    },
    component: HelpWhoPage,
  });
  return [help, who];
}
