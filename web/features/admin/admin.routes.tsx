// Routes of the administrator console, open to administrators (their own organisation) and platform administrators.
// Each page is its own lazy chunk; the API decides what each may reach, these guards only spare a pointless page.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { RouterContext } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { homePathFor, isSignedIn, sessionQuery } from '../auth/session.queries.ts';
import { organisationQuery, organisationsQuery, outboxQuery, workerQuery } from './admin.api.ts';
import { isAdministrator } from './admin-nav.ts';

type GuardArgs = { context: RouterContext; location: { href: string } };

async function requireAdministrator({ context, location }: GuardArgs): Promise<void> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!isSignedIn(session)) throw redirect({ to: '/sign-in', search: { next: location.href } });
  if (!isAdministrator(session.me)) throw redirect({ to: homePathFor(session.me), replace: true });
}

const OrganisationPage = lazyRouteComponent(() => import('./organisation.page.tsx'), 'OrganisationPage');
const TeamFormPage = lazyRouteComponent(() => import('./team-form.page.tsx'), 'TeamFormPage');
const AddWorkerPage = lazyRouteComponent(() => import('./worker-form.page.tsx'), 'AddWorkerPage');
const EditWorkerPage = lazyRouteComponent(() => import('./worker-form.page.tsx'), 'EditWorkerPage');
const WorkerPage = lazyRouteComponent(() => import('./worker.page.tsx'), 'WorkerPage');
const SecondFactorResetPage = lazyRouteComponent(() => import('./second-factor-reset.page.tsx'), 'SecondFactorResetPage');

export function adminRoutes(rootRoute: AppRootRoute) {
  const home = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin',
    beforeLoad: requireAdministrator,
    loader: async ({ context }) => {
      const list = await context.queryClient.ensureQueryData(organisationsQuery);
      // An administrator of one organisation has nothing to choose: straight to it.
      const only = list.organisations[0];
      if (!list.mayAddOrganisations && list.organisations.length === 1 && only)
        throw redirect({ to: '/admin/organisations/$organisationId', params: { organisationId: only.id }, replace: true });
    },
    component: lazyRouteComponent(() => import('./organisations.page.tsx'), 'OrganisationsPage'),
  });

  const organisationNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/organisations/new',
    beforeLoad: requireAdministrator,
    component: lazyRouteComponent(() => import('./organisation-form.page.tsx'), 'OrganisationFormPage'),
  });

  const organisation = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/organisations/$organisationId',
    beforeLoad: requireAdministrator,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, organisationQuery(params.organisationId)),
    component: function OrganisationRoute() {
      const { organisationId } = organisation.useParams();
      return <OrganisationPage organisationId={organisationId} />;
    },
  });

  const teamNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/organisations/$organisationId/teams/new',
    beforeLoad: requireAdministrator,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, organisationQuery(params.organisationId)),
    component: function TeamNewRoute() {
      const { organisationId } = teamNew.useParams();
      return <TeamFormPage organisationId={organisationId} />;
    },
  });

  const teamEdit = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/organisations/$organisationId/teams/$teamId/edit',
    beforeLoad: requireAdministrator,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, organisationQuery(params.organisationId)),
    component: function TeamEditRoute() {
      const { organisationId, teamId } = teamEdit.useParams();
      return <TeamFormPage organisationId={organisationId} teamId={teamId} />;
    },
  });

  const workerNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/organisations/$organisationId/workers/new',
    beforeLoad: requireAdministrator,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, organisationQuery(params.organisationId)),
    component: function WorkerNewRoute() {
      const { organisationId } = workerNew.useParams();
      return <AddWorkerPage organisationId={organisationId} />;
    },
  });

  const loadWorker = async ({ context, params }: { context: RouterContext; params: { staffId: string } }) => {
    await loadOrNotFound(context.queryClient, workerQuery(params.staffId));
    const worker = context.queryClient.getQueryData(workerQuery(params.staffId).queryKey);
    if (worker) await loadOrNotFound(context.queryClient, organisationQuery(worker.organisation.id));
  };

  const worker = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/workers/$staffId',
    beforeLoad: requireAdministrator,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, workerQuery(params.staffId)),
    component: function WorkerRoute() {
      const { staffId } = worker.useParams();
      return <WorkerPage staffId={staffId} />;
    },
  });

  const workerEdit = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/workers/$staffId/edit',
    beforeLoad: requireAdministrator,
    loader: loadWorker,
    component: function WorkerEditRoute() {
      const { staffId } = workerEdit.useParams();
      return <EditWorkerPage staffId={staffId} />;
    },
  });

  const secondFactorReset = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/workers/$staffId/reset-second-factor',
    beforeLoad: requireAdministrator,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, workerQuery(params.staffId)),
    component: function SecondFactorResetRoute() {
      const { staffId } = secondFactorReset.useParams();
      return <SecondFactorResetPage staffId={staffId} />;
    },
  });

  const outbox = createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/outbox',
    beforeLoad: requireAdministrator,
    loader: ({ context }) => loadOrNotFound(context.queryClient, outboxQuery),
    component: lazyRouteComponent(() => import('./outbox.page.tsx'), 'OutboxPage'),
  });

  return [home, organisationNew, organisation, teamNew, teamEdit, workerNew, worker, workerEdit, secondFactorReset, outbox] as const;
}
