// Worries raised about a family that a key worker did not tell the parent of (issue 14 §1): the safeguarding reason they
// recorded, and the lead's review of it (a note for the record, as for a young person invited without the parent told).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ReviewQueue } from '../../../shared/contracts/consents.ts';
import { apiPost, isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';

type Worry = ReviewQueue['worriesNotToldToParent'][number];

export function WorryReviewSection({ worries, onDone }: { worries: Worry[]; onDone: (message: string) => void }) {
  return (
    <>
      <h3 className="govuk-heading-m">Worries not told to the parent ({worries.length})</h3>
      {worries.length === 0 ? <p className="govuk-body">No worries held back from a parent.</p> : null}
      {worries.map((worry) => (
        <WorryItem key={worry.id} worry={worry} onDone={onDone} />
      ))}
    </>
  );
}

function WorryItem({ worry, onDone }: { worry: Worry; onDone: (message: string) => void }) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const noteId = `worry-note-${worry.id}`;
  const mutation = useMutation({
    mutationFn: () =>
      apiPost<void>(`/api/governance/worries/${encodeURIComponent(worry.familyId)}/${encodeURIComponent(worry.id)}/review`, {
        note: note.trim(),
      }),
    onSuccess: async () => {
      onDone(`Review recorded for the worry raised by ${worry.raisedBy} (${worry.familyName}).`);
      await queryClient.invalidateQueries({ queryKey: ['governance'] });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? (failure.fields.note ?? failure.message) : 'The review was not saved. Try again.');
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim().length < 3) {
      setError('Write what you checked and decided');
      document.getElementById(noteId)?.focus();
      return;
    }
    setError(undefined);
    mutation.mutate();
  };
  return (
    <div className="umb-share-card">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">
        {worry.familyName}: a worry raised by {worry.raisedBy}
      </h4>
      <p className="govuk-body">
        {worry.decidedBy} decided on {formatDateTime(worry.decidedAt)} not to tell the parent, because:
      </p>
      <p className="govuk-body umb-written">{worry.reason}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextArea id={noteId} label="Your review, for the record" rows={3} value={note} onValueChange={setNote} error={error} />
        <Button busy={mutation.isPending}>
          Record the review
          <span className="govuk-visually-hidden">
            : the worry raised by {worry.raisedBy}, {worry.familyName}
          </span>
        </Button>
      </form>
    </div>
  );
}
