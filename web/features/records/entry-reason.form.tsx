// A short form that asks for a reason before a serious step on an entry: marking it entered in error, or (team
// managers only) hiding even that something is withheld.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { TextArea } from '../../ui/textarea.tsx';
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
  send: (reason: string, version: number) => Promise<Entry>;
  onDone: (message: string | null) => void;
};

export function EntryReasonForm(props: ReasonFormProps) {
  const { entry, id, title, label, hint, warning, submitLabel, minLength, tooShort, successMessage, send, onDone } = props;
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(entry.version);
  const [error, setError] = useState<string | undefined>();

  const mutation = useMutation({
    mutationFn: () => send(reason.trim(), version),
    onSuccess: async (updated) => {
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
    mutation.mutate();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby={`${id}-heading`}>
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
        error={error}
      />
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
