// Routes for a family's meetings on the care team's side (issue 17 §2): arranging one and a meeting's page (its id is its
// appointment's), and a team manager's count of overdue minutes. Each page is its own lazy chunk and loads its own data.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { appointmentsQuery } from '../appointments/appointments.api.ts';
import { familyQuery } from '../families/families.queries.ts';
import { meetingQuery } from './meetings.api.ts';

const ArrangeMeetingPage = lazyRouteComponent(() => import('./arrange-meeting.page.tsx'), 'ArrangeMeetingPage');
const MeetingPage = lazyRouteComponent(() => import('./meeting.page.tsx'), 'MeetingPage');
const OverdueMinutesPage = lazyRouteComponent(() => import('./overdue-minutes.page.tsx'), 'OverdueMinutesPage');

export function meetingRoutes(rootRoute: AppRootRoute) {
  const arrange = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/meetings/new',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, appointmentsQuery(params.familyId)),
      ]),
    component: function ArrangeMeetingRoute() {
      const { familyId } = arrange.useParams();
      return <ArrangeMeetingPage familyId={familyId} />;
    },
  });
  const meeting = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/meetings/$meetingId',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, appointmentsQuery(params.familyId)),
        loadOrNotFound(context.queryClient, meetingQuery(params.familyId, params.meetingId)),
      ]),
    component: function MeetingRoute() {
      const { familyId, meetingId } = meeting.useParams();
      return <MeetingPage familyId={familyId} meetingId={meetingId} />;
    },
  });
  const overdue = createRoute({
    getParentRoute: () => rootRoute,
    path: '/team/meetings/minutes-overdue',
    // As for /team/needs: the server answers a team manager only, and the page says so plainly to others.
    beforeLoad: requireProfessional,
    component: OverdueMinutesPage,
  });
  return [arrange, meeting, overdue] as const;
}
