// A young person's own words (worries, good things, hopes), kept exactly as written; nobody else reads them unless they choose who can.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  CHILD_WORDS_AUDIENCE_KEYS,
  CHILD_WORDS_AUDIENCES,
  CHILD_WORDS_PART_KEYS,
  CHILD_WORDS_PARTS,
  type ChildWordsPartKey,
} from '../../../shared/domain/plans.ts';
import { filterOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { useReportErrors } from './plan-forms.ts';
import { addChildWords, type ChildWordsAudience, rememberChildWords } from './plans.api.ts';

const IDS = { part: 'words-part', words: 'words-text', share: 'words-share' } as const;
export const audienceOptions = CHILD_WORDS_AUDIENCE_KEYS.map((key) => ({ value: key, label: CHILD_WORDS_AUDIENCES[key] }));

type AddWordsProps = { familyId: string; childPersonId: string; onErrorsChange: (formId: string, hasErrors: boolean) => void };

export function AddChildWordsForm({ familyId, childPersonId, onErrorsChange }: AddWordsProps) {
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
    if (!part) problems[IDS.part] = 'Choose what you want to write about';
    if (!words.trim()) problems[IDS.words] = 'Write your words';
    else if (words.length > 4000) problems[IDS.words] = 'Keep this under 4,000 characters';
    setErrors(problems);
    // Sent exactly as written: the words are his, so nothing is tidied.
    if (part && Object.keys(problems).length === 0) mutation.mutate({ part, words, shareWith });
  };

  const who = shareWith.map((key) => CHILD_WORDS_AUDIENCES[key].replace(/^My /, 'your ').replace(/^The /, 'the '));
  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form umb-mp-form--new" aria-labelledby="add-words-heading">
      <h3 className="govuk-heading-s" id="add-words-heading">
        Add your own words
      </h3>
      <ErrorSummary errors={summaryOf(errors, [IDS.part, IDS.words, IDS.share])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          Your words have been saved.
        </p>
      ) : null}
      <Radios
        name={IDS.part}
        legend="What do you want to write about?"
        options={CHILD_WORDS_PART_KEYS.map((key) => ({
          value: key,
          label: CHILD_WORDS_PARTS[key].title,
          hint: CHILD_WORDS_PARTS[key].prompt,
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
        label="Your words"
        labelClass="govuk-label--s"
        hint="Write it your way. Your words are kept exactly as you write them."
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
        legend="Who can read this?"
        hint="Only you can read this unless you choose. You can change this later."
        groups={[{ options: audienceOptions }]}
        values={shareWith}
        onChange={(values) => setShareWith(filterOneOf(CHILD_WORDS_AUDIENCE_KEYS, values))}
        error={errors[IDS.share]}
      />
      <p className="govuk-body">
        {who.length === 0 ? 'Only you will be able to read this.' : `You and ${who.join(' and ')} will be able to read this.`}
      </p>
      <Button busy={mutation.isPending}>Save your words</Button>
    </form>
  );
}
