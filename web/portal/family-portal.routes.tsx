// Routes for the parent's own choices (issues 13, 14): the people she trusts, the closing summary and her check-ins. Lazy, portal-only.

import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { requireFamilyMemberMe, requireRecordReader } from '../app/guards.ts';
import type { AppRootRoute } from '../app/router.tsx';
import { loadLaterMessages } from '../i18n/i18n.ts';
import { orNotFound } from './portal-loaders.ts';

const TrustedPeoplePage = lazyRouteComponent(() => import('./trusted-people.page.tsx'), 'TrustedPeoplePage');
const ClosingSummaryPage = lazyRouteComponent(() => import('./closing-summary.page.tsx'), 'ClosingSummaryPage');
const CheckInsPage = lazyRouteComponent(() => import('./check-ins.page.tsx'), 'CheckInsPage');
const NeedsPage = lazyRouteComponent(() => import('./needs/needs.page.tsx'), 'NeedsPage');
const FindSupportPage = lazyRouteComponent(() => import('./needs/find-support.page.tsx'), 'FindSupportPage');
const ServicePage = lazyRouteComponent(() => import('./needs/service.page.tsx'), 'ServicePage');
const CalendarPage = lazyRouteComponent(() => import('./calendar/calendar.page.tsx'), 'CalendarPage');
const MeetingPage = lazyRouteComponent(() => import('./meetings/meeting.page.tsx'), 'MeetingPage');

/** Only a parent has these pages: anyone else in the family goes back to their family page. */
async function requireParent(args: Parameters<typeof requireFamilyMemberMe>[0]) {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind !== 'parent') throw redirect({ to: '/my-family' });
  return context;
}

export function familyPortalRoutes(rootRoute: AppRootRoute) {
  const trusted = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/trusted-people',
    beforeLoad: requireParent,
    component: TrustedPeoplePage,
  });
  const closing = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/closing-summary',
    beforeLoad: requireParent,
    component: ClosingSummaryPage,
  });
  const checkIns = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/check-in',
    beforeLoad: requireParent,
    component: CheckInsPage,
  });
  // Needs and support (issue 15): the parent, a young person and a parent who lives elsewhere, each for whom they may.
  const needs = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/needs',
    beforeLoad: requireRecordReader,
    // Their words are in the language's later part (web/i18n/messages.plugin.ts).
    loader: () => loadLaterMessages(),
    component: function NeedsRoute() {
      const { me } = needs.useRouteContext();
      return <NeedsPage me={me} />;
    },
  });
  const findSupport = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/find-support',
    beforeLoad: requireRecordReader,
    // Their words are in the language's later part (web/i18n/messages.plugin.ts).
    loader: () => loadLaterMessages(),
    component: FindSupportPage,
  });
  const service = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/find-support/$serviceId',
    beforeLoad: requireRecordReader,
    // Their words are in the language's later part (web/i18n/messages.plugin.ts).
    loader: () => loadLaterMessages(),
    component: function ServiceRoute() {
      const { serviceId } = service.useParams();
      return <ServicePage serviceId={serviceId} />;
    },
  });
  // Her calendar of visits and appointments (issue 17 §1, §3): the parent's alone.
  const calendar = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/calendar',
    beforeLoad: requireParent,
    // The calendar's words are in the language's later part (web/i18n/i18n.ts).
    loader: () => loadLaterMessages(),
    component: CalendarPage,
  });
  // A meeting's page (issue 17 §2): the parent's, from her calendar; its words are in the later part too.
  const meeting = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/calendar/meetings/$meetingId',
    beforeLoad: requireParent,
    loader: async ({ context, params }) => {
      // Fetched with the page's own chunk, so the first load of every other page stays as it was.
      const { meetingQuery } = await import('./meetings/meetings.api.ts');
      await Promise.all([loadLaterMessages(), orNotFound(context.queryClient.ensureQueryData(meetingQuery(params.meetingId)))]);
    },
    component: function MeetingRoute() {
      const { meetingId } = meeting.useParams();
      const { me } = meeting.useRouteContext();
      return <MeetingPage meetingId={meetingId} me={me} />;
    },
  });
  return [trusted, closing, checkIns, needs, findSupport, service, calendar, meeting];
}
