// "Your goals, in your own words": the parent's goals first, each one changeable, and a box to add another.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { ConflictNote } from './conflict-note.view.tsx';
import { planGoals as m } from './goals.messages.ts';
import { useItemEditing, useReportErrors } from './plan-forms.ts';
import { planWords } from './plan-words.messages.ts';
import { hidden } from './plan-words.tsx';
import { addItem, editItem, type ItemOf, type PlanItem, refreshPlans, rememberItem } from './plans.api.ts';

type GoalsProps = {
  familyId: string;
  goals: ItemOf<'parent_goal'>[];
  canAdd: boolean;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function GoalsSection({ familyId, goals, canAdd, onErrorsChange }: GoalsProps) {
  const t = useT();
  const { editing, startEditing, doneEditing } = useItemEditing('goal');
  return (
    <section aria-labelledby="goals-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="goals-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t(m.intro)}</p>
      {goals.length === 0 ? <p className="govuk-body">{t(m.noneYet)}</p> : null}
      <ol className="govuk-list umb-mp-list">
        {goals.map((goal, index) => (
          <li key={goal.id} className="umb-mp-item">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{t(m.goal, { number: index + 1 })}</h3>
            {editing === goal.id ? (
              <GoalForm
                familyId={familyId}
                goal={goal}
                formId={`goal-${goal.id}`}
                onDone={() => doneEditing(goal.id)}
                onErrorsChange={onErrorsChange}
              />
            ) : (
              <>
                <Written lang={goal.writtenIn} className="govuk-body umb-pre-line umb-mp-own-words">
                  {goal.content.words}
                </Written>
                {canAdd ? (
                  <button
                    type="button"
                    id={`goal-${goal.id}-change`}
                    className="govuk-button govuk-button--secondary"
                    onClick={() => startEditing(goal.id)}
                  >
                    {t.rich(m.change, { hidden, number: index + 1 })}
                  </button>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {canAdd ? <GoalForm familyId={familyId} formId="goal-new" onErrorsChange={onErrorsChange} /> : null}
    </section>
  );
}

type GoalFormProps = {
  familyId: string;
  formId: string;
  goal?: ItemOf<'parent_goal'>;
  onDone?: () => void;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

function GoalForm({ familyId, formId, goal, onDone, onErrorsChange }: GoalFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const textId = `${formId}-words`;
  const [text, setText] = useState(goal?.content.words ?? '');
  const [version, setVersion] = useState(goal?.version ?? 0);
  const [theirs, setTheirs] = useState<ItemOf<'parent_goal'> | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);
  // Opened with "Change": put the cursor in the goal's words.
  const editing = goal !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(textId)?.focus();
  }, [editing, textId]);

  const mutation = useMutation({
    mutationFn: (words: string): Promise<PlanItem> =>
      goal ? editItem(familyId, goal.id, { version, content: { words } }) : addItem(familyId, { kind: 'parent_goal', content: { words } }),
    onSuccess: (item) => {
      rememberItem(queryClient, familyId, item);
      setErrors({});
      setTheirs(null);
      if (goal) onDone?.();
      else {
        setText('');
        setSaved(true);
      }
      void refreshPlans(queryClient, familyId);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<PlanItem>(failure);
      if (current && current.kind === 'parent_goal') {
        setTheirs(current);
        setVersion(current.version);
        rememberItem(queryClient, familyId, current);
        setErrors({});
        return;
      }
      setErrors(failureErrors(failure, { content: textId, 'content.words': textId, words: textId }, textId));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!text.trim()) {
      setErrors({ [textId]: t(m.writeGoal) });
      return;
    }
    mutation.mutate(text.trim());
  };

  const label = t(goal ? m.yourGoal : m.addLabel);
  return (
    <form noValidate onSubmit={onSubmit} className={goal ? 'umb-mp-form' : 'umb-mp-form umb-mp-form--new'}>
      <ErrorSummary errors={summaryOf(errors, [textId])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.added)}
        </p>
      ) : null}
      {theirs ? <ConflictNote who={theirs.updatedBy} at={theirs.updatedAt} text={theirs.content.words} lang={theirs.writtenIn} /> : null}
      <TextArea
        id={textId}
        label={label}
        labelClass="govuk-label--s"
        hint={goal ? undefined : t(m.example)}
        value={text}
        rows={3}
        onValueChange={(value) => {
          setText(value);
          setSaved(false);
        }}
        error={errors[textId]}
      />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>{t(goal ? m.save : m.add)}</Button>
        {goal ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
            {t(planWords.cancel)}
          </button>
        ) : null}
      </div>
    </form>
  );
}
