// Add or change a worry with its safety goal: who is worried, what happens, the impact on the children, and what needs to be
// different (what the parent will be doing, what the children will experience, what professionals will see, for how long).
import { useState } from 'react';
import type { InformationCategory } from '../../../shared/domain/records.ts';
import { TextField } from '../../ui/field.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { CategoryField, suggestedCategory } from './category-field.tsx';
import { ItemFormShell } from './item-form.shell.tsx';
import { useItemSave } from './item-save.ts';
import type { WorryItem } from './plans.types.ts';

type WorryFormProps = { familyId: string; worry: WorryItem | null; heading: string; onDone: (message: string | null) => void };

export function WorryForm({ familyId, worry, heading, onDone }: WorryFormProps) {
  const prefix = worry ? `worry-${worry.id}` : 'worry-new';
  const ids = {
    whoIsWorried: `${prefix}-who`,
    worry: `${prefix}-worry`,
    impactOnChild: `${prefix}-impact`,
    'safetyGoal.parentWillBeDoing': `${prefix}-parent`,
    'safetyGoal.childWillExperience': `${prefix}-child`,
    'safetyGoal.professionalsWillSee': `${prefix}-professionals`,
    'safetyGoal.forHowLong': `${prefix}-how-long`,
    category: `${prefix}-category`,
  };
  const order = Object.values(ids);
  const initial = worry?.content;
  const [who, setWho] = useState(initial?.whoIsWorried ?? '');
  const [text, setText] = useState(initial?.worry ?? '');
  const [impact, setImpact] = useState(initial?.impactOnChild ?? '');
  const [parent, setParent] = useState(initial?.safetyGoal.parentWillBeDoing ?? '');
  const [child, setChild] = useState(initial?.safetyGoal.childWillExperience ?? '');
  const [professionals, setProfessionals] = useState(initial?.safetyGoal.professionalsWillSee ?? '');
  const [howLong, setHowLong] = useState(initial?.safetyGoal.forHowLong ?? '');
  // A new worry follows the checker's suggestion until the writer chooses a category themselves.
  const [chosen, setChosen] = useState<InformationCategory | null>(worry?.category ?? null);
  const suggestion = suggestedCategory([text, impact]);
  const category = chosen ?? suggestion ?? 'general';

  const checked = [who, text, impact, parent, child, professionals, howLong];
  const { save, busy, conflict, changedKeys, errors, setErrors, words } = useItemSave({
    familyId,
    item: worry,
    ids,
    fallbackId: ids.worry,
    texts: checked,
    onSaved: () => onDone(worry ? 'The worry was changed.' : 'The worry was added to the plan.'),
  });

  const onSubmit = () => {
    const problems: FieldErrors = {};
    if (!who.trim()) problems[ids.whoIsWorried] = 'Say who is worried';
    if (!text.trim()) problems[ids.worry] = 'Describe what is happening that worries people';
    if (!impact.trim()) problems[ids.impactOnChild] = 'Say what could happen to the children if nothing changes';
    if (!parent.trim()) problems[ids['safetyGoal.parentWillBeDoing']] = 'Say what the parent will be doing';
    if (!child.trim()) problems[ids['safetyGoal.childWillExperience']] = 'Say what the children will experience';
    if (!professionals.trim()) problems[ids['safetyGoal.professionalsWillSee']] = 'Say what professionals will see';
    if (!howLong.trim()) problems[ids['safetyGoal.forHowLong']] = 'Say for how long';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    save({
      kind: 'worry',
      category,
      content: {
        whoIsWorried: who.trim(),
        worry: text.trim(),
        impactOnChild: impact.trim(),
        safetyGoal: {
          parentWillBeDoing: parent.trim(),
          childWillExperience: child.trim(),
          professionalsWillSee: professionals.trim(),
          forHowLong: howLong.trim(),
        },
      },
    });
  };

  const warningId = `${prefix}-labels`;
  return (
    <ItemFormShell
      id={prefix}
      heading={heading}
      errors={errors}
      fieldOrder={order}
      words={words}
      wordsPanel={false}
      conflict={conflict}
      changedKeys={changedKeys}
      busy={busy}
      saveLabel={worry ? 'Save the worry' : 'Add the worry'}
      onSubmit={onSubmit}
      onCancel={() => onDone(null)}
      removal={worry ? { familyId, item: worry, onRemoved: () => onDone('Taken out of the plan.') } : undefined}
    >
      <TextField
        id={ids.whoIsWorried}
        label="Who is worried?"
        hint="For example, Daniel (mental health nurse) and Priya (social worker)."
        value={who}
        onValueChange={setWho}
        error={errors[ids.whoIsWorried]}
      />
      <TextArea
        id={ids.worry}
        label="What is happening that worries people?"
        hint="Describe what people see or hear, and when. Not a diagnosis."
        rows={4}
        value={text}
        onValueChange={setText}
        error={errors[ids.worry]}
        extraDescribedBy={warningId}
      />
      <TextArea
        id={ids.impactOnChild}
        label="What could happen to the children if nothing changes?"
        rows={3}
        value={impact}
        onValueChange={setImpact}
        error={errors[ids.impactOnChild]}
        extraDescribedBy={warningId}
      />
      <WordsCheckHelp id={warningId} texts={checked} />
      <CategoryField
        id={ids.category}
        value={category}
        onChange={setChosen}
        suggested={chosen === null && suggestion !== null}
        error={errors[ids.category]}
      />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Safety goal: what needs to be different</legend>
        <TextArea
          id={ids['safetyGoal.parentWillBeDoing']}
          label="What will the parent be doing?"
          rows={3}
          value={parent}
          onValueChange={setParent}
          error={errors[ids['safetyGoal.parentWillBeDoing']]}
          extraDescribedBy={warningId}
        />
        <TextArea
          id={ids['safetyGoal.childWillExperience']}
          label="What will the children experience?"
          rows={3}
          value={child}
          onValueChange={setChild}
          error={errors[ids['safetyGoal.childWillExperience']]}
          extraDescribedBy={warningId}
        />
        <TextArea
          id={ids['safetyGoal.professionalsWillSee']}
          label="What will professionals see?"
          rows={3}
          value={professionals}
          onValueChange={setProfessionals}
          error={errors[ids['safetyGoal.professionalsWillSee']]}
          extraDescribedBy={warningId}
        />
        <TextField
          id={ids['safetyGoal.forHowLong']}
          label="For how long?"
          hint="For example, every day for 3 months."
          value={howLong}
          onValueChange={setHowLong}
          error={errors[ids['safetyGoal.forHowLong']]}
        />
      </fieldset>
    </ItemFormShell>
  );
}
