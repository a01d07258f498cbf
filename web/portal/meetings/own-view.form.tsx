// "What you would like the meeting to know" (issue 17 §2): the parent's or a young person's own view, written and changed
// until the meeting has happened. What they type is kept in this browser until it is saved (useLocalDraft), and a 409 shows
// what is saved now and keeps their words.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { MeetingView } from '../../../shared/contracts/meetings.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { useLocalDraft } from '../../ui/local-draft.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { formatDateTime } from '../portal-format.ts';
import { meetingPage as m } from './meeting.messages.ts';

const VIEW_MAX = 4000;
/** No draft: `base` -1 means the box shows what is saved. */
const NO_DRAFT = { text: '', base: -1 };

type Props = {
  /** The textarea's id (unique on the page). */
  id: string;
  accountId: string;
  meetingId: string;
  /** Their view as saved, or null before the first save. */
  view: MeetingView | null;
  label: ReactNode;
  hint: ReactNode;
  /** Sends the view; resolves once the page shows the server's answer. */
  save: (body: { text: string; version: number }) => Promise<unknown>;
  /** After a 409: reads the meeting again and gives their view as it is now. */
  reread: () => Promise<MeetingView | null>;
};

export function OwnViewForm({ id, accountId, meetingId, view, label, hint, save, reread }: Props) {
  const t = useT();
  const draft = useLocalDraft(accountId, `meeting-view.${meetingId}`, NO_DRAFT);
  const writing = draft.values.base >= 0;
  const text = writing ? draft.values.text : (view?.text ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<MeetingView | null>(null);
  const [saved, setSaved] = useState(false);

  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => {
      draft.clear();
      setTheirs(null);
      setErrors({});
      setSaved(true);
    },
    onError: async (failure, sentBody) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (isApiError(failure) && failure.status === 409) {
        const now = await reread().catch(() => null);
        // Someone else's save is shown; a meeting that has since happened shows as closed (the page reads it again).
        setTheirs(now && now.version !== sentBody.version ? now : null);
        // Her words stay; the next save answers the view as it is now.
        draft.set('base', now?.version ?? 0);
        setErrors({});
        return;
      }
      setErrors(failureErrors(failure, { text: id, version: id }, id));
    },
  });

  const change = (value: string) => {
    setSaved(false);
    draft.set('text', value);
    if (!writing) draft.set('base', view?.version ?? 0);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const trimmed = text.trim();
    if (!trimmed) return setErrors({ [id]: t(m.viewEmpty) });
    if (trimmed.length > VIEW_MAX) return setErrors({ [id]: t(m.viewTooLong) });
    setErrors({});
    mutation.mutate({ text: trimmed, version: writing ? draft.values.base : (view?.version ?? 0) });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-no-print">
      <ErrorSummary errors={summaryOf(errors, [id])} />
      {theirs ? (
        <div className="govuk-inset-text" role="alert">
          <p className="govuk-body">{t(m.viewChanged)}</p>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t(m.savedNow)}</p>
          <Written lang={theirs.writtenIn} className="govuk-body umb-pre-line">
            {theirs.text}
          </Written>
        </div>
      ) : null}
      <TextArea
        id={id}
        label={label}
        labelClass="govuk-label--s"
        hint={hint}
        rows={6}
        value={text}
        onValueChange={change}
        error={errors[id]}
        extraDescribedBy={`${id}-status`}
      />
      <p id={`${id}-status`} className="govuk-body-s umb-muted">
        {writing ? t(m.viewNotSaved) : view ? t(m.viewLastSaved, { when: formatDateTime(view.updatedAt) }) : null}
      </p>
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.viewSaved)}
        </p>
      ) : null}
      <Button busy={mutation.isPending} secondary={!writing}>
        {t(m.viewSave)}
      </Button>
    </form>
  );
}
