// Reviewing the plan (freezes the version being written and starts the next) and the list of versions to compare. The
// review note goes to the family: words the respectful-language check finds are kept only on purpose (features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, datePartsFromIso, emptyDate, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { DoneMessage } from './item-editing.tsx';
import { useReportErrors } from './plan-page-errors.tsx';
import { reviewPlan } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';
import type { RecoveryPlan } from './plans.types.ts';

export function VersionsSection({ familyId, plan }: { familyId: string; plan: RecoveryPlan }) {
  const versions = [...plan.versions].sort((a, b) => a.number - b.number);
  return (
    <section className="umb-section" aria-labelledby="versions-heading">
      <h2 className="govuk-heading-l" id="versions-heading">
        Versions of the plan
      </h2>
      <p className="govuk-body">Version {plan.workingVersion} is being written now. Each review keeps a copy of the plan as it stood.</p>
      {versions.length === 0 ? <p className="govuk-body">The plan has not been reviewed yet, so there is nothing to compare.</p> : null}
      <ul className="govuk-list umb-plan-list">
        {versions.map((version) => {
          const next = version.number + 1;
          return (
            <li key={version.number} className="umb-plan-list__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>Version {version.number}</strong>: reviewed on {formatDate(version.frozenAt)} by {version.frozenBy}.
              </p>
              {version.reviewNote ? (
                <p className="govuk-body umb-pre-line govuk-!-margin-bottom-1">Review note: {version.reviewNote}</p>
              ) : null}
              <p className="govuk-body">
                <Link
                  to="/families/$familyId/recovery-plan/compare"
                  params={{ familyId }}
                  search={{ from: version.number, to: next }}
                  className="govuk-link"
                >
                  {next === plan.workingVersion
                    ? `Compare version ${version.number} with the version being written now`
                    : `Compare version ${version.number} with version ${next}`}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ReviewSection({ familyId, plan }: { familyId: string; plan: RecoveryPlan }) {
  const queryClient = useQueryClient();
  const ids = { note: 'review-note', nextReviewOn: 'review-next-day' };
  const [note, setNote] = useState('');
  const [nextReview, setNextReview] = useState(emptyDate);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const words = useKeepAsWritten({ id: ids.note, texts: [note], ids: { note: ids.note }, fallbackId: ids.note });
  useReportErrors(Object.keys(errors).length > 0 || words.hasErrors);

  const mutation = useMutation({
    mutationFn: ({ nextReviewOn, keepAsWritten }: { nextReviewOn: string; keepAsWritten: KeepAsWritten }) =>
      reviewPlan(familyId, { note: note.trim() || undefined, nextReviewOn, keepAsWritten }),
    onSuccess: async (view) => {
      queryClient.setQueryData(recoveryPlanKey(familyId), view);
      setErrors({});
      words.reset();
      setNote('');
      setNextReview(datePartsFromIso(null));
      setSaved(
        `Version ${plan.workingVersion} was reviewed and kept. Version ${view.plan?.workingVersion ?? plan.workingVersion + 1} is now being written.`,
      );
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setErrors({});
      setErrors(failureErrors(failure, ids, ids.nextReviewOn));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const date = isoFromDateParts(nextReview);
    const problems: FieldErrors = {};
    if (!date) problems[ids.nextReviewOn] = 'Enter the date of the next review, for example 27 3 2027';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (date && reasonGiven) mutation.mutate({ nextReviewOn: date, keepAsWritten: words.body() });
  };

  return (
    <section className="umb-section" aria-labelledby="review-heading">
      <h2 className="govuk-heading-l" id="review-heading">
        Review the plan
      </h2>
      <DoneMessage message={saved} />
      <p className="govuk-body">
        Reviewing keeps version {plan.workingVersion} as it stands now, with everyone’s ratings and answers, and starts version{' '}
        {plan.workingVersion + 1}. The key workers and the parent are reminded before the next review.
      </p>
      <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="review-heading">
        <ErrorSummary errors={[...words.summary, ...summaryOf(errors, [ids.note, ids.nextReviewOn])]} />
        <TextArea
          id={ids.note}
          label="What did the review decide? (optional)"
          hint="The family can read this."
          rows={3}
          value={note}
          onValueChange={setNote}
          error={errors[ids.note] ?? words.inline(ids.note)}
          extraDescribedBy={`${ids.note}-words`}
        />
        <WordsCheckHelp id={`${ids.note}-words`} texts={[note]} />
        <KeepAsWrittenField control={words} />
        <DateInput
          id="review-next"
          legend="When is the next review?"
          hint="For example, 27 3 2027"
          value={nextReview}
          onChange={setNextReview}
          error={errors[ids.nextReviewOn]}
        />
        <Button busy={mutation.isPending}>Review the plan</Button>
      </form>
    </section>
  );
}
