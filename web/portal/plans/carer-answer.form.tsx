// "Will you look after Jamie if Marie is unwell?": the person named as carer answers for themselves, and can change their answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { crisisCarer as m } from './carer.messages.ts';
import { useReportErrors } from './plan-forms.ts';
import { firstName } from './plan-people.ts';
import { hidden } from './plan-words.tsx';
import { answerAsCarer, type PlanDocument, rememberDocument } from './plans.api.ts';

type Answer = 'agreed' | 'declined';

type CarerAnswerProps = {
  familyId: string;
  document: PlanDocument;
  parentName: string;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function CarerAnswerForm({ familyId, document, parentName, onErrorsChange }: CarerAnswerProps) {
  const t = useT();
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
      setErrors({ [ids.response]: t(m.errorAnswer, { child }) });
      return;
    }
    mutation.mutate({ response, note: note.trim() || undefined });
  };

  const question = t(m.question, { child, parent: parentName });
  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-label={question}>
      <ErrorSummary errors={summaryOf(errors, [ids.response, ids.note])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(saved === 'agreed' ? m.savedAgreed : m.savedDeclined, { child, parent: parentName })}
        </p>
      ) : carer?.response ? (
        <p className="govuk-body">
          {carer.respondedAt
            ? t(m.answeredOn, { answer: carer.response, date: formatDate(carer.respondedAt) })
            : t(m.answered, { answer: carer.response })}
        </p>
      ) : null}
      <Radios
        name={ids.response}
        legend={question}
        legendClass="govuk-fieldset__legend--m"
        hint={
          carer?.askedOn
            ? t(m.askedYouOn, { parent: parentName, date: formatDate(carer.askedOn), child })
            : t(m.askedYou, { parent: parentName, child })
        }
        options={[
          { value: 'agreed', label: t(m.yes) },
          { value: 'declined', label: t(m.no) },
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
        label={t(m.noteLabel)}
        labelClass="govuk-label--s"
        hint={t(m.noteHint)}
        rows={3}
        value={note}
        onValueChange={setNote}
        error={errors[ids.note]}
      />
      <Button busy={mutation.isPending}>{t.rich(m.send, { child, hidden })}</Button>
    </form>
  );
}
