// One family's overview for the professionals in its care team.
import { useSuspenseQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../ui/page-title.ts';
import { CareTeamSection } from './care-team.section.tsx';
import { familyQuery } from './families.queries.ts';
import { InvolvementSection } from './involvement.section.tsx';
import { PeopleSection } from './people.section.tsx';
import { RelationshipsSection } from './relationships.section.tsx';

export function FamilyOverviewPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  usePageTitle(family.displayName);

  return (
    <>
      <span className="govuk-caption-l">Family</span>
      <h1 className="govuk-heading-l">{family.displayName}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <InvolvementSection involvement={family.involvement} />
          <PeopleSection households={family.households} people={family.people} />
          <RelationshipsSection relationships={family.relationships} />
          <CareTeamSection careTeam={family.careTeam} />
        </div>
      </div>
    </>
  );
}
