// The family recovery plan for the care team: the parent's goals, what is working well, worries with safety goals and the
// family's view, actions, ratings, who agrees, reviews and versions, and settings.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../ui/format.ts';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { useProfessional } from '../auth/use-me.ts';
import { familyQuery } from '../families/families.queries.ts';
import { ActionsSection } from './actions.section.tsx';
import { AgreementSection } from './agreement.section.tsx';
import { GoalsSection } from './goals.section.tsx';
import { HiddenPartsNote } from './hidden-parts.note.tsx';
import { PageWithForms } from './plan-page-errors.tsx';
import { PlanSettingsForm } from './plan-settings.form.tsx';
import { recoveryPlanQuery } from './plans.queries.ts';
import type { RecoveryPlanView } from './plans.types.ts';
import { RecoveryStartForm } from './recovery-start.form.tsx';
import { ReviewSection, VersionsSection } from './review.section.tsx';
import { StrengthsSection } from './strengths.section.tsx';
import { WorriesSection } from './worries.section.tsx';

type StartedView = RecoveryPlanView & { plan: NonNullable<RecoveryPlanView['plan']> };

export function RecoveryPlanPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data: view } = useSuspenseQuery(recoveryPlanQuery(familyId));
  return (
    <PageWithForms title={`Family recovery plan: ${family.displayName}`}>
      <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
        Back to the family
      </Link>
      <span className="govuk-caption-l">{family.displayName}</span>
      <h1 className="govuk-heading-xl">Family recovery plan</h1>
      {view.plan ? (
        <StartedPlan familyId={familyId} view={view as StartedView} />
      ) : view.can.start ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds-from-desktop">
            <RecoveryStartForm familyId={familyId} />
          </div>
        </div>
      ) : (
        <p className="govuk-body">The recovery plan has not been started yet. A key worker on the care team can start it.</p>
      )}
    </PageWithForms>
  );
}

function StartedPlan({ familyId, view }: { familyId: string; view: StartedView }) {
  const me = useProfessional();
  const { plan, can } = view;
  const contents = [
    { id: 'goals-heading', label: 'The parent’s own goals' },
    { id: 'strengths-heading', label: 'What is working well' },
    { id: 'worries-heading', label: 'Worries and safety goals' },
    { id: 'actions-heading', label: 'Actions' },
    { id: 'agreement-heading', label: 'Who agrees with the plan' },
    ...(can.review ? [{ id: 'review-heading', label: 'Review the plan' }] : []),
    { id: 'versions-heading', label: 'Versions of the plan' },
    ...(can.editSettings ? [{ id: 'settings-heading', label: 'Plan settings' }] : []),
  ];
  return (
    <>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-margin-bottom-1">
          Version {plan.workingVersion} is being written now.{' '}
          {plan.reviewOn ? `The next review is on ${formatDate(plan.reviewOn)}.` : 'No review date is set.'}
        </p>
      </div>
      <HiddenPartsNote count={plan.hiddenItems} />
      <ul className="govuk-list umb-plan-links">
        <li>
          <Link to="/families/$familyId/recovery-plan/print" params={{ familyId }} className="govuk-link">
            Print the plan for the family
          </Link>
        </li>
        <li>
          <Link to="/families/$familyId/plans" params={{ familyId }} className="govuk-link">
            Children’s plans and the parent’s wellness plan
          </Link>
        </li>
      </ul>
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
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full umb-plan">
          <GoalsSection familyId={familyId} plan={plan} canEdit={can.addItems.includes('parent_goal')} />
          <StrengthsSection familyId={familyId} plan={plan} canEdit={can.addItems.includes('strength')} />
          <WorriesSection familyId={familyId} view={view} myAccountId={me?.accountId ?? null} />
          <ActionsSection familyId={familyId} view={view} />
          <div className="umb-plan-narrow">
            <AgreementSection familyId={familyId} plan={plan} myAccountId={me?.accountId ?? null} canAgree={can.agree} />
            {can.review ? <ReviewSection familyId={familyId} plan={plan} /> : null}
            <VersionsSection familyId={familyId} plan={plan} />
            {can.editSettings ? <PlanSettingsForm familyId={familyId} plan={plan} people={view.people} /> : null}
          </div>
        </div>
      </div>
    </>
  );
}
