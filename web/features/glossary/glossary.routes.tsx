// Routes for the glossary (everyone signed in reads it; administrators add and change terms) and the professional's
// notifications. Each page is its own lazy chunk.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { requireAdministrator, requireAnyoneSignedIn } from '../auth/role-guards.ts';
import { notificationsQuery } from '../notifications/notifications.queries.ts';
import { glossaryQuery } from './glossary.queries.ts';

const GlossaryTermPage = lazyRouteComponent(() => import('./glossary-term.page.tsx'), 'GlossaryTermPage');

export function glossaryAndNotificationRoutes(rootRoute: AppRootRoute) {
  const glossary = createRoute({
    getParentRoute: () => rootRoute,
    path: '/glossary',
    beforeLoad: requireAnyoneSignedIn,
    loader: ({ context }) => loadOrNotFound(context.queryClient, glossaryQuery),
    component: lazyRouteComponent(() => import('./glossary.page.tsx'), 'GlossaryPage'),
  });

  const termNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/glossary/new',
    beforeLoad: (args) => requireAdministrator(args, '/glossary'),
    loader: ({ context }) => loadOrNotFound(context.queryClient, glossaryQuery),
    component: function GlossaryNewRoute() {
      return <GlossaryTermPage />;
    },
  });

  const termEdit = createRoute({
    getParentRoute: () => rootRoute,
    path: '/glossary/$termId/edit',
    beforeLoad: (args) => requireAdministrator(args, '/glossary'),
    loader: ({ context }) => loadOrNotFound(context.queryClient, glossaryQuery),
    component: function GlossaryEditRoute() {
      const { termId } = termEdit.useParams();
      return <GlossaryTermPage termId={termId} />;
    },
  });

  const notifications = createRoute({
    getParentRoute: () => rootRoute,
    path: '/notifications',
    beforeLoad: requireProfessional,
    loader: ({ context }) => loadOrNotFound(context.queryClient, notificationsQuery),
    component: lazyRouteComponent(() => import('../notifications/notifications.page.tsx'), 'NotificationsPage'),
  });

  return [glossary, termNew, termEdit, notifications] as const;
}
