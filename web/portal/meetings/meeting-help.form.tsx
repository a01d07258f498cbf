// "Help to get there" on a meeting's page (issue 17 §2): childcare, getting there or something else, in her words; the chair
// and the worker who arranged it are told. What she asked last is shown, and she may ask again while the meeting is to come.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { MEETING_HELP_KINDS, type MeetingHelpKind } from '../../../shared/domain/meetings.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { meetingPage as m } from './meeting.messages.ts';
import { HELP_WORDS } from './meeting-words.ts';
import { askHelp, type FamilyMeeting, meetingQuery } from './meetings.api.ts';

const HELP_MAX = 1000;

export function MeetingHelpSection({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  const queryClient = useQueryClient();
  const meetingId = meeting.appointment.id;
  const kindId = 'meeting-help-kind';
  const textId = 'meeting-help-text';
  const [kind, setKind] = useState<MeetingHelpKind | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  const put = (answer: FamilyMeeting) => queryClient.setQueryData(meetingQuery(meetingId).queryKey, answer);
  const mutation = useMutation({
    mutationFn: (body: { kind: MeetingHelpKind; text: string; version: number }) => askHelp(meetingId, body),
    onSuccess: (answer) => {
      put(answer);
      setKind('');
      setText('');
      setErrors({});
      setDone(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      // Someone changed the meeting meanwhile: show it as it is now; her words stay for her to send again.
      const current = conflictCurrent<FamilyMeeting>(failure);
      if (current?.appointment) {
        put(current);
        setErrors({});
        return;
      }
      // It has happened or was cancelled meanwhile: the page shows it as it is now.
      if (isApiError(failure) && failure.status === 409) void queryClient.invalidateQueries({ queryKey: meetingQuery(meetingId).queryKey });
      setErrors(failureErrors(failure, { kind: kindId, text: textId }, textId));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const problems: Record<string, string> = {};
    const trimmed = text.trim();
    if (!kind) problems[kindId] = t(m.chooseHelp);
    if (!trimmed) problems[textId] = t(m.sayHelp);
    else if (trimmed.length > HELP_MAX) problems[textId] = t(m.helpTooLong);
    setErrors(problems);
    if (kind && Object.keys(problems).length === 0) mutation.mutate({ kind, text: trimmed, version: meeting.meetingVersion });
  };

  const form = (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={summaryOf(errors, [kindId, textId])} />
      <Radios
        name={kindId}
        legend={t(m.helpWhat)}
        legendClass="govuk-fieldset__legend--s"
        value={kind}
        onChange={setKind}
        error={errors[kindId]}
        options={MEETING_HELP_KINDS.map((value) => ({ value, label: t(HELP_WORDS[value].label) }))}
      />
      <TextArea
        id={textId}
        label={t(m.helpText)}
        hint={t(m.helpHint)}
        rows={3}
        value={text}
        onValueChange={setText}
        error={errors[textId]}
      />
      <Button busy={mutation.isPending} secondary>
        {t(m.helpSend)}
      </Button>
    </form>
  );

  return (
    <section aria-labelledby="meeting-help-heading" className="umb-section umb-no-print">
      <h2 className="govuk-heading-m" id="meeting-help-heading">
        {t(m.helpTitle)}
      </h2>
      <p className="govuk-body">{t(m.helpIntro)}</p>
      {done ? (
        <div className="govuk-inset-text" role="status">
          {t(m.helpDone)}
        </div>
      ) : null}
      {meeting.help ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">
            {t(m.helpAsked, { kind: t(HELP_WORDS[meeting.help.kind].inSentence), date: formatDate(meeting.help.at) })}
          </p>
          <Written lang={meeting.help.writtenIn} className="govuk-body umb-pre-line">
            {meeting.help.text}
          </Written>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t(m.helpAgain)}</span>
            </summary>
            <div className="govuk-details__text">{form}</div>
          </details>
        </>
      ) : (
        form
      )}
    </section>
  );
}
