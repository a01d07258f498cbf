// Routes for the plans in the family's portal: the recovery plan, the wellness and crisis plan, the children's plans, sharing.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { type FamilyMemberMe, type RouterContext, requireFamilyMemberMe } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { myFamilyQuery } from '../my-family.queries.ts';
import { orNotFound } from '../portal-loaders.ts';
import { crisisPlansQuery } from './crisis.queries.ts';
import { childWordsQuery, planDocumentsQuery, recoveryPlanQuery } from './plans.queries.ts';

type GuardArgs = { context: RouterContext; location: { href: string } };

/** The parent's own plan pages; a young person has their own page at /my-plan, a network member what was shared. */
async function requireParent(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind === 'network_member' || context.me.kind === 'other_parent') throw redirect({ to: '/my-plan/shared', replace: true });
  if (context.me.kind !== 'parent') throw redirect({ to: '/my-plan', replace: true });
  return context;
}

/** The children's plans: the parent's, and a parent's who lives elsewhere (his own children's, as their parent). */
async function requireParentOfChildren(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind === 'other_parent') return context;
  return requireParent(args);
}

/** /my-plan is the parent's and the young person's; a network member reads what was shared with them. */
async function requirePlanReader(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind === 'network_member' || context.me.kind === 'other_parent') throw redirect({ to: '/my-plan/shared', replace: true });
  return context;
}

/** What was shared: a network member's, and an other parent's, who reads the children's plans here too. */
async function requireNetworkMember(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind !== 'network_member' && context.me.kind !== 'other_parent') throw redirect({ to: '/my-plan', replace: true });
  return context;
}

const MyPlanPage = lazyRouteComponent(() => import('./my-plan.page.tsx'), 'MyPlanPage');
const YoungPersonPlanPage = lazyRouteComponent(() => import('./young-person-plan.page.tsx'), 'YoungPersonPlanPage');
const PrintPlanPage = lazyRouteComponent(() => import('./my-plan-print.page.tsx'), 'PrintPlanPage');
const CrisisPlanPage = lazyRouteComponent(() => import('./crisis-plan.page.tsx'), 'CrisisPlanPage');
const ChildrenPlansPage = lazyRouteComponent(() => import('./children-plans.page.tsx'), 'ChildrenPlansPage');
const PlanSharingPage = lazyRouteComponent(() => import('./plan-sharing.page.tsx'), 'PlanSharingPage');
const SharedWithMePage = lazyRouteComponent(() => import('./shared-with-me.page.tsx'), 'SharedWithMePage');
const CrisisInUsePage = lazyRouteComponent(() => import('./crisis-in-use.page.tsx'), 'CrisisInUsePage');
const CrisisServicesPage = lazyRouteComponent(() => import('./crisis-services.page.tsx'), 'CrisisServicesPage');

/** The page for the people told when a parent's crisis plan is in use: the parent has her own, a young person his plan page. */
async function requireToldPerson(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind === 'parent') throw redirect({ to: '/my-plan/crisis', replace: true });
  if (context.me.kind === 'young_person') throw redirect({ to: '/my-plan', replace: true });
  return context;
}

export function portalPlanRoutes(rootRoute: AppRootRoute) {
  const myPlan = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan',
    beforeLoad: requirePlanReader,
    loader: async ({ context }) => {
      const { queryClient, me } = context;
      if (me.kind === 'parent') return orNotFound(queryClient.ensureQueryData(recoveryPlanQuery(me.familyId)));
      await Promise.all([
        orNotFound(queryClient.ensureQueryData(recoveryPlanQuery(me.familyId))),
        orNotFound(queryClient.ensureQueryData(planDocumentsQuery(me.familyId))),
        orNotFound(queryClient.ensureQueryData(childWordsQuery(me.familyId))),
        orNotFound(queryClient.ensureQueryData(myFamilyQuery)),
      ]);
    },
    component: function MyPlanRoute() {
      const { me } = myPlan.useRouteContext();
      return me.kind === 'parent' ? <MyPlanPage me={me} /> : <YoungPersonPlanPage me={me} />;
    },
  });

  const print = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/print',
    beforeLoad: requireParent,
    loader: ({ context }) => orNotFound(context.queryClient.ensureQueryData(recoveryPlanQuery(context.me.familyId))),
    component: function PrintPlanRoute() {
      const { me } = print.useRouteContext();
      return <PrintPlanPage me={me} />;
    },
  });

  const crisis = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/crisis',
    beforeLoad: requireParent,
    loader: ({ context }) =>
      Promise.all([
        orNotFound(context.queryClient.ensureQueryData(planDocumentsQuery(context.me.familyId))),
        orNotFound(context.queryClient.ensureQueryData(crisisPlansQuery(context.me.familyId))),
      ]),
    component: function CrisisPlanRoute() {
      const { me } = crisis.useRouteContext();
      return <CrisisPlanPage me={me} />;
    },
  });

  const children = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/children',
    beforeLoad: requireParentOfChildren,
    loader: ({ context }) =>
      Promise.all([
        orNotFound(context.queryClient.ensureQueryData(planDocumentsQuery(context.me.familyId))),
        orNotFound(context.queryClient.ensureQueryData(myFamilyQuery)),
      ]),
    component: function ChildrenPlansRoute() {
      const { me } = children.useRouteContext();
      return <ChildrenPlansPage me={me} />;
    },
  });

  const sharing = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/sharing',
    beforeLoad: requireParent,
    loader: ({ context }) => orNotFound(context.queryClient.ensureQueryData(planDocumentsQuery(context.me.familyId))),
    component: function PlanSharingRoute() {
      const { me } = sharing.useRouteContext();
      return <PlanSharingPage me={me} />;
    },
  });

  const shared = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/shared',
    beforeLoad: requireNetworkMember,
    loader: ({ context }) =>
      Promise.all([
        orNotFound(context.queryClient.ensureQueryData(planDocumentsQuery(context.me.familyId))),
        orNotFound(context.queryClient.ensureQueryData(recoveryPlanQuery(context.me.familyId))),
        orNotFound(context.queryClient.ensureQueryData(myFamilyQuery)),
      ]),
    component: function SharedWithMeRoute() {
      const { me } = shared.useRouteContext();
      return <SharedWithMePage me={me} />;
    },
  });

  const crisisInUse = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/crisis-in-use',
    beforeLoad: requireToldPerson,
    loader: ({ context }) =>
      Promise.all([
        orNotFound(context.queryClient.ensureQueryData(crisisPlansQuery(context.me.familyId))),
        orNotFound(context.queryClient.ensureQueryData(planDocumentsQuery(context.me.familyId))),
      ]),
    component: function CrisisInUseRoute() {
      const { me } = crisisInUse.useRouteContext();
      return <CrisisInUsePage me={me} />;
    },
  });

  const crisisServices = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-plan/crisis/services',
    beforeLoad: requireParent,
    loader: ({ context }) =>
      Promise.all([
        orNotFound(context.queryClient.ensureQueryData(planDocumentsQuery(context.me.familyId))),
        orNotFound(context.queryClient.ensureQueryData(crisisPlansQuery(context.me.familyId))),
      ]),
    component: function CrisisServicesRoute() {
      const { me } = crisisServices.useRouteContext();
      return <CrisisServicesPage me={me} />;
    },
  });

  return [myPlan, print, crisis, children, sharing, shared, crisisInUse, crisisServices] as const;
}
