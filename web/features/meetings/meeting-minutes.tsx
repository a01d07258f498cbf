// The minutes (issue 17 §2): the chair writes them in plain words with the writing help (jargon, judging words and how
// hard they are to read), saves them, and shares them with the family once, within the working days set; late minutes
// say so here, are reminded to the chair and counted for the team manager. The family's replies are shown beside them.
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { PlainLanguageHelp } from '../records/plain-language.help.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { Replies } from './meeting-replies.tsx';
import { saveMinutes, shareMinutes, type WorkerMeeting } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

const ID = 'minutes-text';

export function MinutesRecord({ familyId, meeting: m, parent }: { familyId: string; meeting: WorkerMeeting; parent: string }) {
  const { minutes } = m;
  const reader = m.familyInvited ? parent : 'The workers invited';
  return (
    <section aria-labelledby="minutes-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="minutes-heading">
        Minutes
      </h2>
      {minutes.sharedAt ? (
        <p className="govuk-body">Shared {formatDateTime(minutes.sharedAt)}.</p>
      ) : minutes.dueOn ? (
        <p className="govuk-body">
          Due with {m.familyInvited ? parent : 'the workers invited'} by {formatDate(minutes.dueOn)} ({m.minutesDueWorkingDays} working{' '}
          {m.minutesDueWorkingDays === 1 ? 'day' : 'days'} after the meeting).
        </p>
      ) : (
        <p className="govuk-body">
          Due {m.minutesDueWorkingDays} working {m.minutesDueWorkingDays === 1 ? 'day' : 'days'} after the meeting.
        </p>
      )}
      {minutes.overdue ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            The minutes are overdue: they were due by {minutes.dueOn ? formatDate(minutes.dueOn) : 'now'}.{' '}
            {m.familyInvited ? `${reader} is waiting for them.` : 'The workers invited are waiting for them.'}
          </strong>
        </div>
      ) : null}
      {m.allowed.writeMinutes && !minutes.sharedAt ? (
        <MinutesForm familyId={familyId} meeting={m} reader={reader} />
      ) : minutes.text ? (
        <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-meeting-words">
          {minutes.text}
        </Written>
      ) : (
        <p className="govuk-body">Not written yet. The chair writes them.</p>
      )}
      {minutes.sharedAt && m.familyInvited ? <Replies replies={minutes.replies} to="the minutes" /> : null}
    </section>
  );
}

function MinutesForm({ familyId, meeting: m, reader }: { familyId: string; meeting: WorkerMeeting; reader: string }) {
  const [text, setText] = useState(m.minutes.text ?? '');
  const [saved, setSaved] = useState(false);
  const words = useKeepAsWritten({ id: 'minutes', texts: [text], ids: { text: ID }, fallbackId: ID });
  const save = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (body: { text: string; version: number }) => saveMinutes(familyId, m.appointment.id, { ...body, keepAsWritten: words.body() }),
    fallbackId: ID,
    ids: { text: ID },
    words,
    onSaved: () => setSaved(true),
  });
  const share = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (version: number) => shareMinutes(familyId, m.appointment.id, { version }),
    fallbackId: ID,
  });
  const unsaved = text.trim() !== (m.minutes.text ?? '');
  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!text.trim()) return save.setErrors({ [ID]: 'Write the minutes' });
    save.setErrors({});
    if (!words.prepare()) return;
    save.mutation.mutate({ text: text.trim(), version: m.meetingVersion });
  };
  const onShare = () => {
    setSaved(false);
    if (!m.minutes.text || unsaved) return share.setErrors({ [ID]: 'Save the minutes first, then share them' });
    share.setErrors({});
    share.mutation.mutate(m.meetingVersion);
  };
  const errors = { ...save.errors, ...share.errors };
  return (
    <form noValidate onSubmit={onSave}>
      <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, [ID])]} />
      {save.conflict || share.conflict ? (
        <div className="govuk-inset-text" role="alert">
          {CHANGED}
          {m.minutes.text ? (
            <>
              {' '}
              The minutes as saved now say:
              <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-meeting-words">
                {m.minutes.text}
              </Written>
            </>
          ) : null}
        </div>
      ) : null}
      {saved ? (
        <div className="govuk-inset-text" role="status">
          Saved. {reader} can read them once you share them.
        </div>
      ) : null}
      <TextArea
        id={ID}
        label="The minutes, in plain words"
        labelClass="govuk-label--s"
        hint={`${reader} can read them once shared${m.familyInvited ? ', and reply' : ''}. Start with the family’s views, then what was decided and why, and what happens next.`}
        rows={14}
        value={text}
        onValueChange={setText}
        error={errors[ID] ?? words.inline(ID)}
        extraDescribedBy="minutes-help"
        spellCheck
      />
      <PlainLanguageHelp id="minutes-help" text={text} />
      <KeepAsWrittenField control={words} />
      <div className="govuk-button-group">
        <Button busy={save.busy} secondary>
          Save the minutes
        </Button>
        {m.minutes.text ? (
          <Button type="button" busy={share.busy} onClick={onShare}>
            Share the minutes
          </Button>
        ) : null}
      </div>
    </form>
  );
}
