// "Who is in your family": each home and the people in it, in plain words; a parent can open each child's own page.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { parentWord } from '../../shared/domain/people.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import type { FamilyOverview, Person } from '../api/types.ts';
import { useT } from '../i18n/i18n.ts';
import { displayName } from '../ui/format.ts';
import { addressText, groupByHousehold } from '../ui/households.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { namesInLanguage } from './family-names.ts';
import { myFamily as m } from './my-family.messages.ts';

const KIND_WORDS: Record<Person['kind'], Message> = {
  parent: m.kind_parent,
  child: m.kind_child,
  other_adult: m.kind_other_adult,
  network_member: m.kind_network_member,
};

const bold = (text: ReactNode[]) => <strong>{text}</strong>;
const hidden = (text: ReactNode[]) => <span className="govuk-visually-hidden">{text}</span>;

type FamilyMembersProps = Pick<FamilyOverview, 'households' | 'people'> & {
  linkChildren?: boolean;
  relationships?: FamilyOverview['relationships'];
};

export function FamilyMembersSection({ households, people, linkChildren = false, relationships = [] }: FamilyMembersProps) {
  const t = useT();
  // A parent is named by their children ("Jamie and Clare’s dad"), so a father who lives elsewhere reads as the
  // children's dad, never as someone the family trusts (issue 13 §6).
  const aboutPerson = (person: Person): string => {
    const children = relationships
      .filter((r) => r.kind === 'parent_of' && r.fromPersonId === person.id)
      .map((r) => people.find((p) => p.id === r.toPersonId))
      .filter((p): p is Person => p !== undefined)
      .map(displayName);
    const words =
      person.kind === 'parent' && children.length > 0
        ? t(m.parentOf, { children: namesInLanguage(t, children), word: parentWord(person.pronouns) })
        : t(KIND_WORDS[person.kind]);
    return person.age === null ? words : t(m.withAge, { words, age: person.age });
  };
  const groups = groupByHousehold(households, people);
  return (
    <section aria-labelledby="family-members-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="family-members-heading">
        {t(m.whoIsInFamily)}
      </h2>
      {groups.map((group) => (
        <div className="umb-household" key={group.household?.id ?? 'elsewhere'}>
          <h3 className="govuk-heading-s">
            {group.household ? (
              // A household's name is a worker's words ("Marie’s home"), shown as written.
              <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
                {group.household.name}
              </Written>
            ) : (
              t(m.otherPeople)
            )}
          </h3>
          {group.household ? (
            <p className="govuk-body umb-address">
              <span className="govuk-visually-hidden">{t(m.address)}</span>
              {addressText(group.household)}
            </p>
          ) : null}
          <ul className="govuk-list umb-people">
            {group.people.map((person) => (
              <li key={person.id}>
                {linkChildren && person.kind === 'child' ? (
                  <Link to="/my-family/children/$personId" params={{ personId: person.id }} className="govuk-link umb-people__link">
                    {t.rich(m.childLink, { b: bold, hidden, name: displayName(person) })}
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
