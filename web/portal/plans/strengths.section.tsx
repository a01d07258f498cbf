// "What is working well": strengths and what already keeps the children safe, with the same weight as the worries; the
// parent can add to it and change what is there (409 shows the other person's words and keeps hers).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { Tag } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { ConflictNote } from './conflict-note.view.tsx';
import { useItemEditing, useReportErrors } from './plan-forms.ts';
import { planWords } from './plan-words.messages.ts';
import { hidden } from './plan-words.tsx';
import { addItem, editItem, type ItemOf, type PlanItem, refreshPlans, rememberItem } from './plans.api.ts';
import { planStrengths as m } from './strengths.messages.ts';

type StrengthsProps = {
  familyId: string;
  strengths: ItemOf<'strength'>[];
  canAdd: boolean;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function StrengthsSection({ familyId, strengths, canAdd, onErrorsChange }: StrengthsProps) {
  const t = useT();
  const { editing, startEditing, doneEditing } = useItemEditing('strength');
  return (
    <section aria-labelledby="strengths-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="strengths-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t(m.intro)}</p>
      {strengths.length === 0 ? <p className="govuk-body">{t(m.nothingYet)}</p> : null}
      <ul className="govuk-list umb-mp-list">
        {strengths.map((strength, index) => (
          <li key={strength.id} className="umb-mp-item">
            {editing === strength.id ? (
              <StrengthForm
                familyId={familyId}
                strength={strength}
                formId={`strength-${strength.id}`}
                onDone={() => doneEditing(strength.id)}
                onErrorsChange={onErrorsChange}
              />
            ) : (
              <>
                {strength.content.isSafety ? (
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <Tag colour="green">{t(m.keepsSafe)}</Tag>
                  </p>
                ) : null}
                <Written lang={strength.writtenIn} className="govuk-body umb-pre-line govuk-!-margin-bottom-1">
                  {strength.content.text}
                </Written>
                <p className="govuk-body-s umb-muted">{t(m.writtenBy, { name: strength.updatedBy })}</p>
                {canAdd ? (
                  <button
                    type="button"
                    id={`strength-${strength.id}-change`}
                    className="govuk-button govuk-button--secondary"
                    onClick={() => startEditing(strength.id)}
                  >
                    {t.rich(m.change, { hidden, number: index + 1 })}
                  </button>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canAdd ? <StrengthForm familyId={familyId} formId="strength-new" onErrorsChange={onErrorsChange} /> : null}
    </section>
  );
}

type StrengthFormProps = {
  familyId: string;
  formId: string;
  strength?: ItemOf<'strength'>;
  onDone?: () => void;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

function StrengthForm({ familyId, formId, strength, onDone, onErrorsChange }: StrengthFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const textId = `${formId}-text`;
  const safetyId = `${formId}-safety`;
  const [text, setText] = useState(strength?.content.text ?? '');
  const [isSafety, setIsSafety] = useState(strength?.content.isSafety ?? false);
  const [version, setVersion] = useState(strength?.version ?? 0);
  const [theirs, setTheirs] = useState<ItemOf<'strength'> | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);
  // Opened with "Change": put the cursor in the words.
  const editing = strength !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(textId)?.focus();
  }, [editing, textId]);

  const mutation = useMutation({
    mutationFn: (content: { text: string; isSafety: boolean }): Promise<PlanItem> =>
      strength ? editItem(familyId, strength.id, { version, content }) : addItem(familyId, { kind: 'strength', content }),
    onSuccess: (item) => {
      rememberItem(queryClient, familyId, item);
      setErrors({});
      setTheirs(null);
      if (strength) onDone?.();
      else {
        setText('');
        setIsSafety(false);
        setSaved(true);
      }
      void refreshPlans(queryClient, familyId);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<PlanItem>(failure);
      if (current && current.kind === 'strength') {
        setTheirs(current);
        setVersion(current.version);
        rememberItem(queryClient, familyId, current);
        setErrors({});
        return;
      }
      setErrors(failureErrors(failure, { content: textId, 'content.text': textId, 'content.isSafety': safetyId }, textId));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!text.trim()) setErrors({ [textId]: t(m.writeSomething) });
    else mutation.mutate({ text: text.trim(), isSafety });
  };

  return (
    <form noValidate onSubmit={onSubmit} className={strength ? 'umb-mp-form' : 'umb-mp-form umb-mp-form--new'}>
      <ErrorSummary errors={summaryOf(errors, [textId, safetyId])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.added)}
        </p>
      ) : null}
      {theirs ? <ConflictNote who={theirs.updatedBy} at={theirs.updatedAt} text={theirs.content.text} lang={theirs.writtenIn} /> : null}
      <TextArea
        id={textId}
        label={t(strength ? m.changeLabel : m.addLabel)}
        labelClass="govuk-label--s"
        hint={strength ? undefined : t(m.example)}
        rows={3}
        value={text}
        onValueChange={(value) => {
          setText(value);
          setSaved(false);
        }}
        error={errors[textId]}
      />
      <Checkbox id={safetyId} label={t(m.alreadyKeepsSafe)} checked={isSafety} onCheckedChange={setIsSafety} />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>{t(strength ? m.save : m.add)}</Button>
        {strength ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
            {t(planWords.cancel)}
          </button>
        ) : null}
      </div>
    </form>
  );
}
