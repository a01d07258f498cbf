// Routes for the professional screens of one family's whole record (issue 3): people, households, relationships,
// involvement, care team, each child's page, recording and reading entries. Each page is its own lazy chunk.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { PERSON_KINDS, type PersonKind } from '../../../shared/domain/people.ts';
import { requireProfessional } from '../../app/guards.ts';
import { loadOrNotFound } from '../../app/load-or-not-found.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { appointmentRoutes } from '../appointments/appointments.routes.tsx';
import { meetingRoutes } from '../meetings/meetings.routes.tsx';
import { validateRecordEntrySearch } from '../records/entry-prefill.search.ts';
import { entryQuery } from '../records/records.queries.ts';
import { childQuery, familyQuery } from './families.queries.ts';

const PersonFormPage = lazyRouteComponent(() => import('./person-form.page.tsx'), 'PersonFormPage');
const HouseholdFormPage = lazyRouteComponent(() => import('./household-form.page.tsx'), 'HouseholdFormPage');
const RelationshipFormPage = lazyRouteComponent(() => import('./relationship-form.page.tsx'), 'RelationshipFormPage');
const InvolvementFormPage = lazyRouteComponent(() => import('./involvement-form.page.tsx'), 'InvolvementFormPage');
const CareTeamAddPage = lazyRouteComponent(() => import('./care-team-add.page.tsx'), 'CareTeamAddPage');
const ChildPage = lazyRouteComponent(() => import('./child.page.tsx'), 'ChildPage');
const RecordEntryPage = lazyRouteComponent(() => import('../records/record-entry.page.tsx'), 'RecordEntryPage');
const EntryPage = lazyRouteComponent(() => import('../records/entry.page.tsx'), 'EntryPage');
const SharedCheckInsPage = lazyRouteComponent(() => import('../check-ins/shared-check-ins.page.tsx'), 'SharedCheckInsPage');

export function familyRecordRoutes(rootRoute: AppRootRoute) {
  const personNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/people/new',
    beforeLoad: requireProfessional,
    validateSearch: (search: Record<string, unknown>): { kind?: PersonKind; childOf?: string } => ({
      kind: PERSON_KINDS.find((kind) => kind === search.kind),
      // From the "Children not yet asked about" prompt: the adult whose child this is.
      childOf: typeof search.childOf === 'string' && /^[0-9a-f-]{36}$/i.test(search.childOf) ? search.childOf : undefined,
    }),
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function PersonNewRoute() {
      const { familyId } = personNew.useParams();
      const { kind, childOf } = personNew.useSearch();
      return <PersonFormPage familyId={familyId} kind={kind} childOf={childOf} />;
    },
  });

  const personEdit = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/people/$personId/edit',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function PersonEditRoute() {
      const { familyId, personId } = personEdit.useParams();
      return <PersonFormPage familyId={familyId} personId={personId} />;
    },
  });

  const householdNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/households/new',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function HouseholdNewRoute() {
      const { familyId } = householdNew.useParams();
      return <HouseholdFormPage familyId={familyId} />;
    },
  });

  const householdEdit = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/households/$householdId/edit',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function HouseholdEditRoute() {
      const { familyId, householdId } = householdEdit.useParams();
      return <HouseholdFormPage familyId={familyId} householdId={householdId} />;
    },
  });

  const relationshipNew = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/relationships/new',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function RelationshipNewRoute() {
      const { familyId } = relationshipNew.useParams();
      return <RelationshipFormPage familyId={familyId} />;
    },
  });

  const involvement = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/involvement',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function InvolvementRoute() {
      const { familyId } = involvement.useParams();
      return <InvolvementFormPage familyId={familyId} />;
    },
  });

  const careTeamAdd = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/care-team/add',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function CareTeamAddRoute() {
      const { familyId } = careTeamAdd.useParams();
      return <CareTeamAddPage familyId={familyId} />;
    },
  });

  const child = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/children/$personId',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, childQuery(params.familyId, params.personId)),
    component: function ChildRoute() {
      const { familyId, personId } = child.useParams();
      return <ChildPage familyId={familyId} personId={personId} />;
    },
  });

  const record = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/record',
    beforeLoad: requireProfessional,
    // From an appointment (issue 17 §1): the kind, when and who was there, filled in.
    validateSearch: validateRecordEntrySearch,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function RecordRoute() {
      const { familyId } = record.useParams();
      return <RecordEntryPage familyId={familyId} search={record.useSearch()} />;
    },
  });

  const checkIns = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/check-ins',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) => loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
    component: function CheckInsRoute() {
      const { familyId } = checkIns.useParams();
      return <SharedCheckInsPage familyId={familyId} />;
    },
  });

  const entry = createRoute({
    getParentRoute: () => rootRoute,
    path: '/families/$familyId/entries/$entryId',
    beforeLoad: requireProfessional,
    loader: ({ context, params }) =>
      Promise.all([
        loadOrNotFound(context.queryClient, familyQuery(params.familyId)),
        loadOrNotFound(context.queryClient, entryQuery(params.familyId, params.entryId)),
      ]),
    component: function EntryRoute() {
      const { familyId, entryId } = entry.useParams();
      return <EntryPage familyId={familyId} entryId={entryId} />;
    },
  });

  return [
    personNew,
    personEdit,
    householdNew,
    householdEdit,
    relationshipNew,
    involvement,
    careTeamAdd,
    child,
    record,
    entry,
    checkIns,
    ...appointmentRoutes(rootRoute),
    ...meetingRoutes(rootRoute),
  ] as const;
}
