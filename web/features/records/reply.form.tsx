// "Reply as the team": the team's answer, stored beside the entry and the family's own replies (P2). Words the
// respectful-language check finds are shown as they are typed, and kept only on purpose, once per save (features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { isApiError } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { replyAsTeam } from './records.api.ts';
import { entryQuery } from './records.queries.ts';

export function ReplyForm({ entry }: { entry: Entry }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const words = useKeepAsWritten({ id: 'team-reply', texts: [text], fallbackId: 'team-reply' });

  const mutation = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) => replyAsTeam(entry.familyId, entry.id, text.trim(), keepAsWritten),
    onSuccess: async (updated) => {
      words.reset();
      queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['families', entry.familyId, 'entries'], exact: true });
      setText('');
      setSent(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setError(undefined);
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
    if (words.prepare()) mutation.mutate(words.body());
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-rec-reply-form">
      <ErrorSummary errors={words.summary} />
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
        error={error ?? words.inline('team-reply')}
        extraDescribedBy="team-reply-words"
      />
      <WordsCheckHelp id="team-reply-words" texts={[text]} />
      <KeepAsWrittenField control={words} />
      <Button busy={mutation.isPending} secondary>
        Reply as the team
      </Button>
    </form>
  );
}
