// "Write down a child's words" for a worker: which part, the child's exact words, that the worker wrote them in the child's own
// words, who the child agreed to share them with, and that the child said yes to sharing.
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
import { DoneMessage } from './item-editing.tsx';
import { useReportErrors } from './plan-page-errors.tsx';
import { addChildWords } from './plans.api.ts';
import { childWordsKey } from './plans.queries.ts';

const IDS = {
  part: 'words-part',
  words: 'words-text',
  writtenForChild: 'words-written-for-child',
  shareWith: 'words-share-with',
  childConsented: 'words-child-consented',
};
const ORDER = [IDS.part, IDS.words, IDS.writtenForChild, IDS.shareWith, IDS.childConsented];

export function ChildWordsForm({ familyId, childId, childName }: { familyId: string; childId: string; childName: string }) {
  const queryClient = useQueryClient();
  const [part, setPart] = useState<ChildWordsPartKey | ''>('');
  const [words, setWords] = useState('');
  const [writtenForChild, setWrittenForChild] = useState(false);
  const [shareWith, setShareWith] = useState<string[]>([]);
  const [childConsented, setChildConsented] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  useReportErrors(Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: (chosenPart: ChildWordsPartKey) =>
      addChildWords(familyId, {
        childPersonId: childId,
        part: chosenPart,
        // Kept exactly as the child said them: not trimmed inside, not corrected.
        words,
        writtenForChild,
        shareWith: filterOneOf(CHILD_WORDS_AUDIENCE_KEYS, shareWith),
        childConsented,
      }),
    onSuccess: async () => {
      setPart('');
      setWords('');
      setWrittenForChild(false);
      setShareWith([]);
      setChildConsented(false);
      setErrors({});
      setSaved(`${childName}’s words were kept.`);
      await queryClient.invalidateQueries({ queryKey: childWordsKey(familyId) });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, IDS, IDS.words));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const problems: FieldErrors = {};
    if (!part) problems[IDS.part] = `Choose what ${childName}’s words are about`;
    if (!words.trim()) problems[IDS.words] = `Write ${childName}’s words`;
    if (!writtenForChild) problems[IDS.writtenForChild] = `Confirm you wrote these down in ${childName}’s own words`;
    if (shareWith.length > 0 && !childConsented) problems[IDS.childConsented] = `Only share ${childName}’s words if they said yes`;
    setErrors(problems);
    if (Object.keys(problems).length === 0 && part) mutation.mutate(part);
  };

  return (
    <section className="umb-section" aria-labelledby="words-form-heading">
      <h2 className="govuk-heading-m" id="words-form-heading">
        Write down {childName}’s words
      </h2>
      <DoneMessage message={saved} />
      <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="words-form-heading">
        <ErrorSummary errors={summaryOf(errors, ORDER)} />
        <Radios
          name={IDS.part}
          legend={`What are ${childName}’s words about?`}
          options={CHILD_WORDS_PART_KEYS.map((key) => ({
            value: key,
            label: CHILD_WORDS_PARTS[key].title,
            hint: `We asked: “${CHILD_WORDS_PARTS[key].prompt}”`,
          }))}
          value={part}
          onChange={setPart}
          error={errors[IDS.part]}
          small
        />
        <TextArea
          id={IDS.words}
          label={`${childName}’s exact words`}
          hint="Write what they said, as they said it. Do not correct or explain it."
          rows={5}
          value={words}
          onValueChange={setWords}
          error={errors[IDS.words]}
          spellCheck={false}
        />
        <ConfirmCheckbox
          id={IDS.writtenForChild}
          label={`I wrote these down in ${childName}’s own words`}
          checked={writtenForChild}
          onCheckedChange={setWrittenForChild}
          error={errors[IDS.writtenForChild]}
        />
        <Checkboxes
          name={IDS.shareWith}
          legend={`Who did ${childName} agree to share these words with?`}
          hint={`Leave all empty if ${childName} did not want to share them. Then only ${childName} and you can see them.`}
          groups={[
            {
              options: CHILD_WORDS_AUDIENCE_KEYS.map((key) => ({
                value: key,
                label: CHILD_WORDS_AUDIENCES[key],
              })),
            },
          ]}
          values={shareWith}
          onChange={setShareWith}
          error={errors[IDS.shareWith]}
          small
        />
        <ConfirmCheckbox
          id={IDS.childConsented}
          label="The child said yes to sharing"
          hint={`Only tick this if ${childName} said yes to sharing with the people ticked above.`}
          checked={childConsented}
          onCheckedChange={setChildConsented}
          error={errors[IDS.childConsented]}
        />
        <Button busy={mutation.isPending}>Keep {childName}’s words</Button>
      </form>
    </section>
  );
}

type ConfirmProps = {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  error?: string;
};

/** One checkbox that confirms something, with its own error message (the shared Checkbox has none). */
function ConfirmCheckbox({ id, label, hint, checked, onCheckedChange, error }: ConfirmProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onCheckedChange(event.target.checked)}
            aria-describedby={describedBy}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
