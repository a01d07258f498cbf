// "The end of our work with your family": the closing summary written for the family, and the parent's reply (P2).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../ui/form-errors.ts';
import { Loading } from '../ui/loading.tsx';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { TextArea } from '../ui/textarea.tsx';
import { closingSummary, closingSummaryQueryKey, replyToClosingSummary } from './trusted-people.api.ts';

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function ClosingSummaryPage() {
  const queryClient = useQueryClient();
  const summary = useQuery({ queryKey: closingSummaryQueryKey, queryFn: ({ signal }) => closingSummary(signal) });
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState(false);
  usePageTitle('The summary of our work with your family', Object.keys(errors).length > 0);
  const reply = useMutation({
    mutationFn: () => replyToClosingSummary(text.trim()),
    onSuccess: async () => {
      setText('');
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: closingSummaryQueryKey });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'reply'));
    },
  });

  if (summary.isPending) return <Loading />;
  if (summary.isError) throw summary.error;
  const closure = summary.data.closure;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) return setErrors({ reply: 'Write your reply' });
    setErrors({});
    reply.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          Back to your family
        </Link>
        {sent ? (
          <NotificationBanner success heading="Thank you. Your reply is kept with the summary, and your key workers have been told." />
        ) : null}
        <ErrorSummary errors={toFormErrors(errors, ['reply'])} />
        <h1 className="govuk-heading-l">The summary of our work with your family</h1>
        {!closure ? (
          <p className="govuk-body">
            Nothing has been closed. When the work with your family ends, your key worker writes a summary for you here.
          </p>
        ) : (
          <>
            <p className="govuk-body-s">
              Written by {closure.closedBy} on {longDate(closure.closedAt)}.
              {closure.reopenedAt ? ` The work with your family started again on ${longDate(closure.reopenedAt)}.` : ''}
            </p>
            <p className="govuk-body umb-written">{closure.summary}</p>
            {summary.data.closed ? (
              <p className="govuk-body">
                You can still read your record in Umbrella. If things get harder, you can ask for help again at any time.
              </p>
            ) : null}
            {closure.replies.length > 0 ? <h2 className="govuk-heading-m">Your replies</h2> : null}
            {closure.replies.map((r) => (
              <div key={r.id} className="govuk-inset-text">
                <p className="govuk-body-s">
                  {r.author}, {longDate(r.createdAt)}
                </p>
                <p className="govuk-body umb-written">{r.text}</p>
              </div>
            ))}
            <form noValidate onSubmit={onSubmit}>
              <TextArea
                id="reply"
                label="Add your reply"
                labelClass="govuk-label--m"
                hint="Say what you think, in your own words. It is kept beside the summary and never changes it."
                rows={5}
                value={text}
                onValueChange={setText}
                error={errors.reply}
              />
              <Button busy={reply.isPending}>Send your reply</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
