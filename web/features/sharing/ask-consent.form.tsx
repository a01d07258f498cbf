// "Ask the family for consent": a category and a plain-words reason; the parent is told and can say yes or no.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_KEYS } from '../../../shared/domain/sharing.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { focusElement } from '../../ui/focus.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { askForConsent } from './sharing.api.ts';

const IDS = { category: 'ask-category', reason: 'ask-reason' } as const;
const FIELD_ORDER = [IDS.category, IDS.reason];

type AskConsentProps = { familyId: string; onErrorsChange: (hasErrors: boolean) => void };

export function AskConsentForm({ familyId, onErrorsChange }: AskConsentProps) {
  const queryClient = useQueryClient();
  const [category, setCategory] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<string | null>(null);
  const sentId = useId();
  const hasErrors = Object.keys(errors).length > 0;

  const reportErrors = useRef(onErrorsChange);
  reportErrors.current = onErrorsChange;
  useEffect(() => reportErrors.current(hasErrors), [hasErrors]);
  useEffect(() => {
    if (sent) focusElement(document.getElementById(sentId));
  }, [sent, sentId]);

  const mutation = useMutation({
    mutationFn: () => askForConsent(familyId, { category, reason: reason.trim() }),
    onSuccess: async () => {
      setSent(`The family has been asked about ${isOneOf(CONSENT_CATEGORY_KEYS, category) ? CONSENT_CATEGORIES[category] : category}.`);
      setCategory('');
      setReason('');
      setErrors({});
      await queryClient.invalidateQueries({ queryKey: ['families', familyId, 'sharing'] });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { category: IDS.category, reason: IDS.reason }, IDS.category));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!category) problems[IDS.category] = 'Choose the category of information you need';
    if (reason.trim().length < 10) problems[IDS.reason] = 'Explain in plain words why you need it (at least 10 characters)';
    setErrors(problems);
    setSent(null);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <section aria-labelledby="ask-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="ask-heading">
        Ask the family for consent
      </h2>
      <p className="govuk-body">
        The parent gets a message and answers in their own view. If they agree, your service can see that category from then on.
      </p>
      {sent ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" id={sentId} role="status">
          {sent}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-labelledby="ask-heading" className="umb-action-form">
        <ErrorSummary errors={summaryOf(errors, FIELD_ORDER)} />
        <Radios
          name={IDS.category}
          legend="Which category of information do you need?"
          options={CONSENT_CATEGORY_KEYS.map((key) => ({ value: key, label: CONSENT_CATEGORIES[key] }))}
          value={category}
          onChange={setCategory}
          error={errors[IDS.category]}
          small
        />
        <TextArea
          id={IDS.reason}
          label="Why do you need it?"
          labelClass="govuk-label--s"
          hint="The parent reads this. Use plain words and say how it will help the family."
          rows={3}
          value={reason}
          onValueChange={setReason}
          error={errors[IDS.reason]}
        />
        <Button busy={mutation.isPending}>Ask the family</Button>
      </form>
    </section>
  );
}
