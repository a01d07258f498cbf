// "The end of our work with your family": the closing summary written for the family, and the parent's reply (P2). Both are
// shown as written, marked with the language they were written in (issue 16 §3).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../ui/form-errors.ts';
import { formatDate } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { TextArea } from '../ui/textarea.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { closingSummary as m } from './closing-summary.messages.ts';
import { closingSummary, closingSummaryQueryKey, replyToClosingSummary } from './trusted-people.api.ts';

/** A person's name as it is recorded, marked like other people's words (without a note). */
const nameAsWritten = (name: string) => (
  <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
    {name}
  </Written>
);

export function ClosingSummaryPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const summary = useQuery({ queryKey: closingSummaryQueryKey, queryFn: ({ signal }) => closingSummary(signal) });
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState(false);
  usePageTitle(t(m.title), Object.keys(errors).length > 0);
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
    if (!text.trim()) return setErrors({ reply: t(m.writeReply) });
    setErrors({});
    reply.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          {t(m.back)}
        </Link>
        {sent ? <NotificationBanner success title={t(m.sentTitle)} heading={t(m.sent)} /> : null}
        <ErrorSummary errors={toFormErrors(errors, ['reply'])} />
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        {!closure ? (
          <p className="govuk-body">{t(m.nothingClosed)}</p>
        ) : (
          <>
            <p className="govuk-body-s">
              {closure.reopenedAt
                ? t.rich(m.writtenByReopened, {
                    name: nameAsWritten(closure.closedBy),
                    date: formatDate(closure.closedAt),
                    reopened: formatDate(closure.reopenedAt),
                  })
                : t.rich(m.writtenBy, { name: nameAsWritten(closure.closedBy), date: formatDate(closure.closedAt) })}
            </p>
            <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body">
              {closure.summary}
            </Written>
            {summary.data.closed ? <p className="govuk-body">{t(m.stillRead)}</p> : null}
            {closure.replies.length > 0 ? <h2 className="govuk-heading-m">{t(m.yourReplies)}</h2> : null}
            {closure.replies.map((r) => (
              <div key={r.id} className="govuk-inset-text">
                <p className="govuk-body-s">
                  {nameAsWritten(r.author)}, {formatDate(r.createdAt)}
                </p>
                <Written lang={r.writtenIn} className="govuk-body">
                  {r.text}
                </Written>
              </div>
            ))}
            <form noValidate onSubmit={onSubmit}>
              <TextArea
                id="reply"
                label={t(m.addReply)}
                labelClass="govuk-label--m"
                hint={t(m.addReplyHint)}
                rows={5}
                value={text}
                onValueChange={setText}
                error={errors.reply}
              />
              <Button busy={reply.isPending}>{t(m.sendReply)}</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
