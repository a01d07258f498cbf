// "What people are worried about": each worry with its safety goal, the family's view beside it, ratings and the actions that answer it.

import type { FAMILY_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { useT } from '../../i18n/i18n.ts';
import { Facts } from '../../ui/facts.tsx';
import { RatingsChart } from '../../ui/ratings-chart.tsx';
import { Written } from '../../ui/written.tsx';
import type { PortalMe } from '../portal.types.ts';
import { ActionList, NegotiableExplained, type Viewer } from './actions.view.tsx';
import { FamilyView } from './family-view.form.tsx';
import { bold, familyScaleIn } from './plan-words.tsx';
import type { ItemOf, RecoveryPlan, RecoveryPlanView } from './plans.api.ts';
import { RatingForm, RatingsTable, roleIn } from './rating.form.tsx';
import { planWorries as m } from './worries.messages.ts';
import { WrittenInNote } from './written-note.tsx';

type WorriesProps = {
  familyId: string;
  me: PortalMe;
  plan: RecoveryPlan;
  can: RecoveryPlanView['can'];
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function WorriesSection({ familyId, me, plan, can, onErrorsChange }: WorriesProps) {
  const t = useT();
  const worries = plan.items.filter((i): i is ItemOf<'worry'> => i.kind === 'worry').sort(byPosition);
  return (
    <section aria-labelledby="worries-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="worries-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t.rich(can.addItems.includes('family_view') ? m.introWithView : m.intro, { b: bold })}</p>
      {plan.items.some((i) => i.kind === 'action') ? <NegotiableExplained viewer={me.kind} /> : null}
      {worries.length === 0 ? <p className="govuk-body">{t(m.noneYet)}</p> : null}
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
  const t = useT();
  const viewer: Viewer = me.kind;
  const name = t(m.worryName, { number });
  const headingId = `worry-${worry.id}-heading`;
  const views = plan.items
    .filter((i): i is ItemOf<'family_view'> => i.kind === 'family_view' && i.worryId === worry.id)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const actions = plan.items.filter((i): i is ItemOf<'action'> => i.kind === 'action' && i.worryId === worry.id).sort(byPosition);
  const ratings = plan.ratings.filter((r) => r.itemId === worry.id);
  const mine = ratings.find((r) => r.accountId === me.accountId && r.planVersion === plan.workingVersion) ?? null;
  const goal = worry.content.safetyGoal;
  const parentDoing = t(viewer === 'parent' ? m.youWillBeDoing : viewer === 'young_person' ? m.mumOrDadWillBeDoing : m.parentWillBeDoing);
  // The chart's ends in the family's words, never the workers' anchors.
  const scale: Record<keyof typeof FAMILY_RATING_SCALE, string> = familyScaleIn(t);
  // The workers' words, each marked with the language they were written in (one note for the card).
  const words = (text: string) => (
    <Written lang={worry.writtenIn} as="span">
      {text}
    </Written>
  );

  return (
    <article className="umb-mp-worry" aria-labelledby={headingId}>
      <h3 className="govuk-heading-m govuk-!-margin-bottom-3" id={headingId}>
        {t(m.worry, { number })}
      </h3>
      <WrittenInNote lang={worry.writtenIn} />
      <Facts
        facts={[
          { key: t(m.whoIsWorried), value: words(worry.content.whoIsWorried), className: 'umb-pre-line' },
          { key: t(m.whatIsHappening), value: words(worry.content.worry), className: 'umb-pre-line' },
          { key: t(m.ifNothingChanges), value: words(worry.content.impactOnChild), className: 'umb-pre-line' },
        ]}
      />
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t(m.safetyGoal)}</h4>
      <Facts
        facts={[
          { key: parentDoing, value: words(goal.parentWillBeDoing), className: 'umb-pre-line' },
          { key: t(m.childrenWillNotice), value: words(goal.childWillExperience), className: 'umb-pre-line' },
          { key: t(m.workersWillSee), value: words(goal.professionalsWillSee), className: 'umb-pre-line' },
          { key: t(m.forHowLong), value: words(goal.forHowLong), className: 'umb-pre-line' },
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
          <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t(m.doneAboutIt)}</h4>
          <ActionList actions={actions} headingLevel={5} viewer={viewer} />
        </>
      ) : null}
      <div className="umb-mp-worry__ratings">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t(can.rate ? m.yourRating : m.ratings)}</h4>
        {can.rate ? <RatingForm familyId={familyId} itemId={worry.id} itemName={name} mine={mine} onErrorsChange={onErrorsChange} /> : null}
        <RatingsTable ratings={ratings} caption={t(m.ratingsCaption, { number })} />
        {/* Once there is more than one version, a chart shows how each person's rating moved over time. */}
        {plan.workingVersion > 1 && ratings.length > 0 ? (
          <RatingsChart
            id={`ratings-chart-${worry.id}`}
            title={t(m.chartTitle, { number })}
            ratings={ratings.map((r) => ({ ...r, role: roleIn(t, r) }))}
            workingVersion={plan.workingVersion}
            scale={scale}
          />
        ) : null}
      </div>
    </article>
  );
}
