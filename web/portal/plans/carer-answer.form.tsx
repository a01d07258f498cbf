// "Will you look after Jamie if Marie is unwell?": the person named as carer answers for themselves, and can change their answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { useReportErrors } from './plan-forms.ts';
import { firstName } from './plan-people.ts';
import { answerAsCarer, type PlanDocument, rememberDocument } from './plans.api.ts';

type Answer = 'agreed' | 'declined';

type CarerAnswerProps = {
  familyId: string;
  document: PlanDocument;
  parentName: string;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function CarerAnswerForm({ familyId, document, parentName, onErrorsChange }: CarerAnswerProps) {
  const queryClient = useQueryClient();
  const child = firstName(document.personName);
  const formId = `carer-answer-${document.id}`;
  const ids = { response: `${formId}-response`, note: `${formId}-note` };
  const carer = document.carer;
  const [response, setResponse] = useState<Answer | ''>(carer?.response ?? '');
  const [note, setNote] = useState(carer?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<Answer | null>(null);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (body: { response: Answer; note?: string }) => answerAsCarer(familyId, document.id, body),
    onSuccess: (updated, body) => {
      rememberDocument(queryClient, familyId, updated);
      setErrors({});
      setSaved(body.response);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { response: ids.response, note: ids.note }, ids.response));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (!response) {
      setErrors({ [ids.response]: `Say whether you will look after ${child}` });
      return;
    }
    mutation.mutate({ response, note: note.trim() || undefined });
  };

  const question = `Will you look after ${child} if ${parentName} is unwell?`;
  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-label={question}>
      <ErrorSummary errors={summaryOf(errors, [ids.response, ids.note])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          Thank you. {saved === 'agreed' ? `You said you will look after ${child}.` : `You said you cannot look after ${child}.`}{' '}
          {parentName} and the workers can see your answer.
        </p>
      ) : carer?.response ? (
        <p className="govuk-body">
          You said {carer.response === 'agreed' ? 'yes' : 'no'}
          {carer.respondedAt ? ` on ${formatDate(carer.respondedAt)}` : ''}. You can change your answer.
        </p>
      ) : null}
      <Radios
        name={ids.response}
        legend={question}
        legendClass="govuk-fieldset__legend--m"
        hint={`${parentName} asked you${carer?.askedOn ? ` on ${formatDate(carer.askedOn)}` : ''}. Read ${child}’s plan above before you answer.`}
        options={[
          { value: 'agreed', label: 'Yes, I agree' },
          { value: 'declined', label: 'No, I can’t' },
        ]}
        value={response}
        onChange={(value) => {
          setResponse(value);
          setSaved(null);
        }}
        error={errors[ids.response]}
      />
      <TextArea
        id={ids.note}
        label="Anything you want to say (optional)"
        labelClass="govuk-label--s"
        hint="For example, times you could not do it, or what you would need."
        rows={3}
        value={note}
        onValueChange={setNote}
        error={errors[ids.note]}
      />
      <Button busy={mutation.isPending}>
        Send your answer<span className="govuk-visually-hidden"> about {child}</span>
      </Button>
    </form>
  );
}
