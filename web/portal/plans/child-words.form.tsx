// A young person's own words (worries, good things, hopes), kept exactly as written; nobody else reads them unless they choose who can.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CHILD_WORDS_AUDIENCE_KEYS, CHILD_WORDS_PART_KEYS, type ChildWordsPartKey } from '../../../shared/domain/plans.ts';
import { filterOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { childWords as m } from './child-words.messages.ts';
import { CHILD_WORDS_AUDIENCE_WORDS, CHILD_WORDS_PART_WORDS, whoWillRead } from './child-words.ts';
import { useReportErrors } from './plan-forms.ts';
import { addChildWords, type ChildWordsAudience, rememberChildWords } from './plans.api.ts';

const IDS = { part: 'words-part', words: 'words-text', share: 'words-share' } as const;
export const audienceOptions = (t: Translate) =>
  CHILD_WORDS_AUDIENCE_KEYS.map((key) => ({ value: key, label: t(CHILD_WORDS_AUDIENCE_WORDS[key].label) }));

type AddWordsProps = { familyId: string; childPersonId: string; onErrorsChange: (formId: string, hasErrors: boolean) => void };

export function AddChildWordsForm({ familyId, childPersonId, onErrorsChange }: AddWordsProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [part, setPart] = useState<ChildWordsPartKey | ''>('');
  const [words, setWords] = useState('');
  const [shareWith, setShareWith] = useState<ChildWordsAudience[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useReportErrors('child-words-new', Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (body: { part: ChildWordsPartKey; words: string; shareWith: ChildWordsAudience[] }) =>
      addChildWords(familyId, { childPersonId, writtenForChild: false, childConsented: body.shareWith.length > 0, ...body }),
    onSuccess: (added) => {
      rememberChildWords(queryClient, familyId, added);
      setPart('');
      setWords('');
      setShareWith([]);
      setErrors({});
      setSaved(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { part: IDS.part, words: IDS.words, shareWith: IDS.share, childConsented: IDS.share }, IDS.words));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const problems: FieldErrors = {};
    if (!part) problems[IDS.part] = t(m.choosePart);
    if (!words.trim()) problems[IDS.words] = t(m.writeWords);
    else if (words.length > 4000) problems[IDS.words] = t(m.tooLong);
    setErrors(problems);
    // Sent exactly as written: the words are his, so nothing is tidied.
    if (part && Object.keys(problems).length === 0) mutation.mutate({ part, words, shareWith });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form umb-mp-form--new" aria-labelledby="add-words-heading">
      <h3 className="govuk-heading-s" id="add-words-heading">
        {t(m.addHeading)}
      </h3>
      <ErrorSummary errors={summaryOf(errors, [IDS.part, IDS.words, IDS.share])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.wordsSaved)}
        </p>
      ) : null}
      <Radios
        name={IDS.part}
        legend={t(m.partLegend)}
        options={CHILD_WORDS_PART_KEYS.map((key) => ({
          value: key,
          label: t(CHILD_WORDS_PART_WORDS[key].title),
          hint: t(CHILD_WORDS_PART_WORDS[key].prompt),
        }))}
        value={part}
        onChange={(value) => {
          setPart(value);
          setSaved(false);
        }}
        error={errors[IDS.part]}
      />
      <TextArea
        id={IDS.words}
        label={t(m.wordsLabel)}
        labelClass="govuk-label--s"
        hint={t(m.wordsHint)}
        rows={5}
        value={words}
        onValueChange={(value) => {
          setWords(value);
          setSaved(false);
        }}
        error={errors[IDS.words]}
      />
      <Checkboxes
        name={IDS.share}
        legend={t(m.whoCanReadLegend)}
        hint={t(m.whoCanReadHint)}
        groups={[{ options: audienceOptions(t) }]}
        values={shareWith}
        onChange={(values) => setShareWith(filterOneOf(CHILD_WORDS_AUDIENCE_KEYS, values))}
        error={errors[IDS.share]}
      />
      <p className="govuk-body">{whoWillRead(t, shareWith)}</p>
      <Button busy={mutation.isPending}>{t(m.saveWords)}</Button>
    </form>
  );
}
