// A meeting's page for the care team (issue 17 §2), in the order the meeting runs: what it is (kind, purpose, when and
// where, the chair, who is invited, the notice the family had and any help they asked for), the family's views first,
// the reports, then, once its time has come, the record: who was there, decisions with the parent's view beside each,
// actions into the plan, and the minutes with the family's replies; for a professionals' meeting whether the parent sees
// it happened; and the children whose explanation may need updating. Times are changed on the visits page.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { APPOINTMENT_STATUS_WORDS } from '../../../shared/domain/appointments.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { MEETING_KIND_LABELS, type MeetingHelpKind } from '../../../shared/domain/meetings.ts';
import { useFlash } from '../../ui/flash.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { parentOf, rangeInWords } from '../appointments/appointment-logic.ts';
import { appointmentsQuery } from '../appointments/appointments.api.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeptNote } from '../words/kept-note.tsx';
import { ActionsRecord } from './meeting-actions.tsx';
import { AttendanceRecord } from './meeting-attendance.tsx';
import { DecisionsRecord } from './meeting-decisions.tsx';
import { recordOpens } from './meeting-logic.ts';
import { MinutesRecord } from './meeting-minutes.tsx';
import { ReportsSection } from './meeting-reports.section.tsx';
import { ViewsSection } from './meeting-views.section.tsx';
import { WithholdingSection } from './meeting-withholding.tsx';
import { meetingQuery, type WorkerMeeting } from './meetings.api.ts';

const STATUS_COLOUR: Record<WorkerMeeting['appointment']['status'], TagColour> = {
  proposed: 'yellow',
  agreed: 'green',
  happened: 'grey',
  cancelled: 'red',
};

const HELP_WORDS: Record<MeetingHelpKind, string> = { childcare: 'Childcare', travel: 'Getting there', other: 'Something else' };

