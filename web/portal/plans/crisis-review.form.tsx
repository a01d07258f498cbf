// After a crisis: the parent looks back in her own words (what helped, what she would change in her plan), chooses
// whether her key workers read them, and saves as she goes or finishes. Changes to the plan itself she makes below.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { type CrisisPlan, rememberCrisis, saveCrisisReview } from './crisis.api.ts';
import { crisisReview as m } from './crisis-review.messages.ts';
import { useReportErrors } from './plan-forms.ts';

type Props = { familyId: string; crisis: CrisisPlan; onErrorsChange: (formId: string, hasErrors: boolean) => void };

export function CrisisReviewForm({ familyId, crisis, onErrorsChange }: Props) {
  const t = useT();
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
      setSaved(t(done ? m.savedDone : m.savedDraft));
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<CrisisPlan>(failure);
      if (current) {
        rememberCrisis(queryClient, familyId, current);
        setErrors({ [ids.reflection]: t(m.conflict) });
        return;
      }
      setErrors(failureErrors(failure, { reflection: ids.reflection, changes: ids.changes }, ids.reflection));
    },
  });

  const submit = (done: boolean) => (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setSaved(null);
    if (!reflection.trim()) {
      setErrors({ [ids.reflection]: t(m.errorHelped) });
      return;
    }
    mutation.mutate(done);
  };

  if (!review) return null;
  return (
    <section aria-labelledby="crisis-review-heading" className="umb-section umb-crisis">
      <h2 className="govuk-heading-m" id="crisis-review-heading">
        {t(m.heading)}
      </h2>
      {review.reviewedAt ? (
        <p className="govuk-body">{t(m.finishedOn, { date: formatDate(review.reviewedAt) })}</p>
      ) : (
        <p className="govuk-body">{t(m.intro)}</p>
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
          label={t(m.helpedLabel)}
          labelClass="govuk-label--s"
          hint={t(m.helpedHint)}
          rows={5}
          value={reflection}
          onValueChange={setReflection}
          error={errors[ids.reflection]}
        />
        <TextArea
          id={ids.changes}
          label={t(m.changesLabel)}
          labelClass="govuk-label--s"
          rows={4}
          value={changes}
          onValueChange={setChanges}
          error={errors[ids.changes]}
        />
        <Checkbox id={ids.share} label={t(m.shareLabel)} hint={t(m.shareHint)} checked={share} onCheckedChange={setShare} />
        <div className="govuk-button-group">
          <Button busy={mutation.isPending}>{t(m.save)}</Button>
          <Button type="button" secondary busy={mutation.isPending} onClick={() => submit(true)()}>
            {t(m.saveAndFinish)}
          </Button>
        </div>
      </form>
    </section>
  );
}
