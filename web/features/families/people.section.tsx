// "People in the family", grouped by household with links to change each person and household; a hidden
// address reads "Address confidential", never blank.
import { Link } from '@tanstack/react-router';
import type { FamilyOverview, Household, Person } from '../../api/types.ts';
import { displayName, formatAge, formatDate } from '../../ui/format.ts';
import { addressText, groupByHousehold } from '../../ui/households.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';

export const PERSON_KIND_LABELS: Record<Person['kind'], string> = {
  parent: 'Parent',
  child: 'Child',
  other_adult: 'Other adult',
  network_member: 'Friend or supporter',
};

type PeopleSectionProps = Pick<FamilyOverview, 'households' | 'people'> & { familyId: string };

export function PeopleSection({ familyId, households, people }: PeopleSectionProps) {
  const groups = groupByHousehold(households, people);
  return (
    <section aria-labelledby="people-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="people-heading">
        People in the family
      </h2>
      {groups.map((group) => (
        <div key={group.household?.id ?? 'elsewhere'} className="umb-household">
          <div className="umb-household__header">
            <h3 className="govuk-heading-s umb-household__name">{group.household?.name ?? 'Not in a recorded household'}</h3>
            {group.household ? (
              <Link
                to="/families/$familyId/households/$householdId/edit"
                params={{ familyId, householdId: group.household.id }}
                className="govuk-link umb-household__change"
              >
                Change<span className="govuk-visually-hidden"> {group.household.name}</span>
              </Link>
            ) : null}
          </div>
          {group.household ? <HouseholdAddress household={group.household} /> : null}
          {group.people.length > 0 ? (
            <SummaryList
              rows={group.people.map((person) => ({
                key: personName(person),
                value: <PersonDetails familyId={familyId} person={person} />,
                action: (
                  <Link to="/families/$familyId/people/$personId/edit" params={{ familyId, personId: person.id }} className="govuk-link">
                    Change<span className="govuk-visually-hidden"> {displayName(person)}’s details</span>
                  </Link>
                ),
              }))}
            />
          ) : (
            <p className="govuk-body">Nobody is recorded as living here.</p>
          )}
        </div>
      ))}
      <ul className="govuk-list umb-actions-list">
        <li>
          <Link to="/families/$familyId/people/new" params={{ familyId }} className="govuk-link">
            Add a person
          </Link>
        </li>
        <li>
          <Link to="/families/$familyId/households/new" params={{ familyId }} className="govuk-link">
            Add a household
          </Link>
        </li>
      </ul>
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

export function personName(person: Person): string {
  const preferred = displayName(person);
  // "Marie Dubois (known as Marie)" says nothing new; only show a preferred name that differs from the first name.
  const firstName = person.fullName.split(/\s+/)[0] ?? '';
  return preferred === person.fullName || preferred === firstName ? person.fullName : `${person.fullName} (known as ${preferred})`;
}

function PersonDetails({ familyId, person }: { familyId: string; person: Person }) {
  const parts = [PERSON_KIND_LABELS[person.kind]];
  if (person.age !== null) parts.push(formatAge(person.age));
  if (person.dateOfBirth) parts.push(`born ${formatDate(person.dateOfBirth)}`);
  if (person.pronouns) parts.push(person.pronouns);
  return (
    <>
      {parts.join(', ')}
      {person.knownToAdultMentalHealth ? (
        <span className="umb-people__about">Known to adult mental health services{dependantsNote(person)}</span>
      ) : null}
      {person.kind === 'child' ? (
        <span className="umb-people__about">
          <Link to="/families/$familyId/children/$personId" params={{ familyId, personId: person.id }} className="govuk-link">
            {displayName(person)}’s page
          </Link>
        </span>
      ) : null}
    </>
  );
}

function dependantsNote(person: Person): string {
  if (person.dependants === 'not_asked') return '. Not yet asked about children or other dependants.';
  if (person.dependants === 'asked_none') {
    const who = person.dependantsAskedBy ? ` by ${person.dependantsAskedBy}` : '';
    const when = person.dependantsAskedAt ? ` on ${formatDate(person.dependantsAskedAt)}` : '';
    return `. Asked${who}${when}: no children or other dependants.`;
  }
  return '.';
}
