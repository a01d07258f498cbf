// One visit or appointment on the care team's list (issue 17 §1): what it is, when or the times offered, where it stands,
// what it is for, where, what to bring, who is coming and with whom, why it was not arranged first or why it was cancelled,
// the parent's suggested time with her note, and what this worker may do now (appointment-actions.tsx): accept her time,
// offer new times, cancel with a reason, say it happened, and "Record a visit or contact" with the people and time filled in.
// A meeting (issue 17 §2) shows its kind and links to its own page, where its views, reports and record are.
import { Link } from '@tanstack/react-router';
import type { AppointmentWorker } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_KIND_WORDS, APPOINTMENT_STATUS_WORDS } from '../../../shared/domain/appointments.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { meetingKindLabel } from '../meetings/meeting-logic.ts';
import { KeptNote } from '../words/kept-note.tsx';
import { CancelForm, HappenedButton, OfferForm, SuggestedTime } from './appointment-actions.tsx';
import { rangeInWords, recordVisitSearch } from './appointment-logic.ts';
import { appointmentFile, type WorkerAppointment } from './appointments.api.ts';

const STATUS_COLOUR: Record<WorkerAppointment['status'], TagColour> = {
  proposed: 'yellow',
  agreed: 'green',
  happened: 'grey',
  cancelled: 'red',
};

const workerWords = (w: AppointmentWorker) =>
  [w.name, w.roleKey ? CARE_TEAM_ROLES[w.roleKey].label : null, w.organisation].filter(Boolean).join(', ');

export function AppointmentItem({
  familyId,
  appointment: a,
  parent,
}: {
  familyId: string;
  appointment: WorkerAppointment;
  parent: string;
}) {
  const headingId = `appointment-${a.id}`;
  const open = a.times.filter((t) => t.status === 'open');
  const suggested = open.filter((t) => t.proposedBy === 'family');
  const offered = open.filter((t) => t.proposedBy === 'worker');

  const rows: SummaryRow[] = [];
  if (a.startsAt) rows.push({ key: a.unannounced ? 'When it happened' : 'When', value: rangeInWords(a.startsAt, a.endsAt) });
  if (!a.startsAt && offered.length)
    rows.push({
      key: 'Times offered',
      value: (
        <ul className="govuk-list">
          {offered.map((t) => (
            <li key={t.id}>{rangeInWords(t.startsAt, t.endsAt)}</li>
          ))}
        </ul>
      ),
    });
  if (a.purpose) rows.push({ key: 'What it is for', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.purpose}</Written> });
  if (a.unannouncedReason)
    rows.push({ key: 'Why it was not arranged first', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.unannouncedReason}</Written> });
  if (a.place) rows.push({ key: 'Where', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.place}</Written> });
  if (a.whatToBring) rows.push({ key: 'What to bring', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.whatToBring}</Written> });
  rows.push({
    key: 'Workers',
    value: (
      <ul className="govuk-list">
        {a.workers.map((w) => (
          <li key={w.staffId}>
            {workerWords(w)}
            {w.arranged ? ' (arranged it)' : ''}
          </li>
        ))}
      </ul>
    ),
  });
  if (a.withPeople.length) rows.push({ key: 'With', value: a.withPeople.map((p) => p.name).join(', ') });
  if (a.cancelled)
    rows.push({
      key: `Cancelled by ${a.cancelled.name}`,
      value: <Written lang={a.cancelled.writtenIn}>{a.cancelled.reason}</Written>,
    });

  return (
    <article className="umb-appointment" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        {a.kind === 'meeting' ? (
          <Link to="/families/$familyId/meetings/$meetingId" params={{ familyId, meetingId: a.id }} className="govuk-link">
            {meetingKindLabel(a.meetingKind)}
          </Link>
        ) : (
          APPOINTMENT_KIND_WORDS[a.kind].label
        )}
        {a.startsAt ? <span className="govuk-caption-s">{rangeInWords(a.startsAt, a.endsAt)}</span> : null}
      </h3>
      <p className="govuk-body">
        <Tag colour={STATUS_COLOUR[a.status]}>{APPOINTMENT_STATUS_WORDS[a.status]}</Tag>
        {a.unannounced ? (
          <>
            {' '}
            <Tag colour="orange">Unannounced</Tag>
          </>
        ) : null}
      </p>
      {a.waitingFor === 'family' ? <p className="govuk-body">Waiting for {parent} to choose a time.</p> : null}
      {a.waitingFor === 'worker' ? <p className="govuk-body">{suggested[0]?.proposedByName ?? parent} suggested another time.</p> : null}
      <SummaryList rows={rows} />
      {a.keptAsWritten.map((k) => (
        <KeptNote key={`${k.version}-${k.at}`} kept={k} />
      ))}
      {suggested.map((t) => (
        <SuggestedTime key={t.id} familyId={familyId} appointment={a} time={t} />
      ))}
      <div className="umb-appointment__actions">
        {a.recordVisit ? (
          <LinkButton to="/families/$familyId/record" params={{ familyId }} search={recordVisitSearch(a.recordVisit)}>
            Record a visit or contact
          </LinkButton>
        ) : null}
        {a.allowed.recordHappened ? <HappenedButton familyId={familyId} appointment={a} /> : null}
      </div>
      {a.allowed.offer ? <OfferForm familyId={familyId} appointment={a} /> : null}
      {a.allowed.cancel ? <CancelForm familyId={familyId} appointment={a} parent={parent} /> : null}
      {a.startsAt && a.status === 'agreed' ? (
        <p className="govuk-body-s">
          <a className="govuk-link" href={appointmentFile(familyId, a.id)} download>
            Add this to my calendar
          </a>
        </p>
      ) : null}
    </article>
  );
}
