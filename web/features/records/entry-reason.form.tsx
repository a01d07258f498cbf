// A short form that asks for a reason before a serious step on an entry: marking it entered in error, or (team
// managers only) hiding even that something is withheld. A reason the family reads (entered in error) has its words
// checked as it is typed and at save, and is kept as written only on purpose, once per save (issue 16 §1, features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { isApiError } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { entryQuery } from './records.queries.ts';

type ReasonFormProps = {
  entry: Entry;
  id: string;
  title: string;
  label: string;
  hint: string;
  warning: ReactNode;
  submitLabel: string;
  minLength: number;
  tooShort: string;
  successMessage: string;
  /** The family reads this reason: its words are checked (the server refuses words to check unless kept as written). */
  familyReads?: boolean;
  send: (reason: string, version: number, keepAsWritten: KeepAsWritten) => Promise<Entry>;
  onDone: (message: string | null) => void;
};

export function EntryReasonForm(props: ReasonFormProps) {
  const {
    entry,
    id,
    title,
    label,
    hint,
    warning,
    submitLabel,
    minLength,
    tooShort,
    successMessage,
    familyReads = false,
    send,
    onDone,
  } = props;
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(entry.version);
  const [error, setError] = useState<string | undefined>();
  const words = useKeepAsWritten({ id, texts: [reason], ids: { reason: id }, fallbackId: id });
  const wordsId = `${id}-words`;

  const mutation = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) => send(reason.trim(), version, keepAsWritten),
    onSuccess: async (updated) => {
      words.reset();
      queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['families', entry.familyId, 'entries'], exact: true });
      onDone(successMessage);
    },
    onError: (failure) => {
      const current = conflictCurrent<Entry>(failure);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, current);
        setError('Someone else changed this entry meanwhile. Read it again above, then press the button again if you still want to.');
        return;
      }
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setError(undefined);
      setError(isApiError(failure) ? (failure.fields.reason ?? failure.message) : 'We could not save that. Try again.');
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < minLength) {
      setError(tooShort);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    if (words.prepare()) mutation.mutate(words.body());
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby={`${id}-heading`}>
      {familyReads ? <ErrorSummary errors={words.summary} /> : null}
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {warning}
        </strong>
      </div>
      <TextArea
        id={id}
        label={label}
        labelClass="govuk-label--s"
        hint={hint}
        rows={3}
        value={reason}
        onValueChange={setReason}
        error={error ?? words.inline(id)}
        extraDescribedBy={familyReads ? wordsId : undefined}
      />
      {familyReads ? (
        <>
          <WordsCheckHelp id={wordsId} texts={[reason]} />
          <KeepAsWrittenField control={words} />
        </>
      ) : null}
      <div className="govuk-button-group">
        <Button className="govuk-button--warning" busy={mutation.isPending}>
          {submitLabel}
        </Button>
        <button type="button" className="govuk-link umb-link-button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
