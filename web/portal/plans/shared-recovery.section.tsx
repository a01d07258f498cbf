// The parts of the family plan a parent shared with a young person or a trusted person, with their own ratings and agreement where they are invited to give them.
import { useT } from '../../i18n/i18n.ts';
import { Written } from '../../ui/written.tsx';
import type { PortalMe } from '../portal.types.ts';
import { ActionList } from './actions.view.tsx';
import { AgreementSection } from './agreement.section.tsx';
import { planGoals } from './goals.messages.ts';
import { myPlan } from './my-plan.messages.ts';
import type { ItemOf, RecoveryPlanView } from './plans.api.ts';
import { RatingForm } from './rating.form.tsx';
import { sharedWithMe as m } from './shared-with-me.messages.ts';
import { planStrengths } from './strengths.messages.ts';
import { WorriesSection } from './worries.section.tsx';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

type SharedRecoveryProps = {
  me: PortalMe;
  view: RecoveryPlanView;
  parentName: string;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function SharedRecoveryPlan({ me, view, parentName, onErrorsChange }: SharedRecoveryProps) {
  const t = useT();
  const { plan, can } = view;
  if (!plan || plan.visibleParts.length === 0) return null;
  const parts = new Set(plan.visibleParts);
  const goals = plan.items.filter((i): i is ItemOf<'parent_goal'> => i.kind === 'parent_goal').sort(byPosition);
  const strengths = plan.items.filter((i): i is ItemOf<'strength'> => i.kind === 'strength').sort(byPosition);
  const actions = plan.items.filter((i): i is ItemOf<'action'> => i.kind === 'action' && !i.worryId).sort(byPosition);
  return (
    <>
      {parts.has('goals') ? (
        <section aria-labelledby="goals-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="goals-heading">
            {t(m.goalsHeading, { name: parentName })}
          </h2>
          <p className="govuk-body">{t(m.goalsIntro, { name: parentName })}</p>
          {goals.length === 0 ? <p className="govuk-body">{t(m.nothingWrittenYet)}</p> : null}
          <ol className="govuk-list umb-mp-list">
            {goals.map((goal, index) => (
              <li key={goal.id} className="umb-mp-item">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{t(planGoals.goal, { number: index + 1 })}</h3>
                <Written lang={goal.writtenIn} className="govuk-body umb-pre-line umb-mp-own-words">
                  {goal.content.words}
                </Written>
                {can.rate ? (
                  <RatingForm
                    familyId={me.familyId}
                    itemId={goal.id}
                    itemName={t(planGoals.goalName, { number: index + 1 })}
                    mine={
                      plan.ratings.find(
                        (r) => r.itemId === goal.id && r.accountId === me.accountId && r.planVersion === plan.workingVersion,
                      ) ?? null
                    }
                    onErrorsChange={onErrorsChange}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {parts.has('strengths') ? (
        <section aria-labelledby="strengths-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="strengths-heading">
            {t(planStrengths.heading)}
          </h2>
          {strengths.length === 0 ? <p className="govuk-body">{t(m.nothingWrittenYet)}</p> : null}
          <ul className="govuk-list govuk-list--bullet">
            {strengths.map((strength) => (
              <li key={strength.id} className="umb-pre-line">
                <Written lang={strength.writtenIn} as="span" note>
                  {strength.content.text}
                </Written>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {parts.has('worries') ? (
        <WorriesSection familyId={me.familyId} me={me} plan={plan} can={can} onErrorsChange={onErrorsChange} />
      ) : null}
      {parts.has('actions') && actions.length > 0 ? (
        <section aria-labelledby="actions-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="actions-heading">
            {t(myPlan.actionsHeading)}
          </h2>
          <ActionList actions={actions} headingLevel={3} viewer={me.kind} />
        </section>
      ) : null}
      {can.agree ? (
        <AgreementSection familyId={me.familyId} accountId={me.accountId} plan={plan} canAgree onErrorsChange={onErrorsChange} />
      ) : null}
    </>
  );
}
