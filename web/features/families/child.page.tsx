// A child's own page: their school, who they live with, who is important to them, and their relationships (P6).
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatAge } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { childQuery } from './families.queries.ts';

export function ChildPage({ familyId, personId }: { familyId: string; personId: string }) {
  const { data: child } = useSuspenseQuery(childQuery(familyId, personId));
  usePageTitle(child.name);
  const notRecorded = <span className="umb-muted">Not recorded yet</span>;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <span className="govuk-caption-l">Child</span>
        <h1 className="govuk-heading-l">{child.name}</h1>
        <SummaryList
          rows={[
            { key: 'Full name', value: child.fullName },
            { key: 'Age', value: child.age !== null ? formatAge(child.age) : notRecorded },
            { key: 'Pronouns', value: child.pronouns ?? notRecorded },
            { key: 'School', value: child.school ?? notRecorded },
            {
              key: 'Lives with',
              value:
                child.livesWith.length > 0 ? (
                  <>
                    {child.householdName ? <span className="umb-people__about">{child.householdName}</span> : null}
                    <ul className="govuk-list">
                      {child.livesWith.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  (child.householdName ?? notRecorded)
                ),
            },
            {
              key: 'Who is important to them',
              value: child.importantPeople ? <p className="govuk-body umb-pre-line">{child.importantPeople}</p> : notRecorded,
            },
          ]}
        />
        <p className="govuk-body">
          <Link to="/families/$familyId/people/$personId/edit" params={{ familyId, personId }} className="govuk-link">
            Change {child.name}’s details
          </Link>
        </p>
        <h2 className="govuk-heading-m">Relationships</h2>
        {child.relationships.length === 0 ? (
          <p className="govuk-body">No relationships have been recorded yet.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {child.relationships.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
