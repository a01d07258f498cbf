// Change the family's level of involvement with children's services, showing the plain explanation the family
// will read for the level chosen; every change is kept in the history. The family reads the note, so its words are
// checked as they are typed and at save, with "keep as written" when the worker keeps them (issue 16 §1).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { INVOLVEMENT_EXPLANATIONS, INVOLVEMENT_LEVELS, type InvolvementLevel } from '../../../shared/domain/involvement-levels.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, type DateParts, datePartsFromIso, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { todayIso } from '../../ui/time.ts';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { familyQuery } from './families.queries.ts';
import { changeInvolvement } from './family-edits.api.ts';
import { InvolvementExplanation, InvolvementHistory } from './involvement.section.tsx';

const FIELD_ORDER = ['level', 'startedOn-day', 'note'] as const;

export function InvolvementFormPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const [level, setLevel] = useState<InvolvementLevel | ''>(family.involvement.level);
  const [startedOn, setStartedOn] = useState<DateParts>(datePartsFromIso(todayIso()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const words = useKeepAsWritten({ id: 'note', texts: [note], ids: { note: 'note' }, fallbackId: 'note' });
  const hasErrors = Object.keys(errors).length > 0 || words.hasErrors;
  usePageTitle('Change the involvement level', hasErrors);

  const mutation = useMutation({
    mutationFn: () =>
      changeInvolvement(familyId, {
        level,
        startedOn: isoFromDateParts(startedOn) ?? '',
        note: note.trim() || null,
        keepAsWritten: words.body(),
      }),
    onSuccess: async () => {
      words.reset();
      await queryClient.invalidateQueries({ queryKey: ['families'] });
      setFlash(`Involvement level saved: ${level ? INVOLVEMENT_EXPLANATIONS[level].title : ''}`);
      await navigate({ to: '/families/$familyId', params: { familyId } });
    },
    onError: (error) => {
      if (words.refused(error)) return setErrors({});
      if (!isApiError(error) || error.status !== 401) {
        const fields = fieldErrorsFromFailure(error, 'level');
        if (fields.startedOn) fields['startedOn-day'] = fields.startedOn;
        delete fields.startedOn;
        setErrors(fields);
      }
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!level) problems.level = 'Choose the level of involvement';
    if (!isoFromDateParts(startedOn)) problems['startedOn-day'] = 'Enter a real date, for example 25 11 2026';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && reasonGiven) mutation.mutate();
  };

  const options = INVOLVEMENT_LEVELS.map((value) => ({
    value,
    label: INVOLVEMENT_EXPLANATIONS[value].title,
    conditional: (
      <div className="umb-explanation">
        <p className="govuk-body govuk-!-font-weight-bold">How Umbrella explains this to the family:</p>
        <InvolvementExplanation explanation={INVOLVEMENT_EXPLANATIONS[value]} headingLevel={2} />
      </div>
    ),
  }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, FIELD_ORDER)]} />
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Change the involvement level</h1>
        <p className="govuk-body">
          Now: {family.involvement.explanation.title}. The family sees the new level and its explanation straight away.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="level"
            legend="Level of involvement with children’s services"
            legendClass="govuk-fieldset__legend--m"
            options={options}
            value={level}
            onChange={setLevel}
            error={errors.level}
          />
          <DateInput
            id="startedOn"
            legend="From when?"
            hint="For example, 25 11 2026"
            value={startedOn}
            onChange={setStartedOn}
            error={errors['startedOn-day']}
          />
          <TextArea
            id="note"
            label="Why is it changing? (optional)"
            hint="The family can read this. Use plain words."
            rows={3}
            value={note}
            onValueChange={setNote}
            error={errors.note ?? words.inline('note')}
            extraDescribedBy="note-words"
          />
          <WordsCheckHelp id="note-words" texts={[note]} />
          <KeepAsWrittenField control={words} />
          <Button busy={mutation.isPending}>Save involvement level</Button>
        </form>
        <InvolvementHistory history={family.involvement.history} />
      </div>
    </div>
  );
}
