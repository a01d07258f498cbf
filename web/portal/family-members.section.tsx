// "Who is in your family": each home and the people in it, in plain words; a parent can open each child's own page.
import { Link } from '@tanstack/react-router';
import { parentOfChildrenInWords } from '../../shared/domain/people.ts';
import type { FamilyOverview, Person } from '../api/types.ts';
import { displayName, formatAge } from '../ui/format.ts';
import { addressText, groupByHousehold } from '../ui/households.ts';

const KIND_WORDS: Record<Person['kind'], string> = {
  parent: 'Parent',
  child: 'Child',
  other_adult: 'Adult',
  network_member: 'Someone who supports your family',
};

type FamilyMembersProps = Pick<FamilyOverview, 'households' | 'people'> & {
  linkChildren?: boolean;
  relationships?: FamilyOverview['relationships'];
};

export function FamilyMembersSection({ households, people, linkChildren = false, relationships = [] }: FamilyMembersProps) {
  // A parent is named by their children ("Jamie and Clare’s dad"), so a father who lives elsewhere reads as the
  // children's dad, never as someone the family trusts (issue 13 §6).
  const aboutPerson = (person: Person): string => {
    const children = relationships
      .filter((r) => r.kind === 'parent_of' && r.fromPersonId === person.id)
      .map((r) => people.find((p) => p.id === r.toPersonId))
      .filter((p): p is Person => p !== undefined)
      .map(displayName);
    const words =
      person.kind === 'parent' && children.length > 0 ? parentOfChildrenInWords(children, person.pronouns) : KIND_WORDS[person.kind];
    return person.age === null ? words : `${words}, ${formatAge(person.age)}`;
  };
  const groups = groupByHousehold(households, people);
  return (
    <section aria-labelledby="family-members-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="family-members-heading">
        Who is in your family
      </h2>
      {groups.map((group) => (
        <div className="umb-household" key={group.household?.id ?? 'elsewhere'}>
          <h3 className="govuk-heading-s">{group.household?.name ?? 'Other people in your family’s life'}</h3>
          {group.household ? (
            <p className="govuk-body umb-address">
              <span className="govuk-visually-hidden">Address: </span>
              {addressText(group.household)}
            </p>
          ) : null}
          <ul className="govuk-list umb-people">
            {group.people.map((person) => (
              <li key={person.id}>
                {linkChildren && person.kind === 'child' ? (
                  <Link to="/my-family/children/$personId" params={{ personId: person.id }} className="govuk-link umb-people__link">
                    <strong>{displayName(person)}</strong>
                    <span className="govuk-visually-hidden">’s page</span>
                  </Link>
                ) : (
                  <strong>{displayName(person)}</strong>
                )}
                <span className="umb-people__about">{aboutPerson(person)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
