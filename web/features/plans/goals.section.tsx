// The parent's own goals, in their own words: first in the plan, because the plan is theirs.
import { RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { Written } from '../../ui/written.tsx';
import { GoalForm } from './goal.form.tsx';
import { AddButton, ChangedBy, DoneMessage, EditButton, useItemEditing } from './item-editing.tsx';
import { itemsOf } from './item-fields.ts';
import type { RecoveryPlan } from './plans.types.ts';

const PART = RECOVERY_PARTS[0];

export function GoalsSection({ familyId, plan, canEdit }: { familyId: string; plan: RecoveryPlan; canEdit: boolean }) {
  const editing = useItemEditing();
  const goals = itemsOf(plan.items, 'parent_goal');
  return (
    <section className="umb-section umb-plan-part" aria-labelledby="goals-heading">
      <h2 className="govuk-heading-l" id="goals-heading">
        {PART.title}
      </h2>
      <DoneMessage message={editing.message} />
      {goals.length === 0 ? <p className="govuk-body">The parent’s goals have not been written down yet.</p> : null}
      <ol className="govuk-list umb-plan-list">
        {goals.map((goal, index) => (
          <li key={goal.id} className="umb-plan-list__item">
            {editing.editing === goal.id ? (
              <GoalForm familyId={familyId} goal={goal} heading={`Edit goal ${index + 1}`} onDone={(m) => editing.close(goal.id, m)} />
            ) : (
              <>
                <p className="govuk-body-l umb-pre-line umb-plan-goal">
                  “
                  <Written lang={goal.writtenIn} as="span" note>
                    {goal.content.words}
                  </Written>
                  ”
                </p>
                <ChangedBy who={goal.updatedBy} when={goal.updatedAt} />
                {canEdit ? <EditButton itemKey={goal.id} what={`goal ${index + 1}`} onClick={() => editing.open(goal.id)} /> : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {canEdit && editing.editing === 'goal-new' ? (
        <GoalForm familyId={familyId} goal={null} heading="Add a goal in the parent’s words" onDone={(m) => editing.close('goal-new', m)} />
      ) : null}
      {canEdit && editing.editing !== 'goal-new' ? (
        <AddButton itemKey="goal-new" onClick={() => editing.open('goal-new')}>
          Add a goal in the parent’s words
        </AddButton>
      ) : null}
    </section>
  );
}
