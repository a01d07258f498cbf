// One worry in the plan: what is happening and its impact, the safety goal, the family's view beside it, and everyone's ratings.
import { FAMILY_AGREES, WORKER_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { RatingsChart } from '../../ui/ratings-chart.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Written } from '../../ui/written.tsx';
import { FamilyViewForm } from './family-view.form.tsx';
import { AddButton, ChangedBy, DoneMessage, EditButton, useItemEditing } from './item-editing.tsx';
import { WORRY_LABELS } from './item-fields.ts';
import type { FamilyViewItem, RecoveryPlan, WorryItem } from './plans.types.ts';
import { RatingForm } from './rating.form.tsx';
import { WorryForm } from './worry.form.tsx';

type WorryCardProps = {
  familyId: string;
  plan: RecoveryPlan;
  worry: WorryItem;
  title: string;
  myAccountId: string | null;
  canEdit: boolean;
  canAddView: boolean;
  canRate: boolean;
};

export function WorryCard({ familyId, plan, worry, title, myAccountId, canEdit, canAddView, canRate }: WorryCardProps) {
  const editing = useItemEditing();
  const headingId = `worry-${worry.id}-title`;
  const views = plan.items.filter((item): item is FamilyViewItem => item.kind === 'family_view' && item.worryId === worry.id);
  const ratings = plan.ratings.filter((rating) => rating.itemId === worry.id);
  const mine = ratings.find((rating) => rating.accountId === myAccountId && rating.planVersion === plan.workingVersion) ?? null;
  const c = worry.content;

  return (
    <article className="umb-plan-card" aria-labelledby={headingId}>
      <div className="umb-plan-card__header">
        <h3 className="govuk-heading-m umb-plan-card__title" id={headingId}>
          {title}
        </h3>
        {canEdit && editing.editing !== worry.id ? (
          <EditButton itemKey={worry.id} what={title} onClick={() => editing.open(worry.id)} />
        ) : null}
      </div>
      <DoneMessage message={editing.message} />
      {editing.editing === worry.id ? (
        <WorryForm familyId={familyId} worry={worry} heading={`Edit ${title.toLowerCase()}`} onDone={(m) => editing.close(worry.id, m)} />
      ) : (
        <div className="umb-plan-worry">
          <div className="umb-plan-worry__main">
            {worry.flags.length > 0 ? (
              <p className="govuk-body umb-plan-flag">
                <strong>This worry uses a diagnostic label</strong> ({worry.flags.join(', ')}). Describe what people see or hear instead.
              </p>
            ) : null}
            <SummaryList
              rows={[
                { key: WORRY_LABELS.whoIsWorried, value: <span className="umb-pre-line">{c.whoIsWorried}</span> },
                { key: WORRY_LABELS.worry, value: <span className="umb-pre-line">{c.worry}</span> },
                { key: WORRY_LABELS.impactOnChild, value: <span className="umb-pre-line">{c.impactOnChild}</span> },
              ]}
            />
            <h4 className="govuk-heading-s">Safety goal</h4>
            <SummaryList
              rows={[
                { key: WORRY_LABELS.parentWillBeDoing, value: <span className="umb-pre-line">{c.safetyGoal.parentWillBeDoing}</span> },
                { key: WORRY_LABELS.childWillExperience, value: <span className="umb-pre-line">{c.safetyGoal.childWillExperience}</span> },
                {
                  key: WORRY_LABELS.professionalsWillSee,
                  value: <span className="umb-pre-line">{c.safetyGoal.professionalsWillSee}</span>,
                },
                { key: WORRY_LABELS.forHowLong, value: <span className="umb-pre-line">{c.safetyGoal.forHowLong}</span> },
              ]}
            />
            <ChangedBy who={worry.updatedBy} when={worry.updatedAt} />
          </div>
          <div className="umb-plan-worry__side">
            <FamilyViews familyId={familyId} worryId={worry.id} views={views} canAdd={canAddView} />
          </div>
        </div>
      )}
      <h4 className="govuk-heading-s">Ratings</h4>
      <RatingsChart
        id={`chart-${worry.id}`}
        title={`Ratings for ${title.toLowerCase()}, by version`}
        ratings={ratings}
        workingVersion={plan.workingVersion}
        scale={WORKER_RATING_SCALE}
      />
      {canRate ? (
        <RatingForm familyId={familyId} itemId={worry.id} workingVersion={plan.workingVersion} mine={mine} headingLevel={5} />
      ) : null}
    </article>
  );
}

function FamilyViews({
  familyId,
  worryId,
  views,
  canAdd,
}: {
  familyId: string;
  worryId: string;
  views: FamilyViewItem[];
  canAdd: boolean;
}) {
  const editing = useItemEditing();
  const addKey = `view-add-${worryId}`;
  return (
    <section className="umb-plan-view" aria-labelledby={`views-${worryId}`}>
      <h4 className="govuk-heading-s" id={`views-${worryId}`}>
        The family’s view
      </h4>
      <DoneMessage message={editing.message} />
      {views.length === 0 && editing.editing !== addKey ? (
        <p className="govuk-body">The family has not given their view of this worry yet.</p>
      ) : null}
      {views.map((view) =>
        editing.editing === view.id ? (
          <FamilyViewForm
            key={view.id}
            familyId={familyId}
            worryId={worryId}
            view={view}
            heading="Edit the family’s view"
            onDone={(m) => editing.close(view.id, m)}
          />
        ) : (
          <div key={view.id} className="umb-plan-view__item">
            <p className={`govuk-body govuk-!-font-weight-bold${view.content.agrees === 'agrees' ? '' : ' umb-plan-disagree'}`}>
              {FAMILY_AGREES[view.content.agrees]}
            </p>
            <p className="govuk-body umb-pre-line">
              “
              <Written lang={view.writtenIn} as="span" note>
                {view.content.view}
              </Written>
              ”
            </p>
            <ChangedBy who={view.updatedBy} when={view.updatedAt} />
            {canAdd ? <EditButton itemKey={view.id} what="the family’s view" onClick={() => editing.open(view.id)} /> : null}
          </div>
        ),
      )}
      {canAdd && editing.editing === addKey ? (
        <FamilyViewForm
          familyId={familyId}
          worryId={worryId}
          view={null}
          heading="Add the family’s view"
          onDone={(m) => editing.close(addKey, m)}
        />
      ) : null}
      {canAdd && views.length === 0 && editing.editing !== addKey ? (
        <AddButton itemKey={addKey} onClick={() => editing.open(addKey)}>
          Add the family’s view
        </AddButton>
      ) : null}
    </section>
  );
}
