// "What is working well": strengths and what already keeps the children safe, with the same weight as the worries; the parent can add to it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { Tag } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { useReportErrors } from './plan-forms.ts';
import { addItem, type ItemOf, refreshPlans, rememberItem } from './plans.api.ts';

type StrengthsProps = {
  familyId: string;
  strengths: ItemOf<'strength'>[];
  canAdd: boolean;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function StrengthsSection({ familyId, strengths, canAdd, onErrorsChange }: StrengthsProps) {
  return (
    <section aria-labelledby="strengths-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="strengths-heading">
        What is working well
      </h2>
      <p className="govuk-body">Good things in your family, and things that already help keep the children safe.</p>
      {strengths.length === 0 ? <p className="govuk-body">Nothing has been written here yet.</p> : null}
      <ul className="govuk-list umb-mp-list">
        {strengths.map((strength) => (
          <li key={strength.id} className="umb-mp-item">
            {strength.content.isSafety ? (
              <p className="govuk-body govuk-!-margin-bottom-1">
                <Tag colour="green">Helps keep the children safe</Tag>
              </p>
            ) : null}
            <p className="govuk-body umb-pre-line govuk-!-margin-bottom-1">{strength.content.text}</p>
            <p className="govuk-body-s umb-muted">Written by {strength.updatedBy}</p>
          </li>
        ))}
      </ul>
      {canAdd ? <AddStrengthForm familyId={familyId} onErrorsChange={onErrorsChange} /> : null}
    </section>
  );
}

const TEXT_ID = 'strength-new-text';
const SAFETY_ID = 'strength-new-safety';

function AddStrengthForm({ familyId, onErrorsChange }: { familyId: string; onErrorsChange: (formId: string, has: boolean) => void }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [isSafety, setIsSafety] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useReportErrors('strength-new', Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: () => addItem(familyId, { kind: 'strength', content: { text: text.trim(), isSafety } }),
    onSuccess: (item) => {
      rememberItem(queryClient, familyId, item);
      setText('');
      setIsSafety(false);
      setErrors({});
      setSaved(true);
      void refreshPlans(queryClient, familyId);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { content: TEXT_ID, 'content.text': TEXT_ID, 'content.isSafety': SAFETY_ID }, TEXT_ID));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!text.trim()) setErrors({ [TEXT_ID]: 'Write what is working well' });
    else mutation.mutate();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form umb-mp-form--new">
      <ErrorSummary errors={summaryOf(errors, [TEXT_ID, SAFETY_ID])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          Thank you. It has been added.
        </p>
      ) : null}
      <TextArea
        id={TEXT_ID}
        label="Add something that is working well"
        labelClass="govuk-label--s"
        hint="For example: “My sister helps with the school run on Mondays.”"
        rows={3}
        value={text}
        onValueChange={(value) => {
          setText(value);
          setSaved(false);
        }}
        error={errors[TEXT_ID]}
      />
      <Checkbox id={SAFETY_ID} label="This already helps keep the children safe" checked={isSafety} onCheckedChange={setIsSafety} />
      <Button busy={mutation.isPending}>Add to what is working well</Button>
    </form>
  );
}
