// Add or change the family's view of one worry, in their words, and whether they agree with it.
import { useState } from 'react';
import { FAMILY_AGREES, FAMILY_AGREES_KEYS, type FamilyAgrees } from '../../../shared/domain/plans.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { ItemFormShell } from './item-form.shell.tsx';
import { useItemSave } from './item-save.ts';
import type { FamilyViewItem } from './plans.types.ts';

type FamilyViewFormProps = {
  familyId: string;
  worryId: string;
  view: FamilyViewItem | null;
  heading: string;
  onDone: (message: string | null) => void;
};

export function FamilyViewForm({ familyId, worryId, view, heading, onDone }: FamilyViewFormProps) {
  const prefix = view ? `view-${view.id}` : `view-new-${worryId}`;
  const ids = { view: `${prefix}-text`, agrees: `${prefix}-agrees` };
  const [text, setText] = useState(view?.content.view ?? '');
  const [agrees, setAgrees] = useState<FamilyAgrees | ''>(view?.content.agrees ?? '');
  const { save, busy, conflict, changedKeys, errors, setErrors, words } = useItemSave({
    familyId,
    item: view,
    ids,
    fallbackId: ids.view,
    texts: [text],
    onSaved: () => onDone('The family’s view was saved.'),
  });

  const onSubmit = () => {
    const problems: FieldErrors = {};
    if (!text.trim()) problems[ids.view] = 'Write the family’s view in their words';
    if (!agrees) problems[ids.agrees] = 'Say whether the family agrees with this worry';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !agrees) return;
    save({ kind: 'family_view', worryId, content: { view: text.trim(), agrees } });
  };

  return (
    <ItemFormShell
      id={prefix}
      heading={heading}
      headingLevel={4}
      errors={errors}
      fieldOrder={[ids.view, ids.agrees]}
      words={words}
      conflict={conflict}
      changedKeys={changedKeys}
      busy={busy}
      saveLabel="Save the family’s view"
      onSubmit={onSubmit}
      onCancel={() => onDone(null)}
      removal={view ? { familyId, item: view, onRemoved: () => onDone('Taken out of the plan.') } : undefined}
    >
      <TextArea
        id={ids.view}
        label="The family’s view, in their words"
        hint="Write what the family said, as they said it."
        rows={3}
        value={text}
        onValueChange={setText}
        error={errors[ids.view]}
        extraDescribedBy={`${prefix}-words-check`}
      />
      <Radios
        name={ids.agrees}
        legend="Does the family agree with this worry?"
        options={FAMILY_AGREES_KEYS.map((key) => ({ value: key, label: FAMILY_AGREES[key] }))}
        value={agrees}
        onChange={setAgrees}
        error={errors[ids.agrees]}
        small
      />
    </ItemFormShell>
  );
}
