// The route of "About you" (issue 18 §2): a parent, a parent who lives elsewhere or a young person answers for themselves.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRecordReader } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { loadLaterMessages } from '../../i18n/i18n.ts';
import { orNotFound } from '../portal-loaders.ts';
import { aboutMeQuery } from './about-you.api.ts';

const AboutYouPage = lazyRouteComponent(() => import('./about-you.page.tsx'), 'AboutYouPage');

export function aboutYouRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-information/about-you',
    // Someone the parent trusts has no such page (portal.equity): only "Your family".
    beforeLoad: requireRecordReader,
    // Its words are in the language's later part (web/i18n/messages.plugin.ts): fetched before the page shows.
    loader: ({ context }) => Promise.all([orNotFound(context.queryClient.ensureQueryData(aboutMeQuery)), loadLaterMessages()]),
    component: function AboutYouRoute() {
      const { me } = page.useRouteContext();
      return <AboutYouPage young={me.kind === 'young_person'} />;
    },
  });
  return [page];
}
