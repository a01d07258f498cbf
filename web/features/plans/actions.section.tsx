// Actions: what, who, by when, the support that comes with it and status; requirements on the parent say whether they are negotiable.
import { ACTION_STATUSES, RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { formatDate } from '../../ui/format.ts';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { ActionForm } from './action.form.tsx';
import { AddButton, ChangedBy, DoneMessage, EditButton, useItemEditing } from './item-editing.tsx';
import { ACTION_LABELS, itemsOf, worryTitle } from './item-fields.ts';
import type { ActionItem, RecoveryPlanView } from './plans.types.ts';

const PART = RECOVERY_PARTS[3];
const STATUS_COLOUR: Record<ActionItem['content']['status'], TagColour> = {
  proposed: 'purple',
  not_started: 'grey',
  in_progress: 'default',
  done: 'green',
  stopped: 'yellow',
};

type ActionsProps = { familyId: string; view: RecoveryPlanView & { plan: NonNullable<RecoveryPlanView['plan']> } };

export function ActionsSection({ familyId, view }: ActionsProps) {
  const editing = useItemEditing();
  const { plan, can, people } = view;
  const actions = itemsOf(plan.items, 'action');
  const worries = itemsOf(plan.items, 'worry');
  const canEdit = can.addItems.includes('action');
  const worryOptions = worries.map((worry, index) => ({
    id: worry.id,
    title: `${worryTitle(index)}: ${worry.content.worry.slice(0, 80)}`,
  }));
  return (
    <section className="umb-section umb-plan-part" aria-labelledby="actions-heading">
      <h2 className="govuk-heading-l" id="actions-heading">
        {PART.title}
      </h2>
      <DoneMessage message={editing.message} />
      {actions.length === 0 ? <p className="govuk-body">No actions have been agreed yet.</p> : null}
      {actions.map((action, index) => {
        const title = `Action ${index + 1}`;
        const worryIndex = worries.findIndex((worry) => worry.id === action.worryId);
        return (
          <article key={action.id} className="umb-plan-card" aria-labelledby={`action-${action.id}-title`}>
            <div className="umb-plan-card__header">
              <h3 className="govuk-heading-m umb-plan-card__title" id={`action-${action.id}-title`}>
                {title}
              </h3>
              {canEdit && editing.editing !== action.id ? (
                <EditButton itemKey={action.id} what={title.toLowerCase()} onClick={() => editing.open(action.id)} />
              ) : null}
            </div>
            {worryIndex >= 0 ? <p className="govuk-body umb-muted">About {worryTitle(worryIndex).toLowerCase()}</p> : null}
            {editing.editing === action.id ? (
              <ActionForm
                familyId={familyId}
                action={action}
                people={people}
                worries={worryOptions}
                heading={`Edit ${title.toLowerCase()}`}
                onDone={(m) => editing.close(action.id, m)}
              />
            ) : (
              <>
                <SummaryList rows={actionRows(action)} />
                <ChangedBy who={action.updatedBy} when={action.updatedAt} />
              </>
            )}
          </article>
        );
      })}
      {canEdit && editing.editing === 'action-new' ? (
        <ActionForm
          familyId={familyId}
          action={null}
          people={people}
          worries={worryOptions}
          heading="Add an action"
          onDone={(m) => editing.close('action-new', m)}
        />
      ) : null}
      {canEdit && editing.editing !== 'action-new' ? (
        <AddButton itemKey="action-new" onClick={() => editing.open('action-new')}>
          Add an action
        </AddButton>
      ) : null}
    </section>
  );
}

export function actionRows(action: ActionItem): SummaryRow[] {
  const c = action.content;
  const rows: SummaryRow[] = [
    { key: ACTION_LABELS.what, value: <span className="umb-pre-line">{c.what}</span> },
    { key: ACTION_LABELS.who, value: c.who },
    { key: ACTION_LABELS.byWhen, value: formatDate(c.byWhen) },
    { key: ACTION_LABELS.support, value: c.support ? <span className="umb-pre-line">{c.support}</span> : 'None written down' },
    { key: ACTION_LABELS.status, value: <Tag colour={STATUS_COLOUR[c.status]}>{ACTION_STATUSES[c.status]}</Tag> },
  ];
  if (c.onParent) {
    rows.push({
      key: 'Asked of the parent',
      value: c.negotiable ? 'Negotiable' : <strong>Not negotiable</strong>,
    });
    if (!c.negotiable) {
      rows.push({ key: ACTION_LABELS.whyAsked, value: <span className="umb-pre-line">{c.whyAsked}</span> });
      rows.push({ key: ACTION_LABELS.ifNotMet, value: <span className="umb-pre-line">{c.ifNotMet}</span> });
    }
  }
  return rows;
}
