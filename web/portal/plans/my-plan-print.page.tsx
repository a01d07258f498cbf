// The family plan to take home: large type, plain words, the parent's own goals first, no menus when printed, fits A4.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ACTION_STATUSES, AGREEMENT_POSITIONS, FAMILY_AGREES, FAMILY_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { formatDate } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import type { PortalMe } from '../portal.types.ts';
import { type ItemOf, type RecoveryPlan, recoveryPlanQuery } from './plans.api.ts';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function PrintPlanPage({ me }: { me: PortalMe }) {
  usePageTitle('Your family plan to print');
  const { data } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const plan = data.plan;

  return (
    <div className="umb-mp-print">
      <div className="umb-mp-print__controls">
        <Link to="/my-plan" className="govuk-back-link">
          Back to your family plan
        </Link>
        {plan ? (
          <p className="govuk-body">
            <button type="button" className="govuk-button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          </p>
        ) : null}
      </div>
      <h1 className="govuk-heading-l">Your family plan</h1>
      {plan ? <PrintedPlan plan={plan} accountId={me.accountId} /> : <p>Your family plan has not been started yet.</p>}
    </div>
  );
}

function PrintedPlan({ plan, accountId }: { plan: RecoveryPlan; accountId: string }) {
  const items = [...plan.items].sort(byPosition);
  const goals = items.filter((i): i is ItemOf<'parent_goal'> => i.kind === 'parent_goal');
  const strengths = items.filter((i): i is ItemOf<'strength'> => i.kind === 'strength');
  const worries = items.filter((i): i is ItemOf<'worry'> => i.kind === 'worry');
  const actions = items.filter((i): i is ItemOf<'action'> => i.kind === 'action');
  const mine = plan.agreements.find((a) => a.accountId === accountId && a.planVersion === plan.workingVersion);
  const parts = new Set(plan.visibleParts);

  return (
    <>
      <p>
        Version {plan.workingVersion}, printed on {formatDate(new Date().toISOString())}.
        {plan.reviewOn ? ` You and your workers will look at it again on ${formatDate(plan.reviewOn)}.` : ''}
      </p>

      {parts.has('goals') ? (
        <section aria-labelledby="print-goals">
          <h2 id="print-goals">Your goals, in your own words</h2>
          {goals.length === 0 ? <p>You have not written any goals yet.</p> : null}
          <ol>
            {goals.map((goal) => (
              <li key={goal.id} className="umb-pre-line">
                {goal.content.words}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {parts.has('strengths') ? (
        <section aria-labelledby="print-strengths">
          <h2 id="print-strengths">What is working well</h2>
          {strengths.length === 0 ? <p>Nothing has been written here yet.</p> : null}
          <ul>
            {strengths.map((strength) => (
              <li key={strength.id} className="umb-pre-line">
                {strength.content.text}
                {strength.content.isSafety ? ' (this helps keep the children safe)' : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {parts.has('worries') ? (
        <section aria-labelledby="print-worries">
          <h2 id="print-worries">What people are worried about, and what needs to be different</h2>
          <p>
            Ratings go from 0 to 10. 0 means: {FAMILY_RATING_SCALE[0].toLowerCase()}. 10 means: {FAMILY_RATING_SCALE[10].toLowerCase()}.
          </p>
          {worries.map((worry, index) => {
            const view = items
              .filter((i): i is ItemOf<'family_view'> => i.kind === 'family_view' && i.worryId === worry.id)
              .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
            const myRating = plan.ratings.find(
              (r) => r.itemId === worry.id && r.accountId === accountId && r.planVersion === plan.workingVersion,
            );
            const goal = worry.content.safetyGoal;
            return (
              <div key={worry.id} className="umb-mp-print__worry">
                <h3>Worry {index + 1}</h3>
                <dl className="umb-mp-print__facts">
                  <dt>Who is worried</dt>
                  <dd className="umb-pre-line">{worry.content.whoIsWorried}</dd>
                  <dt>What is happening</dt>
                  <dd className="umb-pre-line">{worry.content.worry}</dd>
                  <dt>What could happen to the children if nothing changes</dt>
                  <dd className="umb-pre-line">{worry.content.impactOnChild}</dd>
                  <dt>What you will be doing</dt>
                  <dd className="umb-pre-line">{goal.parentWillBeDoing}</dd>
                  <dt>What the children will notice</dt>
                  <dd className="umb-pre-line">{goal.childWillExperience}</dd>
                  <dt>What the workers will see</dt>
                  <dd className="umb-pre-line">{goal.professionalsWillSee}</dd>
                  <dt>For how long</dt>
                  <dd className="umb-pre-line">{goal.forHowLong}</dd>
                  <dt>Your view</dt>
                  <dd className="umb-pre-line">
                    {view ? `${FAMILY_AGREES[view.content.agrees]}. ${view.content.view}` : 'Not written yet.'}
                  </dd>
                  <dt>Your rating</dt>
                  <dd>{myRating ? `${myRating.score} out of 10` : 'Not given yet.'}</dd>
                </dl>
              </div>
            );
          })}
        </section>
      ) : null}

      {parts.has('actions') ? (
        <section aria-labelledby="print-actions">
          <h2 id="print-actions">Who will do what, and by when</h2>
          {actions.length === 0 ? <p>Nothing has been written here yet.</p> : null}
          {actions.map((action) => (
            <div key={action.id} className="umb-mp-print__action">
              <h3 className="umb-pre-line">{action.content.what}</h3>
              <dl className="umb-mp-print__facts">
                <dt>Who</dt>
                <dd>{action.content.who}</dd>
                <dt>By when</dt>
                <dd>{formatDate(action.content.byWhen)}</dd>
                {action.content.support ? (
                  <>
                    <dt>Help that comes with it</dt>
                    <dd className="umb-pre-line">{action.content.support}</dd>
                  </>
                ) : null}
                <dt>How it is going</dt>
                <dd>{ACTION_STATUSES[action.content.status]}</dd>
                {action.content.onParent ? (
                  <>
                    <dt>Can this be talked about?</dt>
                    <dd>{action.content.negotiable ? 'Yes: it is negotiable.' : 'No: it is not negotiable.'}</dd>
                  </>
                ) : null}
                {action.content.onParent && !action.content.negotiable ? (
                  <>
                    <dt>Why this is asked</dt>
                    <dd className="umb-pre-line">{action.content.whyAsked}</dd>
                    <dt>What happens if it is not done</dt>
                    <dd className="umb-pre-line">{action.content.ifNotMet}</dd>
                  </>
                ) : null}
              </dl>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="print-agreement">
        <h2 id="print-agreement">Do you agree with this plan?</h2>
        <p>
          {mine ? `You said: ${AGREEMENT_POSITIONS[mine.position]}.${mine.reasons ? ` ${mine.reasons}` : ''}` : 'You have not said yet.'}
        </p>
        {plan.agreements.filter((a) => a.planVersion === plan.workingVersion && a.accountId !== accountId).length > 0 ? (
          <ul>
            {plan.agreements
              .filter((a) => a.planVersion === plan.workingVersion && a.accountId !== accountId)
              .map((a) => (
                <li key={a.accountId}>
                  {a.name}: {AGREEMENT_POSITIONS[a.position]}
                </li>
              ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
