// Routes for the plans on the professional side (recovery plan, children's plans, child's voice).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { childWordsQuery, compareQuery, planDocumentsQuery, recoveryPlanQuery } from './plans.queries.ts';

const RecoveryPlanPage = lazyRouteComponent(() => import('./recovery-plan.page.tsx'), 'RecoveryPlanPage');
const RecoveryPlanPrintPage = lazyRouteComponent(() => import('./recovery-plan-print.page.tsx'), 'RecoveryPlanPrintPage');
const ComparePage = lazyRouteComponent(() => import('./compare.page.tsx'), 'ComparePage');
const FamilyPlansPage = lazyRouteComponent(() => import('./family-plans.page.tsx'), 'FamilyPlansPage');
const ChildWordsPage = lazyRouteComponent(() => import('./child-words.page.tsx'), 'ChildWordsPage');

const positive = (value: unknown, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function planRoutes(rootRoute: AppRootRoute) {
  const recoveryPlan = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/recovery-plan',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, recoveryPlanQuery(params.familyId)),
      ]),
    component: function RecoveryPlanRoute() {
      const { familyId } = recoveryPlan.useParams();
      return <RecoveryPlanPage familyId={familyId} />;
    },
  });

  const print = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/recovery-plan/print',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, recoveryPlanQuery(params.familyId)),
      ]),
    component: function RecoveryPlanPrintRoute() {
      const { familyId } = print.useParams();
      return <RecoveryPlanPrintPage familyId={familyId} />;
    },
  });

  const compare = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/recovery-plan/compare',
    beforeLoad: requireProfessional,
    validateSearch: (search: Record<string, unknown>): { from: number; to: number } => ({
      from: positive(search.from, 1),
      to: positive(search.to, 2),
    }),
    loaderDeps: ({ search }) => ({ from: search.from, to: search.to }),
    loader: ({ context, params, deps }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, recoveryPlanQuery(params.familyId)),
        loadOrNotFound(context.queryClient, compareQuery(params.familyId, deps.from, deps.to)),
      ]),
    component: function CompareRoute() {
      const { familyId } = compare.useParams();
      const { from, to } = compare.useSearch();
      return <ComparePage familyId={familyId} from={from} to={to} />;
    },
  });

  const familyPlans = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/plans',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, planDocumentsQuery(params.familyId)),
      ]),
    component: function FamilyPlansRoute() {
      const { familyId } = familyPlans.useParams();
      return <FamilyPlansPage familyId={familyId} />;
    },
  });

  const childWords = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/children/$personId/words',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, childWordsQuery(params.familyId)),
      ]),
    component: function ChildWordsRoute() {
      const { familyId, personId } = childWords.useParams();
      return <ChildWordsPage familyId={familyId} personId={personId} />;
    },
  });

  return [recoveryPlan, print, compare, familyPlans, childWords] as const;
}
