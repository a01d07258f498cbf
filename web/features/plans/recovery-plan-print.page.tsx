// The recovery plan laid out for the parent to take home (paper or PDF through the browser): large type, plain words,
// their own goals first, then what is working well, the worries with safety goals and their view, actions and who agreed.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ACTION_STATUSES, AGREEMENT_POSITIONS, FAMILY_AGREES, RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { formatDate } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { versionLabel } from '../../ui/ratings-chart.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { HiddenPartsNote } from './hidden-parts.note.tsx';
import { ACTION_LABELS, itemsOf, negotiableWords, WORRY_LABELS } from './item-fields.ts';
import { recoveryPlanQuery } from './plans.queries.ts';
import type { FamilyViewItem, RecoveryPlan } from './plans.types.ts';

const plainTitle = (key: (typeof RECOVERY_PARTS)[number]['key']) => RECOVERY_PARTS.find((part) => part.key === key)?.plainTitle ?? key;

export function RecoveryPlanPrintPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data: view } = useSuspenseQuery(recoveryPlanQuery(familyId));
  usePageTitle(`Family recovery plan to print: ${family.displayName}`);

  return (
    <div className="umb-print">
      <div className="umb-print-hide">
        <Link to="/families/$familyId/recovery-plan" params={{ familyId }} className="govuk-back-link">
          Back to the recovery plan
        </Link>
      </div>
      <h1 className="govuk-heading-xl">Our family recovery plan</h1>
      <p className="govuk-body-l">{family.displayName}</p>
      <HiddenPartsNote count={view.plan?.hiddenItems ?? 0} />
      {view.plan ? <PrintedPlan plan={view.plan} /> : <p className="govuk-body">The recovery plan has not been started yet.</p>}
    </div>
  );
}

