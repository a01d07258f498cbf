// The governance lead's review of one override or emergency access: a note for the record, then release, hold back or mark as reviewed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { QueuedEmergencyAccess, QueuedOverride } from '../../api/sharing.types.ts';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { reviewEmergencyAccess, reviewOverride } from './governance.api.ts';

type Done = (message: string) => void;

function useNote() {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const valid = (): boolean => {
    if (note.trim().length < 3) {
      setError('Write a note for the record');
      return false;
    }
    setError(undefined);
    return true;
  };
  const fail = (failure: unknown) => {
    if (isApiError(failure) && failure.status === 401) return;
    setError(isApiError(failure) ? (failure.fields.note ?? failure.message) : 'The review was not saved. Try again.');
  };
  return { note, setNote, error, valid, fail };
}

export function OverrideReviewForm({ override, onDone }: { override: QueuedOverride; onDone: Done }) {
  const queryClient = useQueryClient();
  const { note, setNote, error, valid, fail } = useNote();
  const noteId = `override-note-${override.id}`;
  const mutation = useMutation({
    mutationFn: (release: boolean) => reviewOverride(override.familyId, override.id, { release, note: note.trim() }),
    onSuccess: async (_, release) => {
      onDone(
        release
          ? `Released to the parent: ${override.familyName} can now see this share.`
          : override.parentTold
            ? `Review recorded for ${override.familyName}.`
            : `Review recorded: still held back from ${override.familyName}.`,
      );
      await queryClient.invalidateQueries({ queryKey: ['governance'] });
    },
    onError: fail,
  });
  const submit = (release: boolean) => (valid() ? mutation.mutate(release) : document.getElementById(noteId)?.focus());
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(false);
  };
  const about = <span className="govuk-visually-hidden">: {override.familyName}</span>;

  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-label={`Review of the override for ${override.familyName}`}>
      <TextArea
        id={noteId}
        label="Note for the record"
        labelClass="govuk-label--s"
        hint={override.parentTold ? undefined : 'Say whether the reason for not telling the parent still stands.'}
        rows={3}
        value={note}
        onValueChange={setNote}
        error={error}
      />
      <div className="govuk-button-group">
        {override.parentTold ? (
          <Button busy={mutation.isPending}>Record the review{about}</Button>
        ) : (
          <>
            <Button type="button" busy={mutation.isPending} onClick={() => submit(true)}>
              Release to the parent{about}
            </Button>
            <Button secondary busy={mutation.isPending}>
              Keep holding back{about}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}

export function EmergencyReviewForm({ access, onDone }: { access: QueuedEmergencyAccess; onDone: Done }) {
  const queryClient = useQueryClient();
  const { note, setNote, error, valid, fail } = useNote();
  const noteId = `emergency-note-${access.id}`;
  const mutation = useMutation({
    mutationFn: () => reviewEmergencyAccess(access.id, note.trim()),
    onSuccess: async () => {
      onDone(`Emergency access by ${access.who} to ${access.familyName} marked as reviewed.`);
      await queryClient.invalidateQueries({ queryKey: ['governance'] });
    },
    onError: fail,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (valid()) mutation.mutate();
    else document.getElementById(noteId)?.focus();
  };
  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-label={`Review of emergency access by ${access.who}`}>
      <TextArea
        id={noteId}
        label="Note for the record"
        labelClass="govuk-label--s"
        rows={3}
        value={note}
        onValueChange={setNote}
        error={error}
      />
      <Button busy={mutation.isPending}>
        Mark as reviewed
        <span className="govuk-visually-hidden">
          : {access.who}, {access.familyName}
        </span>
      </Button>
    </form>
  );
}
