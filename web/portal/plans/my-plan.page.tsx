// "Your family plan" for the parent: her own goals first, what is working well, the worries with her view and rating, the actions, and whether she agrees.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n.ts';
import { formatDate } from '../../ui/format.ts';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import type { PortalMe } from '../portal.types.ts';
import { ActionList, NegotiableExplained } from './actions.view.tsx';
import { AgreementSection } from './agreement.section.tsx';
import { GoalsSection } from './goals.section.tsx';
import { myPlan as m } from './my-plan.messages.ts';
import { useFormsWithErrors } from './plan-forms.ts';
import { type ItemOf, recoveryPlanQuery } from './plans.api.ts';
import { PlansNav } from './plans-nav.view.tsx';
import { StrengthsSection } from './strengths.section.tsx';
import { WorriesSection } from './worries.section.tsx';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function MyPlanPage({ me }: { me: PortalMe }) {
  const t = useT();
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  usePageTitle(t(m.title), hasErrors);
  const { data } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const { plan, can } = data;

  if (!plan) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h1 className="govuk-heading-l">{t(m.title)}</h1>
          <PlansNav />
          <p className="govuk-body">{t(m.notStarted)}</p>
        </div>
      </div>
    );
  }

  const goals = plan.items.filter((i): i is ItemOf<'parent_goal'> => i.kind === 'parent_goal').sort(byPosition);
  const strengths = plan.items.filter((i): i is ItemOf<'strength'> => i.kind === 'strength').sort(byPosition);
  const otherActions = plan.items.filter((i): i is ItemOf<'action'> => i.kind === 'action' && !i.worryId).sort(byPosition);
  const parts = new Set(plan.visibleParts);
  const contents = [
    parts.has('goals') ? { id: 'goals-heading', label: t(m.contentsGoals) } : null,
    parts.has('strengths') ? { id: 'strengths-heading', label: t(m.contentsStrengths) } : null,
    parts.has('worries') ? { id: 'worries-heading', label: t(m.contentsWorries) } : null,
    parts.has('actions') ? { id: 'actions-heading', label: t(m.contentsActions) } : null,
    { id: 'agreement-heading', label: t(m.contentsAgreement) },
  ].filter((item) => item !== null);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <PlansNav />
        <p className="govuk-body-l">{t(m.intro)}</p>
        <p className="govuk-body">
          {plan.reviewOn
            ? t(m.versionAndReview, { version: plan.workingVersion, date: formatDate(plan.reviewOn) })
            : t(m.version, { version: plan.workingVersion })}
        </p>
        <p className="govuk-body">
          <Link to="/my-plan/print" className="govuk-link">
            {t(m.printLink)}
          </Link>
        </p>
        <nav aria-label={t(m.onThisPage)} className="umb-contents">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{t(m.onThisPage)}</h2>
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
              {t(m.actionsHeading)}
            </h2>
            {parts.has('worries') ? null : <NegotiableExplained viewer="parent" />}
            {otherActions.length === 0 ? (
              <p className="govuk-body">{t(m.allUnderWorries)}</p>
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
