// Young people invited without their parent being told (issue 13 §5): the worker's reason, and the lead's review of it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ReviewQueue } from '../../../shared/contracts/consents.ts';
import { apiPost, isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { formatDate } from '../../ui/format.ts';
import { TextArea } from '../../ui/textarea.tsx';

type Invitation = ReviewQueue['youngPeopleInvitedWithoutParent'][number];

export function InvitationReviewSection({ invitations, onDone }: { invitations: Invitation[]; onDone: (message: string) => void }) {
  return (
    <>
      <h3 className="govuk-heading-m">Young people invited without their parent being told ({invitations.length})</h3>
      {invitations.length === 0 ? <p className="govuk-body">No invitation to review.</p> : null}
      {invitations.map((invitation) => (
        <InvitationItem key={invitation.id} invitation={invitation} onDone={onDone} />
      ))}
    </>
  );
}

function InvitationItem({ invitation, onDone }: { invitation: Invitation; onDone: (message: string) => void }) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const noteId = `invitation-note-${invitation.id}`;
  const mutation = useMutation({
    mutationFn: () =>
      apiPost<void>(`/api/governance/invitations/${encodeURIComponent(invitation.familyId)}/${encodeURIComponent(invitation.id)}/review`, {
        note: note.trim(),
      }),
    onSuccess: async () => {
      onDone(`Review recorded for ${invitation.youngPerson}’s invitation.`);
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
      <h4 className="govuk-heading-s">
        {invitation.youngPerson}, {invitation.familyName}
      </h4>
      <p className="govuk-body">
        Invited by {invitation.invitedBy} on {formatDate(invitation.invitedAt)}. Why the parent was not told:
      </p>
      <p className="govuk-body umb-written">{invitation.reason}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextArea id={noteId} label="Your review, for the record" rows={3} value={note} onValueChange={setNote} error={error} />
        <Button busy={mutation.isPending}>Record the review</Button>
      </form>
    </div>
  );
}
