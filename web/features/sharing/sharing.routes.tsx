// Routes for consent and sharing on the professional side: a family's sharing page, sharing without consent, and emergency access.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { familySharingQuery } from './sharing.queries.ts';

const FamilySharingPage = lazyRouteComponent(() => import('./family-sharing.page.tsx'), 'FamilySharingPage');
const ShareWithoutConsentPage = lazyRouteComponent(() => import('./share-without-consent.page.tsx'), 'ShareWithoutConsentPage');

export function sharingRoutes(rootRoute: AppRootRoute) {
  const familySharing = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/sharing',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, familySharingQuery(params.familyId)),
      ]),
    component: function FamilySharingRoute() {
      const { familyId } = familySharing.useParams();
      return <FamilySharingPage familyId={familyId} />;
    },
  });

  const withoutConsent = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/sharing/without-consent',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, familySharingQuery(params.familyId)),
      ]),
    component: function ShareWithoutConsentRoute() {
      const { familyId } = withoutConsent.useParams();
      return <ShareWithoutConsentPage familyId={familyId} />;
    },
  });

  const emergencyAccess = createRoute({
    getParentRoute: () => rootRoute,
    path: '/emergency-access',
    beforeLoad: requireProfessional,
    component: lazyRouteComponent(() => import('./emergency-access.page.tsx'), 'EmergencyAccessPage'),
  });

  return [familySharing, withoutConsent, emergencyAccess] as const;
}
