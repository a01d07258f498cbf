// Reports before the meeting (issue 17 §2): this worker's own, written with the writing help, saved as a draft only they
// read and shared with the family by the due date (late ones say so); then every other shared report with the family's
// replies beside it.
import { type FormEvent, useState } from 'react';
import type { MeetingReport } from '../../../shared/contracts/meetings.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { Tag } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { useProfessional } from '../auth/use-me.ts';
import { PlainLanguageHelp } from '../records/plain-language.help.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { myReport, reportOverdue } from './meeting-logic.ts';
import { Replies } from './meeting-replies.tsx';
import { saveMyReport, shareMyReport, type WorkerMeeting } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

const whoWrote = (r: MeetingReport) =>
  [r.author, r.roleKey ? CARE_TEAM_ROLES[r.roleKey].label : null, r.organisation].filter(Boolean).join(', ');

export function ReportsSection({ familyId, meeting: m, parent }: { familyId: string; meeting: WorkerMeeting; parent: string }) {
  const me = useProfessional();
  const mine = myReport(m.reports, me);
  const others = m.reports.filter((r) => r !== mine && r.sharedAt !== null);
  const reader = m.familyInvited ? parent : 'The workers invited';
  return (
    <section aria-labelledby="reports-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="reports-heading">
        Reports
      </h2>
      {m.reportsDueBy ? (
        <p className="govuk-body">
          Reports are due with {m.familyInvited ? parent : 'the workers invited'} by {formatDateTime(m.reportsDueBy)} (
          {m.reportsDueWorkingDays} working {m.reportsDueWorkingDays === 1 ? 'day' : 'days'} before the meeting).
        </p>
      ) : (
        <p className="govuk-body">
          Reports are due {m.reportsDueWorkingDays} working {m.reportsDueWorkingDays === 1 ? 'day' : 'days'} before the meeting, once a time
          is agreed.
        </p>
      )}
      {m.allowed.writeReport || mine ? <MyReport familyId={familyId} meeting={m} mine={mine} reader={reader} /> : null}
      <h3 className="govuk-heading-s">{mine ? 'Other reports shared' : 'Reports shared'}</h3>
      {others.length === 0 ? <p className="govuk-body">None yet.</p> : null}
      {others.map((r) => (
        <SharedReport key={r.id} report={r} />
      ))}
    </section>
  );
}

function SharedReport({ report: r }: { report: MeetingReport }) {
  return (
    <article className="umb-meeting-part" aria-labelledby={`report-${r.id}`}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1" id={`report-${r.id}`}>
        {whoWrote(r)}
      </h4>
      <p className="govuk-body-s">
        Shared {r.sharedAt ? formatDateTime(r.sharedAt) : ''}
        {r.late ? (
          <>
            {' '}
            <Tag colour="orange">Late</Tag>
          </>
        ) : null}
      </p>
      <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-meeting-words">
        {r.text}
      </Written>
      <Replies replies={r.replies} to="this report" />
    </article>
  );
}

function MyReport({
  familyId,
  meeting: m,
  mine,
  reader,
}: {
  familyId: string;
  meeting: WorkerMeeting;
  mine: MeetingReport | null;
  reader: string;
}) {
  const id = 'my-report';
  const [text, setText] = useState(mine?.text ?? '');
  const [saved, setSaved] = useState<'draft' | 'shared' | null>(null);
  const words = useKeepAsWritten({ id, texts: [text], ids: { text: id }, fallbackId: id });
  const save = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (body: { text: string; version: number }) => saveMyReport(familyId, m.appointment.id, { ...body, keepAsWritten: words.body() }),
    fallbackId: id,
    ids: { text: id },
    words,
    onSaved: () => setSaved('draft'),
  });
  const share = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (version: number) => shareMyReport(familyId, m.appointment.id, { version }),
    fallbackId: id,
    onSaved: () => setSaved('shared'),
  });
  const overdue = reportOverdue(m.reportsDueBy, mine?.sharedAt ?? null, new Date());
  const changedSinceSave = text.trim() !== (mine?.text ?? '');

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (!text.trim()) return save.setErrors({ [id]: 'Write your report' });
    save.setErrors({});
    if (!words.prepare()) return;
    save.mutation.mutate({ text: text.trim(), version: mine?.version ?? 0 });
  };
  const onShare = () => {
    setSaved(null);
    if (!mine || changedSinceSave) return share.setErrors({ [id]: 'Save your changes as a draft first, then share the report' });
    share.setErrors({});
    share.mutation.mutate(mine.version);
  };
  const errors = { ...save.errors, ...share.errors };

  if (mine?.sharedAt)
    return (
      <div className="umb-meeting-part">
        <h3 className="govuk-heading-s">Your report</h3>
        <p className="govuk-body-s">
          You shared it {formatDateTime(mine.sharedAt)}.
          {mine.late ? (
            <>
              {' '}
              <Tag colour="orange">Late</Tag>
            </>
          ) : null}
        </p>
        {saved === 'shared' ? (
          <div className="govuk-inset-text" role="status">
            Shared. {reader} can read it now{m.familyInvited ? ' and reply to it' : ''}.
          </div>
        ) : null}
        <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-meeting-words">
          {mine.text}
        </Written>
        <Replies replies={mine.replies} to="your report" />
      </div>
    );

  return (
    <div className="umb-meeting-part">
      <form noValidate onSubmit={onSave}>
        <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, [id])]} />
        {save.conflict || share.conflict ? (
          <div className="govuk-inset-text" role="alert">
            {CHANGED}
            {mine ? (
              <>
                {' '}
                Your last saved draft says:
                <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-meeting-words">
                  {mine.text}
                </Written>
              </>
            ) : null}
          </div>
        ) : null}
        {overdue ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Your report was due by {m.reportsDueBy ? formatDateTime(m.reportsDueBy) : 'now'}. Share it as soon as you can: it will show as
              late.
            </strong>
          </div>
        ) : null}
        {saved === 'draft' ? (
          <div className="govuk-inset-text" role="status">
            Draft saved. Only you can read it until you share it.
          </div>
        ) : null}
        <TextArea
          id={id}
          label="Your report"
          labelClass="govuk-label--s"
          hint={`${reader} can read it once you share it. Write in plain words, as you would say it to them: what you have seen, what is going well, what worries you and why.`}
          rows={12}
          value={text}
          onValueChange={setText}
          error={errors[id] ?? words.inline(id)}
          extraDescribedBy={`${id}-help`}
          spellCheck
        />
        <PlainLanguageHelp id={`${id}-help`} text={text} />
        <KeepAsWrittenField control={words} />
        <div className="govuk-button-group">
          <Button busy={save.busy} secondary>
            Save draft
          </Button>
          {mine ? (
            <Button type="button" busy={share.busy} onClick={onShare}>
              Share with {m.familyInvited ? reader : 'the workers invited'}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