function PrintedPlan({ plan }: { plan: RecoveryPlan }) {
  const goals = itemsOf(plan.items, 'parent_goal');
  const strengths = itemsOf(plan.items, 'strength');
  const worries = itemsOf(plan.items, 'worry');
  const actions = itemsOf(plan.items, 'action');
  const views = itemsOf(plan.items, 'family_view');
  const agreements = plan.agreements.filter((a) => a.planVersion === plan.workingVersion);
  const lastFrozen = [...plan.versions].sort((a, b) => b.number - a.number)[0];
  const agreedVersion = agreements.length > 0 || !lastFrozen ? plan.workingVersion : lastFrozen.number;
  const shownAgreements = plan.agreements.filter((a) => a.planVersion === agreedVersion);

  return (
    <>
      <p className="govuk-body">
        {versionLabel(plan.workingVersion, plan.workingVersion)}. Printed on {formatDate(new Date().toISOString())}.
        {plan.reviewOn ? ` We will look at this plan together again on ${formatDate(plan.reviewOn)}.` : ''}
      </p>
      <p className="umb-print-hide">
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>

      <section aria-labelledby="print-goals" className="umb-print__part">
        <h2 className="govuk-heading-l" id="print-goals">
          {plainTitle('goals')}
        </h2>
        {goals.length === 0 ? <p className="govuk-body">Not written down yet.</p> : null}
        <ul className="govuk-list govuk-list--bullet">
          {goals.map((goal) => (
            <li key={goal.id} className="umb-pre-line">
              {goal.content.words}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="print-strengths" className="umb-print__part">
        <h2 className="govuk-heading-l" id="print-strengths">
          {plainTitle('strengths')}
        </h2>
        {strengths.length === 0 ? <p className="govuk-body">Not written down yet.</p> : null}
        <ul className="govuk-list govuk-list--bullet">
          {strengths.map((strength) => (
            <li key={strength.id} className="umb-pre-line">
              {strength.content.isSafety ? <strong>Keeping the children safe already: </strong> : null}
              {strength.content.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="print-worries" className="umb-print__part">
        <h2 className="govuk-heading-l" id="print-worries">
          {plainTitle('worries')}
        </h2>
        {worries.length === 0 ? <p className="govuk-body">Not written down yet.</p> : null}
        {worries.map((worry, index) => {
          const c = worry.content;
          const familyViews = views.filter((v: FamilyViewItem) => v.worryId === worry.id);
          return (
            <div key={worry.id} className="umb-print__item">
              <h3 className="govuk-heading-m">Worry {index + 1}</h3>
              <dl className="umb-print__fields">
                <dt>{WORRY_LABELS.whoIsWorried}</dt>
                <dd>{c.whoIsWorried}</dd>
                <dt>{WORRY_LABELS.worry}</dt>
                <dd>{c.worry}</dd>
                <dt>{WORRY_LABELS.impactOnChild}</dt>
                <dd>{c.impactOnChild}</dd>
              </dl>
              <h4 className="govuk-heading-s">What needs to be different</h4>
              <dl className="umb-print__fields">
                <dt>{WORRY_LABELS.parentWillBeDoing}</dt>
                <dd>{c.safetyGoal.parentWillBeDoing}</dd>
                <dt>{WORRY_LABELS.childWillExperience}</dt>
                <dd>{c.safetyGoal.childWillExperience}</dd>
                <dt>{WORRY_LABELS.professionalsWillSee}</dt>
                <dd>{c.safetyGoal.professionalsWillSee}</dd>
                <dt>{WORRY_LABELS.forHowLong}</dt>
                <dd>{c.safetyGoal.forHowLong}</dd>
              </dl>
              <h4 className="govuk-heading-s">Your view</h4>
              {familyViews.length === 0 ? <p className="govuk-body">Not written down yet.</p> : null}
              {familyViews.map((v) => (
                <div key={v.id}>
                  <p className="govuk-body govuk-!-font-weight-bold">{FAMILY_AGREES[v.content.agrees]}</p>
                  <p className="govuk-body umb-pre-line">{v.content.view}</p>
                </div>
              ))}
            </div>
          );
        })}
      </section>

      <section aria-labelledby="print-actions" className="umb-print__part">
        <h2 className="govuk-heading-l" id="print-actions">
          {plainTitle('actions')}
        </h2>
        {actions.length === 0 ? <p className="govuk-body">Not written down yet.</p> : null}
        {actions.map((action, index) => {
          const c = action.content;
          const requirement = negotiableWords(c);
          return (
            <div key={action.id} className="umb-print__item">
              <h3 className="govuk-heading-m">Action {index + 1}</h3>
              <dl className="umb-print__fields">
                <dt>{ACTION_LABELS.what}</dt>
                <dd>{c.what}</dd>
                <dt>{ACTION_LABELS.who}</dt>
                <dd>{c.who}</dd>
                <dt>{ACTION_LABELS.byWhen}</dt>
                <dd>{formatDate(c.byWhen)}</dd>
                {c.support ? (
                  <>
                    <dt>{ACTION_LABELS.support}</dt>
                    <dd>{c.support}</dd>
                  </>
                ) : null}
                <dt>{ACTION_LABELS.status}</dt>
                <dd>{ACTION_STATUSES[c.status]}</dd>
                {requirement ? (
                  <>
                    <dt>Can this be changed?</dt>
                    <dd>{c.negotiable ? 'Yes, we can talk about it (negotiable)' : 'No (not negotiable)'}</dd>
                  </>
                ) : null}
                {c.onParent && !c.negotiable ? (
                  <>
                    <dt>{ACTION_LABELS.whyAsked}</dt>
                    <dd>{c.whyAsked}</dd>
                    <dt>{ACTION_LABELS.ifNotMet}</dt>
                    <dd>{c.ifNotMet}</dd>
                  </>
                ) : null}
              </dl>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="print-agreed" className="umb-print__part">
        <h2 className="govuk-heading-l" id="print-agreed">
          Who agreed to this plan
        </h2>
        {shownAgreements.length === 0 ? <p className="govuk-body">Nobody has said yet whether they agree.</p> : null}
        {shownAgreements.length > 0 ? <p className="govuk-body">{versionLabel(agreedVersion, plan.workingVersion)}:</p> : null}
        <ul className="govuk-list govuk-list--bullet">
          {shownAgreements.map((agreement) => (
            <li key={agreement.accountId}>
              <strong>{agreement.name}</strong> ({agreement.role}): {AGREEMENT_POSITIONS[agreement.position]}
              {agreement.reasons ? <span className="umb-pre-line">. {agreement.reasons}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
