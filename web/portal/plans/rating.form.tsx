// "Your rating" for a worry: 0 to 10 with both ends explained in the family's words, and everyone's ratings as a table.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FAMILY_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { useReportErrors } from './plan-forms.ts';
import { type Rating, rateItem, refreshPlans } from './plans.api.ts';

const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

export function RatingScaleHint() {
  return (
    <>
      0 means: {FAMILY_RATING_SCALE[0].toLowerCase()}. 10 means: {FAMILY_RATING_SCALE[10].toLowerCase()}.
    </>
  );
}

type RatingFormProps = {
  familyId: string;
  itemId: string;
  itemName: string;
  mine: Rating | null;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function RatingForm({ familyId, itemId, itemName, mine, onErrorsChange }: RatingFormProps) {
  const queryClient = useQueryClient();
  const formId = `rating-${itemId}`;
  const [score, setScore] = useState(mine ? String(mine.score) : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<Rating | null>(null);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (value: number) => rateItem(familyId, { itemId, score: value }),
    onSuccess: (rating) => {
      setErrors({});
      setSaved(rating);
      void refreshPlans(queryClient, familyId);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { score: formId, itemId: formId }, formId));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (score === '') setErrors({ [formId]: 'Choose a number from 0 to 10' });
    else mutation.mutate(Number(score));
  };

  const current = saved ?? mine;
  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form umb-mp-scale" aria-label={`Your rating for ${itemName}`}>
      <ErrorSummary errors={summaryOf(errors, [formId])} />
      {current ? (
        <p className="govuk-body" role={saved ? 'status' : undefined}>
          {saved ? 'Saved. ' : ''}Your rating now is <strong>{current.score}</strong>, given on {formatDate(current.ratedAt)}.
        </p>
      ) : null}
      <Radios
        name={formId}
        legend="Your rating, from 0 to 10"
        hint={<RatingScaleHint />}
        options={SCORES.map((value) => ({ value, label: value }))}
        value={score}
        onChange={(value) => {
          setScore(value);
          setSaved(null);
        }}
        error={errors[formId]}
        small
      />
      <Button busy={mutation.isPending}>
        Save your rating<span className="govuk-visually-hidden"> for {itemName}</span>
      </Button>
    </form>
  );
}

/** Everyone's ratings of one worry, newest plan version first: the table is the way to compare them. */
export function RatingsTable({ ratings, caption }: { ratings: Rating[]; caption: string }) {
  if (ratings.length === 0) return <p className="govuk-body">Nobody has given a rating yet.</p>;
  const sorted = [...ratings].sort((a, b) => b.planVersion - a.planVersion || a.name.localeCompare(b.name));
  return (
    <table className="govuk-table umb-mp-ratings">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Who
          </th>
          <th scope="col" className="govuk-table__header">
            Version
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Rating
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {sorted.map((rating) => (
          <tr className="govuk-table__row" key={`${rating.accountId}-${rating.planVersion}`}>
            <td className="govuk-table__cell">
              {rating.name}
              <span className="umb-muted"> ({rating.role})</span>
            </td>
            <td className="govuk-table__cell">{rating.planVersion}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{rating.score}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
