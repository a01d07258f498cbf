// One family's whole record for the professionals in its care team: prompts, involvement, people, family map,
// care team and the record itself.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useFlash } from '../../ui/flash.ts';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { LinkButton } from '../../ui/link-button.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { HelpRequestsSection } from '../help/help-requests.section.tsx';
import { RecoveryPlanLink } from '../plans/recovery-plan.link.tsx';
import { EntriesSection } from '../records/entries.section.tsx';
import { FamilySharingLink } from '../sharing/family-sharing.link.tsx';
import { CareTeamSection } from './care-team.section.tsx';
import { ChildrenNotAskedPrompt } from './children-not-asked.prompt.tsx';
import { familyQuery } from './families.queries.ts';
import { FamilyStatusLinks } from './family-status.links.tsx';
import { InvolvementSection } from './involvement.section.tsx';
import { PeopleSection } from './people.section.tsx';
import { RelationshipsSection } from './relationships.section.tsx';

const CONTENTS = [
  { id: 'record-heading', label: 'Record' },
  { id: 'involvement-heading', label: 'Involvement with children’s services' },
  { id: 'people-heading', label: 'People in the family' },
  { id: 'relationships-heading', label: 'Family map and relationships' },
  { id: 'care-team-heading', label: 'Care team' },
];

export function FamilyOverviewPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const flash = useFlash();
  usePageTitle(family.displayName);

  return (
    <>
      {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
      <span className="govuk-caption-l">Family</span>
      <h1 className="govuk-heading-l">{family.displayName}</h1>
      <div className="govuk-button-group">
        <LinkButton to="/families/$familyId/record" params={{ familyId }}>
          Record a visit or contact
        </LinkButton>
        <LinkButton to="/families/$familyId/appointments" params={{ familyId }} secondary>
          Visits and appointments
        </LinkButton>
      </div>
      <ChildrenNotAskedPrompt familyId={familyId} prompts={family.childrenNotAskedAbout} />
      <RecoveryPlanLink familyId={familyId} />
      <FamilySharingLink familyId={familyId} />
      <FamilyStatusLinks familyId={familyId} />
      <HelpRequestsSection familyId={familyId} />
      <nav aria-label="On this page" className="umb-contents">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">On this page</h2>
        <ul className="govuk-list umb-contents__list">
          {CONTENTS.map((item) => (
            <li key={item.id}>
              <InPageLink target={item.id}>{item.label}</InPageLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <EntriesSection familyId={familyId} />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <InvolvementSection familyId={familyId} involvement={family.involvement} />
          <PeopleSection familyId={familyId} households={family.households} people={family.people} />
          <RelationshipsSection
            familyId={familyId}
            households={family.households}
            people={family.people}
            relationships={family.relationships}
          />
          <CareTeamSection familyId={familyId} careTeam={family.careTeam} canChange={family.canChangeCareTeam} />
        </div>
      </div>
    </>
  );
}
