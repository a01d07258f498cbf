// The family's views before the meeting (issue 17 §2): the record starts with them, the parent's first, then each
// child's. Their words are shown as written, in their language, and never checked. A worker who may change the meeting
// writes a view down for someone who asked them to; a child's needs their agreement that it is read at the meeting.
import { type FormEvent, useState } from 'react';
import type { WorkerAppointments } from '../../../shared/contracts/appointments.ts';
import type { MeetingView } from '../../../shared/contracts/meetings.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { isChild, viewsInOrder } from './meeting-logic.ts';
import { type WorkerMeeting, writeViewFor } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

type Person = { personId: string; name: string };

export function ViewsSection({
  familyId,
  meeting: m,
  people,
}: {
  familyId: string;
  meeting: WorkerMeeting;
  people: WorkerAppointments['people'];
}) {
  const about = viewsInOrder(m.appointment.withPeople, people);
  return (
    <section aria-labelledby="views-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="views-heading">
        The family’s views
      </h2>
      <p className="govuk-body">
        The record starts with what the family want the meeting to know. Their words are shown as they wrote them.
      </p>
      {about.length === 0 ? <p className="govuk-body">The meeting is not about anyone in the family by name.</p> : null}
      {about.map((p) => (
        <PersonView
          key={p.personId}
          familyId={familyId}
          meeting={m}
          person={p}
          child={isChild(people, p.personId)}
          view={m.views.find((v) => v.personId === p.personId) ?? null}
        />
      ))}
    </section>
  );
}

function PersonView({
  familyId,
  meeting: m,
  person,
  child,
  view,
}: {
  familyId: string;
  meeting: WorkerMeeting;
  person: Person;
  child: boolean;
  view: MeetingView | null;
}) {
  const headingId = `view-${person.personId}`;
  // Someone's own words are theirs to change: a worker writes a view down only when none is written or they wrote it.
  const mayWrite = m.allowed.writeViews && m.appointment.status !== 'cancelled' && (!view || view.writtenForPerson);
  return (
    <div className="umb-meeting-part">
      <h3 className="govuk-heading-s" id={headingId}>
        {person.name}
      </h3>
      {view ? (
        <>
          <Written lang={view.writtenIn} className="govuk-body umb-meeting-words">
            {view.text}
          </Written>
          <p className="govuk-body-s">
            {view.writtenForPerson ? `Written down for ${person.name} by ${view.author}` : `Written by ${person.name}`},{' '}
            {formatDateTime(view.updatedAt)}.
          </p>
        </>
      ) : (
        <p className="govuk-body">{person.name} has not written a view yet.</p>
      )}
      {mayWrite ? <WriteViewForm familyId={familyId} meeting={m} person={person} child={child} view={view} /> : null}
    </div>
  );
}

function WriteViewForm({
  familyId,
  meeting: m,
  person,
  child,
  view,
}: {
  familyId: string;
  meeting: WorkerMeeting;
  person: Person;
  child: boolean;
  view: MeetingView | null;
}) {
  const prefix = `view-${person.personId}`;
  const ids = { text: `${prefix}-text`, agreed: `${prefix}-agreed` };
  const [text, setText] = useState(view?.text ?? '');
  const [agreed, setAgreed] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (body: { text: string; agreed: boolean; version: number }) => writeViewFor(familyId, m.appointment.id, person.personId, body),
    fallbackId: ids.text,
    ids,
    onSaved: () => {
      setSaved(true);
      setAgreed(false);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    if (!text.trim()) problems[ids.text] = `Write ${person.name}’s view in their words`;
    if (child && !agreed) problems[ids.agreed] = `Ask ${person.name} whether these words may be read at the meeting`;
    change.setErrors(problems);
    if (Object.keys(problems).length) return;
    // The version read: the view as the page shows it now (after a 409, as someone else saved it).
    const current = m.views.find((v) => v.personId === person.personId);
    change.mutation.mutate({ text: text.trim(), agreed: child ? agreed : false, version: current?.version ?? 0 });
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {view ? `Change the view written down for ${person.name}` : `Write down a view for ${person.name}`}
        </span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={toFormErrors(change.errors, [ids.text, ids.agreed])} />
          {change.conflict ? (
            <div className="govuk-inset-text" role="alert">
              {CHANGED}
            </div>
          ) : null}
          {saved ? (
            <div className="govuk-inset-text" role="status">
              Saved. {person.name}’s view is read at the start of the meeting.
            </div>
          ) : null}
          <TextArea
            id={ids.text}
            label={`${person.name}’s view, in their words`}
            hint="Write what they said, as they said it. Their words are not changed or checked."
            rows={4}
            value={text}
            onValueChange={setText}
            error={change.errors[ids.text]}
          />
          {child ? (
            <>
              {change.errors[ids.agreed] ? (
                <p className="govuk-error-message" id={`${ids.agreed}-error`}>
                  <span className="govuk-visually-hidden">Error:</span> {change.errors[ids.agreed]}
                </p>
              ) : null}
              <Checkbox
                id={ids.agreed}
                label={`${person.name} agreed that these words are read at the meeting`}
                hint="Read the words back to them first. Without their agreement, the view is not saved."
                checked={agreed}
                onCheckedChange={setAgreed}
              />
            </>
          ) : null}
          <Button busy={change.busy} secondary>
            Save {person.name}’s view
          </Button>
        </form>
      </div>
    </details>
  );
}
