// "Your rating" for a worry: 0 to 10 with both ends explained in the family's words, and everyone's ratings as a table.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { FAMILY_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { useReportErrors } from './plan-forms.ts';
import { bold, familyScaleIn, hidden } from './plan-words.tsx';
import { type Rating, rateItem, refreshPlans } from './plans.api.ts';
import { planRating as m } from './rating.messages.ts';

const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

/** "0 means: this is a big worry, and a lot needs to change. 10 means: …", in the family's words (FAMILY_RATING_SCALE). */
export function ratingScaleHint(t: Translate): string {
  const scale: Record<keyof typeof FAMILY_RATING_SCALE, string> = familyScaleIn(t);
  return t(m.scaleHint, { zero: scale[0].toLocaleLowerCase(t.locale), ten: scale[10].toLocaleLowerCase(t.locale) });
}

type RatingFormProps = {
  familyId: string;
  itemId: string;
  itemName: string;
  mine: Rating | null;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function RatingForm({ familyId, itemId, itemName, mine, onErrorsChange }: RatingFormProps) {
  const t = useT();
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
    if (score === '') setErrors({ [formId]: t(m.chooseNumber) });
    else mutation.mutate(Number(score));
  };

  const current = saved ?? mine;
  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form umb-mp-scale" aria-label={t(m.formLabel, { item: itemName })}>
      <ErrorSummary errors={summaryOf(errors, [formId])} />
      {current ? (
        <p className="govuk-body" role={saved ? 'status' : undefined}>
          {t.rich(saved ? m.savedNow : m.now, { b: bold, score: current.score, date: formatDate(current.ratedAt) })}
        </p>
      ) : null}
      <Radios
        name={formId}
        legend={t(m.legend)}
        hint={ratingScaleHint(t)}
        options={SCORES.map((value) => ({ value, label: value }))}
        value={score}
        onChange={(value) => {
          setScore(value);
          setSaved(null);
        }}
        error={errors[formId]}
        small
      />
      <Button busy={mutation.isPending}>{t.rich(m.save, { hidden, item: itemName })}</Button>
    </form>
  );
}

const ROLE_WORDS = { parent: m.role_parent, young_person: m.role_young_person, network_member: m.role_network_member } as const;

/** Who gave a rating, in the language shown: a family member's role in words, a worker's job title as written. */
export function roleIn(t: Translate, rating: Pick<Rating, 'role' | 'roleKind'>): string {
  return rating.roleKind === 'professional' ? rating.role : t(ROLE_WORDS[rating.roleKind]);
}

/** Everyone's ratings of one worry, newest plan version first: the table is the way to compare them. */
export function RatingsTable({ ratings, caption }: { ratings: Rating[]; caption: string }) {
  const t = useT();
  if (ratings.length === 0) return <p className="govuk-body">{t(m.nobodyYet)}</p>;
  const sorted = [...ratings].sort((a, b) => b.planVersion - a.planVersion || a.name.localeCompare(b.name));
  return (
    <table className="govuk-table umb-mp-ratings">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t(m.who)}
          </th>
          <th scope="col" className="govuk-table__header">
            {t(m.version)}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t(m.rating)}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {sorted.map((rating) => (
          <tr className="govuk-table__row" key={`${rating.accountId}-${rating.planVersion}`}>
            <td className="govuk-table__cell">
              {rating.name}
              <span className="umb-muted">
                {' ('}
                {rating.roleKind === 'professional' ? (
                  <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
                    {rating.role}
                  </Written>
                ) : (
                  roleIn(t, rating)
                )}
                {')'}
              </span>
            </td>
            <td className="govuk-table__cell">{rating.planVersion}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{rating.score}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