export function MeetingPage({ familyId, meetingId }: { familyId: string; meetingId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data: list } = useSuspenseQuery(appointmentsQuery(familyId));
  const { data: m } = useSuspenseQuery(meetingQuery(familyId, meetingId));
  const flash = useFlash();
  const a = m.appointment;
  const kind = MEETING_KIND_LABELS[m.meetingKind];
  usePageTitle(`${kind}: ${family.displayName}`);
  const parent = parentOf(list);
  const recordOpen = m.allowed.record || recordOpens(a, new Date());
  const offered = a.times.filter((t) => t.status === 'open' && t.proposedBy === 'worker');
  const suggested = a.times.filter((t) => t.status === 'open' && t.proposedBy === 'family');

  const rows: SummaryRow[] = [];
  rows.push({ key: 'What it is for', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.purpose ?? ''}</Written> });
  if (a.startsAt) rows.push({ key: 'When', value: rangeInWords(a.startsAt, a.endsAt) });
  else if (offered.length)
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
  if (a.place) rows.push({ key: 'Where', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.place}</Written> });
  if (a.whatToBring) rows.push({ key: 'What to bring', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.whatToBring}</Written> });
  rows.push({ key: 'Chair', value: `${m.chair.name}, ${m.chair.organisation}` });
  rows.push({
    key: 'Workers invited',
    value: (
      <ul className="govuk-list">
        {a.workers.map((w) => (
          <li key={w.staffId}>
            {[w.name, w.roleKey ? CARE_TEAM_ROLES[w.roleKey].label : null, w.organisation].filter(Boolean).join(', ')}
            {w.arranged ? ' (arranged it)' : ''}
          </li>
        ))}
      </ul>
    ),
  });
  if (a.withPeople.length) rows.push({ key: 'Who it is about', value: a.withPeople.map((p) => p.name).join(', ') });
  rows.push({
    key: 'The family',
    value: m.familyInvited ? `${parent} is invited, and may bring a supporter or an advocate.` : 'Not invited (a professionals’ meeting).',
  });
  if (m.familyInvited)
    rows.push({
      key: 'Notice given',
      value: m.invitedAt ? (
        <>
          Invited {formatDateTime(m.invitedAt)}
          {m.noticeWorkingDays !== null ? `, ${m.noticeWorkingDays} working ${m.noticeWorkingDays === 1 ? 'day' : 'days'} before` : ''}.
          {m.shortNoticeReason ? (
            <>
              {' '}
              Why so little notice:{' '}
              <Written lang={PROFESSIONALS_WRITE_IN} as="span">
                {m.shortNoticeReason}
              </Written>
            </>
          ) : null}
        </>
      ) : (
        'Not invited yet'
      ),
    });
  if (m.help)
    rows.push({
      key: `${parent} asked for help to get there`,
      value: (
        <>
          <strong>{HELP_WORDS[m.help.kind]}</strong>, {formatDateTime(m.help.at)}
          <Written lang={m.help.writtenIn}>{m.help.text}</Written>
        </>
      ),
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId/appointments" params={{ familyId }} className="govuk-back-link">
          Back to visits and appointments
        </Link>
        {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">{kind}</h1>
        <p className="govuk-body">
          <Tag colour={STATUS_COLOUR[a.status]}>{APPOINTMENT_STATUS_WORDS[a.status]}</Tag>
        </p>
        {a.waitingFor === 'family' ? <p className="govuk-body">Waiting for {parent} to choose a time.</p> : null}
        {suggested.length ? (
          <p className="govuk-body">
            {suggested[0]?.proposedByName ?? parent} suggested another time. Answer it on the{' '}
            <Link to="/families/$familyId/appointments" params={{ familyId }} className="govuk-link">
              visits and appointments page
            </Link>
            .
          </p>
        ) : null}

        <section aria-labelledby="about-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="about-heading">
            What it is
          </h2>
          <SummaryList rows={rows} />
          {m.keptAsWritten.map((k) => (
            <KeptNote key={`${k.version}-${k.at}`} kept={k} />
          ))}
          <p className="govuk-body-s">
            Offering new times, accepting a time {parent} suggests and cancelling are on the{' '}
            <Link to="/families/$familyId/appointments" params={{ familyId }} className="govuk-link">
              visits and appointments page
            </Link>
            .
          </p>
        </section>

        {m.familyInvited ? <ViewsSection familyId={familyId} meeting={m} people={list.people} /> : null}
        <ReportsSection familyId={familyId} meeting={m} parent={parent} />

        {recordOpen ? (
          <>
            <AttendanceRecord familyId={familyId} meeting={m} />
            <DecisionsRecord familyId={familyId} meeting={m} people={list.people} parent={parent} />
            <ActionsRecord familyId={familyId} meeting={m} parent={parent} />
            <MinutesRecord familyId={familyId} meeting={m} parent={parent} />
          </>
        ) : (
          <section aria-labelledby="record-heading" className="umb-section">
            <h2 className="govuk-heading-m" id="record-heading">
              The record
            </h2>
            <p className="govuk-body">
              Who was there, the decisions, the actions and the minutes are recorded here once the meeting’s time has come.
            </p>
          </section>
        )}

        {m.meetingKind === 'professionals' ? <WithholdingSection familyId={familyId} meeting={m} parent={parent} /> : null}

        {m.explanationsToUpdate.length ? (
          <section aria-labelledby="explanations-heading" className="umb-section">
            <h2 className="govuk-heading-m" id="explanations-heading">
              Explanations to update
            </h2>
            <p className="govuk-body">A decision changed something for these children. Look at what their explanation says now.</p>
            <ul className="govuk-list govuk-list--bullet">
              {m.explanationsToUpdate.map((c) => (
                <li key={c.personId}>
                  <Link to="/families/$familyId/plans" params={{ familyId }} hash={`child-${c.personId}`} className="govuk-link">
                    {c.name}’s explanation
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
