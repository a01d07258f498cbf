// After a crisis: the parent looks back in her own words (what helped, what she would change in her plan), chooses
// whether her key workers read them, and saves as she goes or finishes. Changes to the plan itself she makes below.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { type CrisisPlan, rememberCrisis, saveCrisisReview } from './crisis.api.ts';
import { useReportErrors } from './plan-forms.ts';

type Props = { familyId: string; crisis: CrisisPlan; onErrorsChange: (formId: string, hasErrors: boolean) => void };

export function CrisisReviewForm({ familyId, crisis, onErrorsChange }: Props) {
  const queryClient = useQueryClient();
  const review = crisis.review;
  const formId = 'crisis-review';
  const ids = { reflection: `${formId}-helped`, changes: `${formId}-changes`, share: `${formId}-share` };
  const [reflection, setReflection] = useState(review?.reflection ?? '');
  const [changes, setChanges] = useState(review?.changes ?? '');
  const [share, setShare] = useState(review?.sharedWithKeyWorkers ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (done: boolean) =>
      saveCrisisReview(familyId, crisis.documentId, {
        version: review?.version ?? 1,
        reflection: reflection.trim(),
        changes: changes.trim(),
        shareWithKeyWorkers: share,
        done,
      }),
    onSuccess: (plan, done) => {
      rememberCrisis(queryClient, familyId, plan);
      setErrors({});
      setSaved(
        done ? 'Thank you. You have finished looking back at your crisis plan.' : 'Saved. You can come back to this whenever you like.',
      );
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<CrisisPlan>(failure);
      if (current) {
        rememberCrisis(queryClient, familyId, current);
        setErrors({ [ids.reflection]: 'You changed this on another screen. Your words are still here: save again to keep them.' });
        return;
      }
      setErrors(failureErrors(failure, { reflection: ids.reflection, changes: ids.changes }, ids.reflection));
    },
  });

  const submit = (done: boolean) => (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setSaved(null);
    if (!reflection.trim()) {
      setErrors({ [ids.reflection]: 'Write what helped, even a few words' });
      return;
    }
    mutation.mutate(done);
  };

  if (!review) return null;
  return (
    <section aria-labelledby="crisis-review-heading" className="umb-section umb-crisis">
      <h2 className="govuk-heading-m" id="crisis-review-heading">
        Looking back at your crisis plan
      </h2>
      {review.reviewedAt ? (
        <p className="govuk-body">You finished looking back on {formatDate(review.reviewedAt)}. You can still change your words.</p>
      ) : (
        <p className="govuk-body">
          When you feel ready, look back at what happened: what helped, and what you would change in your plan. There is no hurry; your key
          workers can go through it with you. Words your workers suggest for your plan are shown beside each part below, and nothing goes in
          unless you choose it.
        </p>
      )}
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {saved}
        </p>
      ) : null}
      <form noValidate onSubmit={submit(false)} aria-labelledby="crisis-review-heading">
        <ErrorSummary errors={summaryOf(errors, [ids.reflection, ids.changes])} />
        <TextArea
          id={ids.reflection}
          label="What helped?"
          labelClass="govuk-label--s"
          hint="In your own words: people, things that were done, anything that made it easier."
          rows={5}
          value={reflection}
          onValueChange={setReflection}
          error={errors[ids.reflection]}
        />
        <TextArea
          id={ids.changes}
          label="What would you change in your plan? (optional)"
          labelClass="govuk-label--s"
          rows={4}
          value={changes}
          onValueChange={setChanges}
          error={errors[ids.changes]}
        />
        <Checkbox
          id={ids.share}
          label="Let my key workers read this"
          hint="If you leave this unticked, only you can read it."
          checked={share}
          onCheckedChange={setShare}
        />
        <div className="govuk-button-group">
          <Button busy={mutation.isPending}>Save</Button>
          <Button type="button" secondary busy={mutation.isPending} onClick={() => submit(true)()}>
            Save and finish looking back
          </Button>
        </div>
      </form>
    </section>
  );
}
