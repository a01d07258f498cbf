// "Reply as the team": the team's answer, stored beside the entry and the family's own replies (P2).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { replyAsTeam } from './records.api.ts';
import { entryQuery } from './records.queries.ts';

export function ReplyForm({ entry }: { entry: Entry }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);

  const mutation = useMutation({
    mutationFn: () => replyAsTeam(entry.familyId, entry.id, text.trim()),
    onSuccess: async (updated) => {
      queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['families', entry.familyId, 'entries'], exact: true });
      setText('');
      setSent(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? (failure.fields.text ?? failure.message) : 'We could not send your reply. Try again.');
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    if (!text.trim()) {
      setError('Write your reply');
      document.getElementById('team-reply')?.focus();
      return;
    }
    setError(undefined);
    mutation.mutate();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-rec-reply-form">
      <p className="govuk-body-s" role="status">
        {sent ? 'Your reply was added.' : ''}
      </p>
      <TextArea
        id="team-reply"
        label="Your reply"
        labelClass="govuk-label--s"
        hint={
          entry.withholding?.scope === 'whole'
            ? 'The parent cannot see this entry, so they will not see this reply.'
            : 'The family sees the team’s replies beside the entry.'
        }
        rows={4}
        value={text}
        onValueChange={setText}
        error={error}
      />
      <Button busy={mutation.isPending} secondary>
        Reply as the team
      </Button>
    </form>
  );
}
