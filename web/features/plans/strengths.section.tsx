// What is working well: strengths and existing safety, given the same weight on the page as the worries.
import { RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { Tag } from '../../ui/tag.tsx';
import { Written } from '../../ui/written.tsx';
import { AddButton, ChangedBy, DoneMessage, EditButton, useItemEditing } from './item-editing.tsx';
import { itemsOf } from './item-fields.ts';
import type { RecoveryPlan } from './plans.types.ts';
import { StrengthForm } from './strength.form.tsx';

const PART = RECOVERY_PARTS[1];

export function StrengthsSection({ familyId, plan, canEdit }: { familyId: string; plan: RecoveryPlan; canEdit: boolean }) {
  const editing = useItemEditing();
  const strengths = itemsOf(plan.items, 'strength');
  return (
    <section className="umb-section umb-plan-part" aria-labelledby="strengths-heading">
      <h2 className="govuk-heading-l" id="strengths-heading">
        {PART.title}
      </h2>
      <p className="govuk-body">Strengths, and the safety that is already there for the children.</p>
      <DoneMessage message={editing.message} />
      {strengths.length === 0 ? <p className="govuk-body">Nothing has been written here yet.</p> : null}
      <ul className="govuk-list umb-plan-list">
        {strengths.map((strength, index) => (
          <li key={strength.id} className="umb-plan-card umb-plan-card--strength">
            {editing.editing === strength.id ? (
              <StrengthForm
                familyId={familyId}
                strength={strength}
                heading={`Edit what is working well (${index + 1})`}
                onDone={(m) => editing.close(strength.id, m)}
              />
            ) : (
              <>
                <p className="govuk-body">
                  <Tag colour={strength.content.isSafety ? 'green' : 'teal'}>
                    {strength.content.isSafety ? 'Existing safety' : 'Strength'}
                  </Tag>
                </p>
                <Written lang={strength.writtenIn} className="govuk-body-l umb-pre-line">
                  {strength.content.text}
                </Written>
                <ChangedBy who={strength.updatedBy} when={strength.updatedAt} />
                {canEdit ? (
                  <EditButton
                    itemKey={strength.id}
                    what={`what is working well (${index + 1})`}
                    onClick={() => editing.open(strength.id)}
                  />
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit && editing.editing === 'strength-new' ? (
        <StrengthForm
          familyId={familyId}
          strength={null}
          heading="Add something that is working well"
          onDone={(m) => editing.close('strength-new', m)}
        />
      ) : null}
      {canEdit && editing.editing !== 'strength-new' ? (
        <AddButton itemKey="strength-new" onClick={() => editing.open('strength-new')}>
          Add something that is working well
        </AddButton>
      ) : null}
    </section>
  );
}
