// Add or change something that is working well: a strength, or existing safety (something that already keeps the children safe).
import { useState } from 'react';
import type { InformationCategory } from '../../../shared/domain/records.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { CategoryField } from './category-field.tsx';
import { ItemFormShell } from './item-form.shell.tsx';
import { useItemSave } from './item-save.ts';
import type { StrengthItem } from './plans.types.ts';

type StrengthFormProps = { familyId: string; strength: StrengthItem | null; heading: string; onDone: (message: string | null) => void };

export function StrengthForm({ familyId, strength, heading, onDone }: StrengthFormProps) {
  const prefix = strength ? `strength-${strength.id}` : 'strength-new';
  const ids = { text: `${prefix}-text`, isSafety: `${prefix}-safety`, category: `${prefix}-category` };
  const [category, setCategory] = useState<InformationCategory>(strength?.category ?? 'general');
  const [text, setText] = useState(strength?.content.text ?? '');
  const [kind, setKind] = useState<'strength' | 'safety'>(strength?.content.isSafety ? 'safety' : 'strength');
  const { save, busy, conflict, changedKeys, errors, setErrors, words } = useItemSave({
    familyId,
    item: strength,
    ids,
    fallbackId: ids.text,
    texts: [text],
    onSaved: () => onDone(strength ? 'Your change was saved.' : 'It was added to what is working well.'),
  });

  const onSubmit = () => {
    const problems: FieldErrors = {};
    if (!text.trim()) problems[ids.text] = 'Write what is working well';
    setErrors(problems);
    if (Object.keys(problems).length === 0)
      save({ kind: 'strength', category, content: { text: text.trim(), isSafety: kind === 'safety' } });
  };

  return (
    <ItemFormShell
      id={prefix}
      heading={heading}
      errors={errors}
      fieldOrder={[ids.text, ids.isSafety, ids.category]}
      words={words}
      conflict={conflict}
      changedKeys={changedKeys}
      busy={busy}
      saveLabel={strength ? 'Save' : 'Add to what is working well'}
      onSubmit={onSubmit}
      onCancel={() => onDone(null)}
      removal={strength ? { familyId, item: strength, onRemoved: () => onDone('Taken out of the plan.') } : undefined}
    >
      <TextArea
        id={ids.text}
        label="What is working well?"
        hint="Something the family does well, or someone or something that already keeps the children safe."
        rows={3}
        value={text}
        onValueChange={setText}
        error={errors[ids.text]}
        extraDescribedBy={`${prefix}-words-check`}
      />
      <Radios
        name={ids.isSafety}
        legend="Is this existing safety?"
        options={[
          { value: 'strength', label: 'No, it is a strength' },
          {
            value: 'safety',
            label: 'Yes, it already keeps the children safe',
            hint: 'For example, Grandma Patricia collects the children when Marie is unwell.',
          },
        ]}
        value={kind}
        onChange={setKind}
        small
      />
      <CategoryField id={ids.category} value={category} onChange={setCategory} error={errors[ids.category]} />
    </ItemFormShell>
  );
}
