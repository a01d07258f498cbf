// A child's own page for their parent: school, who they live with, who is important to them, and their family, in plain words.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatAge } from '../ui/format.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { SummaryList, type SummaryRow } from '../ui/summary-list.tsx';
import { childPageQuery } from './portal.queries.ts';
import type { ChildPage } from './portal.types.ts';

const NOT_RECORDED = 'Nothing written down yet';

export function MyChildPage({ familyId, personId }: { familyId: string; personId: string }) {
  const { data: child } = useSuspenseQuery(childPageQuery(familyId, personId));
  usePageTitle(child.name);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          Back to your family
        </Link>
        <span className="govuk-caption-l">Your child’s page</span>
        <h1 className="govuk-heading-l">{child.name}</h1>
        <SummaryList rows={rowsFor(child)} />
        <p className="govuk-body">If something here is wrong or missing, tell your key worker and they will change it.</p>
      </div>
    </div>
  );
}

function rowsFor(child: ChildPage): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (child.fullName !== child.name) rows.push({ key: 'Full name', value: child.fullName });
  if (child.age !== null) rows.push({ key: 'Age', value: formatAge(child.age) });
  if (child.pronouns) rows.push({ key: 'Pronouns', value: child.pronouns });
  rows.push({ key: 'School', value: child.school ?? NOT_RECORDED });
  rows.push({ key: 'Who they live with', value: livesWith(child) });
  rows.push({
    key: 'Who is important to them',
    value: child.importantPeople ? <span className="umb-written">{child.importantPeople}</span> : NOT_RECORDED,
  });
  if (child.relationships.length > 0) {
    rows.push({
      key: 'Their family',
      value: (
        <ul className="govuk-list">
          {child.relationships.map((relationship) => (
            <li key={relationship}>{relationship}</li>
          ))}
        </ul>
      ),
    });
  }
  return rows;
}

function livesWith(child: ChildPage): string {
  const people = child.livesWith.length > 0 ? child.livesWith.join(', ') : null;
  if (people && child.householdName) return `${people} (${child.householdName})`;
  return people ?? child.householdName ?? NOT_RECORDED;
}
