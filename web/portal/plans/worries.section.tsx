// "What people are worried about": each worry with its safety goal, the family's view beside it, ratings and the actions that answer it.

import { FAMILY_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { Facts } from '../../ui/facts.tsx';
import { RatingsChart } from '../../ui/ratings-chart.tsx';
import type { PortalMe } from '../portal.types.ts';
import { ActionList, NegotiableExplained, type Viewer } from './actions.view.tsx';
import { FamilyView } from './family-view.form.tsx';
import type { ItemOf, RecoveryPlan, RecoveryPlanView } from './plans.api.ts';
import { RatingForm, RatingsTable } from './rating.form.tsx';

type WorriesProps = {
  familyId: string;
  me: PortalMe;
  plan: RecoveryPlan;
  can: RecoveryPlanView['can'];
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function WorriesSection({ familyId, me, plan, can, onErrorsChange }: WorriesProps) {
  const worries = plan.items.filter((i): i is ItemOf<'worry'> => i.kind === 'worry').sort(byPosition);
  return (
    <section aria-labelledby="worries-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="worries-heading">
        What people are worried about, and what needs to be different
      </h2>
      <p className="govuk-body">
        Each worry says who is worried and why. Under it is the <strong>safety goal</strong>: what needs to be different, so that everyone
        can agree the children are safe.
        {can.addItems.includes('family_view') ? ' You can add your own view of each worry, and say if you do not agree.' : ''}
      </p>
      {plan.items.some((i) => i.kind === 'action') ? <NegotiableExplained viewer={me.kind} /> : null}
      {worries.length === 0 ? <p className="govuk-body">There are no worries written in the plan yet.</p> : null}
      <ol className="govuk-list umb-mp-list">
        {worries.map((worry, index) => (
          <li key={worry.id}>
            <WorryCard familyId={familyId} me={me} plan={plan} can={can} worry={worry} number={index + 1} onErrorsChange={onErrorsChange} />
          </li>
        ))}
      </ol>
    </section>
  );
}

type WorryCardProps = Omit<WorriesProps, never> & { worry: ItemOf<'worry'>; number: number };

function WorryCard({ familyId, me, plan, can, worry, number, onErrorsChange }: WorryCardProps) {
  const viewer: Viewer = me.kind;
  const name = `worry ${number}`;
  const headingId = `worry-${worry.id}-heading`;
  const views = plan.items
    .filter((i): i is ItemOf<'family_view'> => i.kind === 'family_view' && i.worryId === worry.id)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const actions = plan.items.filter((i): i is ItemOf<'action'> => i.kind === 'action' && i.worryId === worry.id).sort(byPosition);
  const ratings = plan.ratings.filter((r) => r.itemId === worry.id);
  const mine = ratings.find((r) => r.accountId === me.accountId && r.planVersion === plan.workingVersion) ?? null;
  const goal = worry.content.safetyGoal;
  const parentDoing =
    viewer === 'parent'
      ? 'What you will be doing'
      : viewer === 'young_person'
        ? 'What your mum or dad will be doing'
        : 'What the parent will be doing';

  return (
    <article className="umb-mp-worry" aria-labelledby={headingId}>
      <h3 className="govuk-heading-m govuk-!-margin-bottom-3" id={headingId}>
        Worry {number}
      </h3>
      <Facts
        facts={[
          { key: 'Who is worried', value: worry.content.whoIsWorried, className: 'umb-pre-line' },
          { key: 'What is happening', value: worry.content.worry, className: 'umb-pre-line' },
          { key: 'What could happen to the children if nothing changes', value: worry.content.impactOnChild, className: 'umb-pre-line' },
        ]}
      />
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">Safety goal: what needs to be different</h4>
      <Facts
        facts={[
          { key: parentDoing, value: goal.parentWillBeDoing, className: 'umb-pre-line' },
          { key: 'What the children will notice', value: goal.childWillExperience, className: 'umb-pre-line' },
          { key: 'What the workers will see', value: goal.professionalsWillSee, className: 'umb-pre-line' },
          { key: 'For how long', value: goal.forHowLong, className: 'umb-pre-line' },
        ]}
      />
      <FamilyView
        familyId={familyId}
        worryId={worry.id}
        worryName={name}
        view={views[0] ?? null}
        canWrite={can.addItems.includes('family_view')}
        onErrorsChange={onErrorsChange}
      />
      {actions.length > 0 ? (
        <>
          <h4 className="govuk-heading-s govuk-!-margin-bottom-2">What will be done about this worry</h4>
          <ActionList actions={actions} headingLevel={5} viewer={viewer} />
        </>
      ) : null}
      <div className="umb-mp-worry__ratings">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{can.rate ? 'Your rating' : 'Ratings'}</h4>
        {can.rate ? <RatingForm familyId={familyId} itemId={worry.id} itemName={name} mine={mine} onErrorsChange={onErrorsChange} /> : null}
        <RatingsTable ratings={ratings} caption={`Everyone’s ratings for worry ${number}`} />
        {/* Once there is more than one version, a chart shows how each person's rating moved over time. */}
        {plan.workingVersion > 1 && ratings.length > 0 ? (
          <RatingsChart
            id={`ratings-chart-${worry.id}`}
            title={`How everyone’s ratings for worry ${number} changed, version by version`}
            ratings={ratings}
            workingVersion={plan.workingVersion}
            scale={FAMILY_RATING_SCALE}
          />
        ) : null}
      </div>
    </article>
  );
}
