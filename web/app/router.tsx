// Code-based route tree. Professional and portal screens are lazy chunks, so a parent's phone never downloads the other.

import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type ErrorComponentProps,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { isApiError } from '../api/client.ts';
import { adminRoutes } from '../features/admin/admin.routes.tsx';
import { accountRoutes } from '../features/auth/account.routes.tsx';
import { validateSignInSearch } from '../features/auth/sign-in.search.ts';
import { familiesQuery, familyQuery } from '../features/families/families.queries.ts';
import { familyRecordRoutes } from '../features/families/family-record.routes.tsx';
import { familyStartRoutes } from '../features/families/family-start.routes.tsx';
import { feedbackRoutes } from '../features/feedback/feedback.routes.tsx';
import { fhirRoutes } from '../features/fhir/fhir.routes.tsx';
import { glossaryAndNotificationRoutes } from '../features/glossary/glossary.routes.tsx';
import { governanceRoutes } from '../features/governance/governance.routes.tsx';
import { helpRoutes } from '../features/help/help.routes.tsx';
import { insightsRoutes } from '../features/insights/insights.routes.tsx';
import { needsRoutes } from '../features/needs/needs.routes.tsx';
import { planRoutes } from '../features/plans/plans.routes.tsx';
import { sharingRoutes } from '../features/sharing/sharing.routes.tsx';
import { supervisionRoutes } from '../features/supervision/supervision.routes.tsx';
import { loadLaterMessages } from '../i18n/i18n.ts';
import { aboutYouRoutes } from '../portal/equity/about-you.routes.tsx';
import { familyPortalRoutes } from '../portal/family-portal.routes.tsx';
import { portalFeedbackRoutes } from '../portal/feedback/portal-feedback.routes.tsx';
import { helpPortalRoutes } from '../portal/help/help.routes.tsx';
import { myFamilyQuery } from '../portal/my-family.queries.ts';
import { portalPlanRoutes } from '../portal/plans/portal-plans.routes.tsx';
import { accessLogQuery, childPageQuery, glossaryQuery, recordQuery } from '../portal/portal.queries.ts';
import { orNotFound } from '../portal/portal-loaders.ts';
import { validateRecordSearch } from '../portal/record-search.ts';
import { messagesQuery, sharingQuery } from '../portal/sharing.queries.ts';
import { Layout } from '../ui/layout.tsx';
import { Loading } from '../ui/loading.tsx';
import { NotFoundPage } from '../ui/not-found.page.tsx';
import { ProblemPage } from '../ui/problem.page.tsx';
import {
  type RouterContext,
  redirectHome,
  redirectIfSignedIn,
  requireFamilyMemberMe,
  requireProfessional,
  requireRecordReader,
  requireSecondFactorStage,
} from './guards.ts';
import { loadOrNotFound } from './load-or-not-found.ts';
import { RootLayout } from './root-layout.tsx';

function RouteError({ error }: ErrorComponentProps) {
  // A 401 is already sending the person to sign in (see session-ended.ts); show nothing alarming meanwhile.
  if (isApiError(error) && error.status === 401) return <Loading />;
  return <ProblemPage message={isApiError(error) ? error.message : undefined} />;
}

/** If the root itself fails (the session could not be read), there is no layout yet: draw a bare one. */
function RootError(props: ErrorComponentProps) {
  return (
    <Layout>
      <RouteError {...props} />
    </Layout>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RootError,
});

const indexRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', beforeLoad: redirectHome });

// Lazy like every other page: a parent already signed in never downloads the sign-in screens.
const SignInPage = lazyRouteComponent(() => import('../features/auth/sign-in.page.tsx'), 'SignInPage');
const SignInCodePage = lazyRouteComponent(() => import('../features/auth/sign-in-code.page.tsx'), 'SignInCodePage');

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: validateSignInSearch,
  beforeLoad: redirectIfSignedIn,
  component: function SignInRoute() {
    const { reason, next } = signInRoute.useSearch();
    return <SignInPage reason={reason} next={next} />;
  },
});

const signInCodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in/code',
  validateSearch: validateSignInSearch,
  beforeLoad: requireSecondFactorStage,
  component: function SignInCodeRoute() {
    const { next } = signInCodeRoute.useSearch();
    return <SignInCodePage next={next} />;
  },
});

const familiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/families',
  beforeLoad: requireProfessional,
  loader: ({ context }) => loadOrNotFound(context.queryClient, familiesQuery),
  component: lazyRouteComponent(() => import('../features/families/families-list.page.tsx'), 'FamiliesListPage'),
});

const FamilyOverviewPage = lazyRouteComponent(() => import('../features/families/family-overview.page.tsx'), 'FamilyOverviewPage');

const familyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/families/$familyId',
  beforeLoad: requireProfessional,
  loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
  component: function FamilyRoute() {
    const { familyId } = familyRoute.useParams();
    return <FamilyOverviewPage familyId={familyId} />;
  },
});

const MyFamilyPage = lazyRouteComponent(() => import('../portal/my-family.page.tsx'), 'MyFamilyPage');

const myFamilyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-family',
  beforeLoad: requireFamilyMemberMe,
  loader: ({ context }) => loadOrNotFound(context.queryClient, myFamilyQuery),
  component: function MyFamilyRoute() {
    const { me } = myFamilyRoute.useRouteContext();
    return <MyFamilyPage me={me} />;
  },
});

// The parent portal's record screens: lazy like the rest of the portal, and never importing professional screens.
const MyChildPage = lazyRouteComponent(() => import('../portal/child.page.tsx'), 'MyChildPage');

const myChildRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-family/children/$personId',
  beforeLoad: requireFamilyMemberMe,
  loader: ({ context, params }) => orNotFound(context.queryClient.ensureQueryData(childPageQuery(context.me.familyId, params.personId))),
  component: function MyChildRoute() {
    const { me } = myChildRoute.useRouteContext();
    const { personId } = myChildRoute.useParams();
    return <MyChildPage familyId={me.familyId} personId={personId} />;
  },
});

const MyRecordPage = lazyRouteComponent(() => import('../portal/my-record.page.tsx'), 'MyRecordPage');

const myRecordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-record',
  validateSearch: validateRecordSearch,
  beforeLoad: requireRecordReader,
  loaderDeps: ({ search }) => ({ q: search.q ?? '' }),
  loader: async ({ context, deps }) => {
    // The glossary only adds explanations: the page still opens without it.
    await Promise.all([
      orNotFound(context.queryClient.ensureInfiniteQueryData(recordQuery(deps.q))),
      context.queryClient.prefetchQuery(glossaryQuery),
    ]);
  },
  component: function MyRecordRoute() {
    const { me } = myRecordRoute.useRouteContext();
    const { q } = myRecordRoute.useSearch();
    return <MyRecordPage me={me} q={q ?? ''} />;
  },
});

const myRecordAccessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-record/access',
  beforeLoad: requireRecordReader,
  // Its actions' words are in the language's later part (web/i18n/i18n.ts).
  loader: ({ context }) => Promise.all([orNotFound(context.queryClient.ensureInfiniteQueryData(accessLogQuery)), loadLaterMessages()]),
  component: lazyRouteComponent(() => import('../portal/access-log.page.tsx'), 'AccessLogPage'),
});

// "Who can see your information" (consent and sharing, P12): parents and young people; network members see only their family.
const MyInformationPage = lazyRouteComponent(() => import('../portal/my-information.page.tsx'), 'MyInformationPage');

const myInformationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-information',
  beforeLoad: requireRecordReader,
  loader: async ({ context }) => {
    // Messages only add to the page: it still opens without them.
    await Promise.all([orNotFound(context.queryClient.ensureQueryData(sharingQuery)), context.queryClient.prefetchQuery(messagesQuery)]);
  },
  component: function MyInformationRoute() {
    const { me } = myInformationRoute.useRouteContext();
    return <MyInformationPage me={me} />;
  },
});

/** The root route's type, for the route files in features/ that add their pages under it. */
export type AppRootRoute = typeof rootRoute;

const routeTree = rootRoute.addChildren([
  ...accountRoutes(rootRoute),
  ...familyRecordRoutes(rootRoute),
  ...familyStartRoutes(rootRoute),
  ...fhirRoutes(rootRoute),
  ...familyPortalRoutes(rootRoute),
  ...helpPortalRoutes(rootRoute),
  ...helpRoutes(rootRoute),
  ...needsRoutes(rootRoute),
  ...glossaryAndNotificationRoutes(rootRoute),
  ...sharingRoutes(rootRoute),
  ...governanceRoutes(rootRoute),
  ...adminRoutes(rootRoute),
  ...planRoutes(rootRoute),
  ...portalPlanRoutes(rootRoute),
  ...aboutYouRoutes(rootRoute),
  // Issue 18: a learning organisation.
  ...insightsRoutes(rootRoute),
  ...supervisionRoutes(rootRoute),
  ...feedbackRoutes(rootRoute),
  ...portalFeedbackRoutes(rootRoute),
  indexRoute,
  signInRoute,
  signInCodeRoute,
  familiesRoute,
  familyRoute,
  myFamilyRoute,
  myChildRoute,
  myRecordRoute,
  myRecordAccessRoute,
  myInformationRoute,
]);

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: 'intent',
    // Data lives in TanStack Query; the router should always ask it rather than keep its own copy.
    defaultPreloadStaleTime: 0,
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: RouteError,
    defaultPendingComponent: Loading,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
