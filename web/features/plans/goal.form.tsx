// Add or change one of the parent's own goals, written in the parent's own words.
import { useState } from 'react';
import type { InformationCategory } from '../../../shared/domain/records.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { CategoryField } from './category-field.tsx';
import { ItemFormShell } from './item-form.shell.tsx';
import { useItemSave } from './item-save.ts';
import type { GoalItem } from './plans.types.ts';

type GoalFormProps = { familyId: string; goal: GoalItem | null; heading: string; onDone: (message: string | null) => void };

export function GoalForm({ familyId, goal, heading, onDone }: GoalFormProps) {
  const prefix = goal ? `goal-${goal.id}` : 'goal-new';
  const ids = { words: `${prefix}-words`, category: `${prefix}-category` };
  const [category, setCategory] = useState<InformationCategory>(goal?.category ?? 'general');
  const [words, setWords] = useState(goal?.content.words ?? '');
  const {
    save,
    busy,
    conflict,
    changedKeys,
    errors,
    setErrors,
    words: wordsCheck,
  } = useItemSave({
    familyId,
    item: goal,
    ids,
    fallbackId: ids.words,
    texts: [words],
    onSaved: () => onDone(goal ? 'The goal was changed.' : 'The goal was added to the plan.'),
  });

  const onSubmit = () => {
    const problems: FieldErrors = {};
    if (!words.trim()) problems[ids.words] = 'Write the goal in the parent’s own words';
    setErrors(problems);
    if (Object.keys(problems).length === 0) save({ kind: 'parent_goal', category, content: { words: words.trim() } });
  };

  return (
    <ItemFormShell
      id={prefix}
      heading={heading}
      errors={errors}
      fieldOrder={[ids.words, ids.category]}
      words={wordsCheck}
      conflict={conflict}
      changedKeys={changedKeys}
      busy={busy}
      saveLabel={goal ? 'Save the goal' : 'Add the goal'}
      onSubmit={onSubmit}
      onCancel={() => onDone(null)}
      removal={goal ? { familyId, item: goal, onRemoved: () => onDone('Taken out of the plan.') } : undefined}
    >
      <TextArea
        id={ids.words}
        label="The goal, in the parent’s own words"
        hint="Write exactly what the parent said, for example “I want to take Clare to school every day.”"
        rows={3}
        value={words}
        onValueChange={setWords}
        error={errors[ids.words]}
        extraDescribedBy={`${prefix}-words-check`}
      />
      <CategoryField id={ids.category} value={category} onChange={setCategory} error={errors[ids.category]} />
    </ItemFormShell>
  );
}
