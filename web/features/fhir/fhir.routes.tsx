// Route for sending a copy of a family's record to another system (FHIR R4, issue 19). A lazy page.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { familyQuery } from '../families/families.queries.ts';

const FhirExportPage = lazyRouteComponent(() => import('./fhir-export.page.tsx'), 'FhirExportPage');

export function fhirRoutes(rootRoute: AppRootRoute) {
  const sendACopy = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/send-a-copy',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function SendACopyRoute() {
      const { familyId } = sendACopy.useParams();
      return <FhirExportPage familyId={familyId} />;
    },
  });
  return [sendACopy] as const;
}
