// "People in the family", grouped by household; a hidden address reads "Address confidential", never blank.
import type { FamilyOverview, Household, Person } from '../../api/types.ts';
import { displayName, formatAge, formatDate } from '../../ui/format.ts';
import { addressText, groupByHousehold } from '../../ui/households.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';

const KIND_LABELS: Record<Person['kind'], string> = {
  parent: 'Parent',
  child: 'Child',
  other_adult: 'Other adult',
  network_member: 'Network member',
};

type PeopleSectionProps = Pick<FamilyOverview, 'households' | 'people'>;

export function PeopleSection({ households, people }: PeopleSectionProps) {
  const groups = groupByHousehold(households, people);
  return (
    <section aria-labelledby="people-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="people-heading">
        People in the family
      </h2>
      {groups.map((group) => (
        <div key={group.household?.id ?? 'elsewhere'} className="umb-household">
          <h3 className="govuk-heading-s">{group.household?.name ?? 'Not in a recorded household'}</h3>
          {group.household ? <HouseholdAddress household={group.household} /> : null}
          {group.people.length > 0 ? (
            <SummaryList rows={group.people.map((person) => ({ key: personName(person), value: personDetails(person) }))} />
          ) : (
            <p className="govuk-body">Nobody is recorded as living here.</p>
          )}
        </div>
      ))}
    </section>
  );
}

function HouseholdAddress({ household }: { household: Household }) {
  return (
    <p className="govuk-body umb-address">
      <span className="govuk-visually-hidden">Address: </span>
      {addressText(household)}
      {household.address && household.addressConfidential ? (
        <>
          {' '}
          <Tag colour="orange">Confidential</Tag>
        </>
      ) : null}
    </p>
  );
}

function personName(person: Person): string {
  const preferred = displayName(person);
  // "Marie Dubois (known as Marie)" says nothing new; only show a preferred name that differs from the first name.
  const firstName = person.fullName.split(/\s+/)[0] ?? '';
  return preferred === person.fullName || preferred === firstName ? person.fullName : `${person.fullName} (known as ${preferred})`;
}

function personDetails(person: Person): string {
  const parts = [KIND_LABELS[person.kind]];
  if (person.age !== null) parts.push(formatAge(person.age));
  if (person.dateOfBirth) parts.push(`born ${formatDate(person.dateOfBirth)}`);
  return parts.join(', ');
}
