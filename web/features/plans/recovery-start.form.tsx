// "Start the recovery plan": one plan per family, with the date of its first review.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, emptyDate, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { useReportErrors } from './plan-page-errors.tsx';
import { startRecoveryPlan } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';

export function RecoveryStartForm({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const ids = { reviewOn: 'start-review-day' };
  const [reviewOn, setReviewOn] = useState(emptyDate);
  const [errors, setErrors] = useState<FieldErrors>({});
  useReportErrors(Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: (date: string) => startRecoveryPlan(familyId, date),
    onSuccess: async (view) => {
      queryClient.setQueryData(recoveryPlanKey(familyId), view);
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, ids, ids.reviewOn));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = isoFromDateParts(reviewOn);
    setErrors(date ? {} : { [ids.reviewOn]: 'Enter the date of the first review, for example 27 3 2027' });
    if (date) mutation.mutate(date);
  };

  return (
    <section className="umb-section" aria-labelledby="start-heading">
      <h2 className="govuk-heading-m" id="start-heading">
        Start the recovery plan
      </h2>
      <p className="govuk-body">
        The plan is written with the parent: their own goals, what is working well, the worries and what needs to be different, and who will
        do what. Each review keeps a copy of the plan as it stood.
      </p>
      <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="start-heading">
        <ErrorSummary errors={summaryOf(errors, [ids.reviewOn])} />
        <DateInput
          id="start-review"
          legend="When should the plan first be reviewed?"
          hint="For example, 27 3 2027"
          value={reviewOn}
          onChange={setReviewOn}
          error={errors[ids.reviewOn]}
        />
        <Button busy={mutation.isPending}>Start the recovery plan</Button>
      </form>
    </section>
  );
}
