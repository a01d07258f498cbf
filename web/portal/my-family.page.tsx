// "Your family": the parent portal's home, in plain words, with the way to each person's plans, loaded as its own small chunk.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import type { FamilyOverview } from '../api/types.ts';
import { useT } from '../i18n/i18n.ts';
import { displayName } from '../ui/format.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { FamilyMembersSection } from './family-members.section.tsx';
import { InvolvementPlainSection } from './involvement-plain.section.tsx';
import { myFamily as m } from './my-family.messages.ts';
import { myFamilyQuery } from './my-family.queries.ts';
import { NewMessagesBanner } from './new-messages.banner.tsx';
import { PlansLinksSection } from './plans/plans-links.section.tsx';
import type { PortalMe } from './portal.types.ts';
import { ParentLinksSection, WelcomeSection } from './welcome.section.tsx';
import { WorkingWithYouSection } from './working-with-you.section.tsx';

// Loaded only for those who read their messages here: its buttons bring the form code, which a parent's first load leaves out.
const MessagesSection = lazy(() => import('./messages.section.tsx').then((m) => ({ default: m.MessagesSection })));
// Requests for feedback (issue 18 §1) come after the page: their code and words are not in the family's first load.
const FeedbackAsksSection = lazy(() => import('./feedback/feedback-asks.section.tsx').then((m) => ({ default: m.FeedbackAsksSection })));

/** The parent a trusted person's welcome names: the first parent in the family. */
const parentNameOf = (people: { kind: string; preferredName: string | null; fullName: string }[], otherwise: string) => {
  const parent = people.find((p) => p.kind === 'parent');
  return parent ? (parent.preferredName ?? parent.fullName) : otherwise;
};

/** The children a parent is recorded as a parent of, by name: a parent who lives elsewhere is welcomed with them. */
const childNamesOf = (personId: string, family: Pick<FamilyOverview, 'people' | 'relationships'>) =>
  family.relationships
    .filter((r) => r.kind === 'parent_of' && r.fromPersonId === personId)
    .map((r) => family.people.find((p) => p.id === r.toPersonId && p.kind === 'child'))
    .filter((p) => p !== undefined)
    .map(displayName);

/** `me` says who is looking: a parent can open each child's own page. */
export function MyFamilyPage({ me }: { me?: PortalMe }) {
  const t = useT();
  usePageTitle(t(m.title));
  const { data: family } = useSuspenseQuery(myFamilyQuery);
  // The parent and a young person read their messages on "Your information"; a trusted person and a parent who lives
  // elsewhere have no such page, so theirs are here, where the "something new" email brings them.
  const messagesHere = me?.kind === 'network_member' || me?.kind === 'other_parent';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {me && !messagesHere ? <NewMessagesBanner /> : null}
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body-l">{t(m.intro)}</p>
        {me ? (
          <div className="umb-help-links">
            <Link to="/my-family/help" className="govuk-button govuk-!-margin-bottom-3" draggable={false}>
              {t(me.kind === 'parent' || me.kind === 'young_person' ? m.needHelp : m.raiseWorry)}
            </Link>
            {me.kind === 'parent' ? (
              <p className="govuk-body">
                <Link to="/my-family/check-in" className="govuk-link">
                  {t(m.checkIn)}
                </Link>
              </p>
            ) : null}
            {me.kind !== 'network_member' ? (
              <p className="govuk-body">
                <Link to="/my-family/needs" className="govuk-link">
                  {t(m.whatWouldHelp)}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
        {me ? (
          <WelcomeSection me={me} parentName={parentNameOf(family.people, t(m.theParent))} childNames={childNamesOf(me.personId, family)} />
        ) : null}
        {me ? (
          <Suspense fallback={null}>
            <FeedbackAsksSection />
          </Suspense>
        ) : null}
        {me ? <PlansLinksSection kind={me.kind} /> : null}
        {messagesHere ? (
          <Suspense fallback={null}>
            <MessagesSection />
          </Suspense>
        ) : null}
        <FamilyMembersSection
          households={family.households}
          people={family.people}
          relationships={family.relationships}
          linkChildren={me?.kind === 'parent'}
        />
        <WorkingWithYouSection careTeam={family.careTeam} />
        <InvolvementPlainSection level={family.involvement.level} explanation={family.involvement.explanation} />
        {me?.kind === 'parent' ? <ParentLinksSection /> : null}
      </div>
    </div>
  );
}
