// The family's replies beside a shared report or the shared minutes (issue 17 §2): each reply as written, with who and when,
// and the parent's reply box (sent once however often it is retried: one idempotency key per reply).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { MeetingReply } from '../../../shared/contracts/meetings.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { formatDateTime } from '../portal-format.ts';
import { meetingPage as m } from './meeting.messages.ts';
import { meetingQuery, sendReply } from './meetings.api.ts';

const REPLY_MAX = 4000;

export function Replies({ replies }: { replies: MeetingReply[] }) {
  const t = useT();
  if (replies.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s">{t(m.replies)}</h4>
      <ul className="govuk-list govuk-list--spaced umb-meeting-replies">
        {replies.map((r) => (
          <li key={r.id}>
            <span className="govuk-body-s govuk-!-display-block umb-muted">
              {t.rich(m.replyBy, {
                name: (
                  <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
                    {r.name}
                  </Written>
                ),
                when: formatDateTime(r.at),
              })}
            </span>
            <Written lang={r.writtenIn} className="govuk-body umb-pre-line">
              {r.text}
            </Written>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Her reply to one report (`reportId`) or to the minutes (`reportId` null). */
export function ReplyForm({ meetingId, reportId }: { meetingId: string; reportId: string | null }) {
  const t = useT();
  const queryClient = useQueryClient();
  const id = `meeting-reply-${reportId ?? 'minutes'}`;
  const [text, setText] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);

  const mutation = useMutation({
    mutationFn: (body: string) => sendReply(meetingId, reportId, { text: body }, key),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingQuery(meetingId).queryKey, meeting);
      setText('');
      setKey(crypto.randomUUID());
      setErrors({});
      setSent(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { text: id }, id));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    const trimmed = text.trim();
    if (!trimmed) return setErrors({ [id]: t(m.replyEmpty) });
    if (trimmed.length > REPLY_MAX) return setErrors({ [id]: t(m.replyTooLong) });
    setErrors({});
    mutation.mutate(trimmed);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-no-print">
      <ErrorSummary errors={summaryOf(errors, [id])} />
      {sent ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.replyDone)}
        </p>
      ) : null}
      <TextArea
        id={id}
        label={t(m.replyLabel)}
        labelClass="govuk-label--s"
        hint={t(m.replyHint)}
        rows={3}
        value={text}
        onValueChange={(value) => {
          setSent(false);
          setText(value);
        }}
        error={errors[id]}
      />
      <Button busy={mutation.isPending} secondary>
        {t(m.replySend)}
      </Button>
    </form>
  );
}
