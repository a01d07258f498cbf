// "Your rating for this worry": the signed-in person's own 0–10 rating for the version being written now, with an optional
// note, which the family reads: its words are checked as the worker types and at save (issue 16 §1).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { FAMILY_RATING_SCALE, WORKER_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Select } from '../../ui/select.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { DoneMessage } from './item-editing.tsx';
import { useReportErrors } from './plan-page-errors.tsx';
import { ratePlanItem } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';
import type { RatingRow } from './plans.types.ts';

const SCORE_OPTIONS = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: score === 0 ? `0: ${WORKER_RATING_SCALE[0]}` : score === 10 ? `10: ${WORKER_RATING_SCALE[10]}` : String(score),
}));

type RatingFormProps = { familyId: string; itemId: string; workingVersion: number; mine: RatingRow | null; headingLevel?: 4 | 5 };

export function RatingForm({ familyId, itemId, workingVersion, mine, headingLevel = 4 }: RatingFormProps) {
  const queryClient = useQueryClient();
  const ids = { score: `rate-${itemId}`, note: `rate-${itemId}-note` };
  const [score, setScore] = useState(mine ? String(mine.score) : '');
  const [note, setNote] = useState(mine?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const words = useKeepAsWritten({ id: ids.note, texts: [note], ids: { note: ids.note }, fallbackId: ids.note });
  useReportErrors(Object.keys(errors).length > 0 || words.hasErrors);
  const Heading = headingLevel === 4 ? 'h4' : 'h5';

  const mutation = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) =>
      ratePlanItem(familyId, { itemId, score: Number(score), note: note.trim() || undefined, keepAsWritten }),
    onSuccess: async (rating) => {
      setErrors({});
      words.reset();
      setSaved(`Your rating of ${rating.score} for version ${rating.planVersion} was saved.`);
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setErrors({});
      setErrors(failureErrors(failure, { score: ids.score, note: ids.note, itemId: ids.score }, ids.score));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const problems: FieldErrors = {};
    if (score === '') problems[ids.score] = 'Choose a number from 0 to 10';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && reasonGiven) mutation.mutate(words.body());
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-plan-rating-form" aria-labelledby={`${ids.score}-heading`}>
      <Heading className="govuk-heading-s" id={`${ids.score}-heading`}>
        Your rating for version {workingVersion}
      </Heading>
      <DoneMessage message={saved} />
      <ErrorSummary errors={[...words.summary, ...summaryOf(errors, [ids.score, ids.note])]} />
      {mine ? (
        <p className="govuk-body">
          You rated this {mine.score} for version {workingVersion}. You can change it until the plan is reviewed.
        </p>
      ) : null}
      <Select
        id={ids.score}
        label="Your rating for this worry"
        hint={`From 0 (${WORKER_RATING_SCALE[0].toLowerCase()}) to 10 (${WORKER_RATING_SCALE[10].toLowerCase()}). The family's pages say “${FAMILY_RATING_SCALE[0]}” for 0 and “${FAMILY_RATING_SCALE[10]}” for 10.`}
        options={SCORE_OPTIONS}
        placeholder="Choose a number"
        value={score}
        onValueChange={setScore}
        error={errors[ids.score]}
      />
      <TextArea
        id={ids.note}
        label="Why this number? (optional)"
        hint="The family can read this."
        rows={2}
        value={note}
        onValueChange={setNote}
        error={errors[ids.note] ?? words.inline(ids.note)}
        extraDescribedBy={`${ids.note}-words`}
      />
      <WordsCheckHelp id={`${ids.note}-words`} texts={[note]} />
      <KeepAsWrittenField control={words} />
      <Button busy={mutation.isPending} secondary>
        Save your rating
      </Button>
    </form>
  );
}
