// "Your family plan" for the parent: her own goals first, what is working well, the worries with her view and rating, the actions, and whether she agrees.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../ui/format.ts';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import type { PortalMe } from '../portal.types.ts';
import { ActionList, NegotiableExplained } from './actions.view.tsx';
import { AgreementSection } from './agreement.section.tsx';
import { GoalsSection } from './goals.section.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { type ItemOf, recoveryPlanQuery } from './plans.api.ts';
import { PlansNav } from './plans-nav.view.tsx';
import { StrengthsSection } from './strengths.section.tsx';
import { WorriesSection } from './worries.section.tsx';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function MyPlanPage({ me }: { me: PortalMe }) {
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  usePageTitle('Your family plan', hasErrors);
  const { data } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const { plan, can } = data;

  if (!plan) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h1 className="govuk-heading-l">Your family plan</h1>
          <PlansNav />
          <p className="govuk-body">
            Your family plan has not been started yet. Your key workers will start it with you, and you will be able to add your own goals
            and your view.
          </p>
        </div>
      </div>
    );
  }

  const goals = plan.items.filter((i): i is ItemOf<'parent_goal'> => i.kind === 'parent_goal').sort(byPosition);
  const strengths = plan.items.filter((i): i is ItemOf<'strength'> => i.kind === 'strength').sort(byPosition);
  const otherActions = plan.items.filter((i): i is ItemOf<'action'> => i.kind === 'action' && !i.worryId).sort(byPosition);
  const parts = new Set(plan.visibleParts);
  const contents = [
    parts.has('goals') ? { id: 'goals-heading', label: 'Your goals' } : null,
    parts.has('strengths') ? { id: 'strengths-heading', label: 'What is working well' } : null,
    parts.has('worries') ? { id: 'worries-heading', label: 'What people are worried about' } : null,
    parts.has('actions') ? { id: 'actions-heading', label: 'Who will do what' } : null,
    { id: 'agreement-heading', label: 'Do you agree with this plan?' },
  ].filter((item) => item !== null);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Your family plan</h1>
        <PlansNav />
        <p className="govuk-body-l">
          The plan you and your workers make together: what you want, what is going well, what people are worried about and what will happen
          next.
        </p>
        <p className="govuk-body">
          This is version {plan.workingVersion}.
          {plan.reviewOn ? ` It will be looked at again together on ${formatDate(plan.reviewOn)}.` : ''}
        </p>
        <p className="govuk-body">
          <Link to="/my-plan/print" className="govuk-link">
            Print your plan or save it as a PDF
          </Link>
        </p>
        <nav aria-label="On this page" className="umb-contents">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">On this page</h2>
          <ul className="govuk-list umb-contents__list">
            {contents.map((item) => (
              <li key={item.id}>
                <InPageLink target={item.id}>{item.label}</InPageLink>
              </li>
            ))}
          </ul>
        </nav>
        {parts.has('goals') ? (
          <GoalsSection
            familyId={me.familyId}
            goals={goals}
            canAdd={can.addItems.includes('parent_goal')}
            onErrorsChange={onErrorsChange}
          />
        ) : null}
        {parts.has('strengths') ? (
          <StrengthsSection
            familyId={me.familyId}
            strengths={strengths}
            canAdd={can.addItems.includes('strength')}
            onErrorsChange={onErrorsChange}
          />
        ) : null}
        {parts.has('worries') ? (
          <WorriesSection familyId={me.familyId} me={me} plan={plan} can={can} onErrorsChange={onErrorsChange} />
        ) : null}
        {parts.has('actions') ? (
          <section aria-labelledby="actions-heading" className="umb-section">
            <h2 className="govuk-heading-m" id="actions-heading">
              Who will do what, and by when
            </h2>
            {parts.has('worries') ? null : <NegotiableExplained viewer="parent" />}
            {otherActions.length === 0 ? (
              <p className="govuk-body">Everything that will be done is written under the worry it is about.</p>
            ) : (
              <ActionList actions={otherActions} headingLevel={3} viewer="parent" />
            )}
          </section>
        ) : null}
        <AgreementSection
          familyId={me.familyId}
          accountId={me.accountId}
          plan={plan}
          canAgree={can.agree}
          onErrorsChange={onErrorsChange}
        />
      </div>
    </div>
  );
}
