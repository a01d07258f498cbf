// Worries and safety goals: each worry with the family's view beside it and everyone's ratings.
import { RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { AddButton, DoneMessage, useItemEditing } from './item-editing.tsx';
import { itemsOf, worryTitle } from './item-fields.ts';
import type { RecoveryPlanView } from './plans.types.ts';
import { WorryCard } from './worry.card.tsx';
import { WorryForm } from './worry.form.tsx';

const PART = RECOVERY_PARTS[2];

type WorriesProps = {
  familyId: string;
  view: RecoveryPlanView & { plan: NonNullable<RecoveryPlanView['plan']> };
  myAccountId: string | null;
};

export function WorriesSection({ familyId, view, myAccountId }: WorriesProps) {
  const editing = useItemEditing();
  const { plan, can } = view;
  const worries = itemsOf(plan.items, 'worry');
  const canEdit = can.addItems.includes('worry');
  return (
    <section className="umb-section umb-plan-part" aria-labelledby="worries-heading">
      <h2 className="govuk-heading-l" id="worries-heading">
        {PART.title}
      </h2>
      <p className="govuk-body">
        Each worry says who is worried, what is happening and what could happen to the children if nothing changes, with the safety goal:
        what needs to be different, and for how long.
      </p>
      <DoneMessage message={editing.message} />
      {worries.length === 0 ? <p className="govuk-body">No worries have been written down yet.</p> : null}
      {worries.map((worry, index) => (
        <WorryCard
          key={worry.id}
          familyId={familyId}
          plan={plan}
          worry={worry}
          title={worryTitle(index)}
          myAccountId={myAccountId}
          canEdit={canEdit}
          canAddView={can.addItems.includes('family_view')}
          canRate={can.rate}
        />
      ))}
      {canEdit && editing.editing === 'worry-new' ? (
        <WorryForm familyId={familyId} worry={null} heading="Add a worry" onDone={(m) => editing.close('worry-new', m)} />
      ) : null}
      {canEdit && editing.editing !== 'worry-new' ? (
        <AddButton itemKey="worry-new" onClick={() => editing.open('worry-new')}>
          Add a worry
        </AddButton>
      ) : null}
    </section>
  );
}
