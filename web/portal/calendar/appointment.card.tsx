// One visit or appointment on the parent's calendar (issue 17 §1, §3): what it is, when (or the times offered), where it
// stands in plain words, who is coming with their role, where, what to bring, why a visit was not arranged first or why it
// was cancelled, every time offered so far, and what she can do now. Workers’ words and names are marked as written. A meeting is named by its kind and links to its page (§2).
import { Link } from '@tanstack/react-router';
import { Fragment, type ReactElement, type ReactNode, useState } from 'react';
import type { AppointmentWorker, FamilyAppointment } from '../../../shared/contracts/appointments.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { INTL_LOCALE } from '../../ui/format.ts';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { meetingPage } from '../meetings/meeting.messages.ts';
import { kindWordsOf } from '../meetings/meeting-words.ts';
import { myFamily } from '../my-family.messages.ts';
import { CancelForm, ChooseForm, type Done, SuggestForm, timeRange } from './appointment-answer.form.tsx';
import { appointmentFile } from './calendar.api.ts';
import { calendarPage as m } from './calendar.messages.ts';
import { arrangerOf, type Standing, standingOf } from './calendar-logic.ts';
import { KIND_WORDS, STATUS_WORDS, TIME_STATUS_WORDS } from './calendar-words.ts';

const STATUS_COLOUR: Record<FamilyAppointment['status'], TagColour> = {
  proposed: 'yellow',
  agreed: 'green',
  happened: 'grey',
  cancelled: 'red',
};

/** A name, job or organisation inside her sentence: as written, with its language, without a note. */
const asWritten = (text: string): ReactElement => (
  <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
    {text}
  </Written>
);

/** "Daniel Okafor, Community mental health nurse, Riverside NHS Trust": the role in her language, the rest as written. */
export function workerLine(t: Translate, w: AppointmentWorker): ReactNode {
  const name = asWritten(w.name);
  const organisation = asWritten(w.organisation);
  return w.roleKey
    ? t.rich(m.workerWithRole, { name, role: t(myFamily[`role_${w.roleKey}`]), organisation })
    : t.rich(m.workerNoRole, { name, organisation });
}

/** Names in a list as her language joins them ("Marie and Jamie"), each marked as written. */
export function NameList({ names }: { names: string[] }) {
  const t = useT();
  const parts = new Intl.ListFormat(INTL_LOCALE[t.locale], { type: 'conjunction' }).formatToParts(names);
  return (
    <>
      {parts.map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one list never move.
        part.type === 'element' ? <Fragment key={i}>{asWritten(part.value)}</Fragment> : <Fragment key={i}>{part.value}</Fragment>,
      )}
    </>
  );
}

function standingSentence(
  t: Translate,
  standing: Standing,
  arranger: ReactElement | string,
  cancelledBy: ReactElement | string,
): ReactNode {
  switch (standing) {
    case 'choose':
      return t(m.choose);
    case 'waiting_for_worker':
      return t.rich(m.waitingForWorker, { name: arranger });
    case 'waiting_for_times':
      return t.rich(m.waitingForTimes, { name: arranger });
    case 'times_passed':
      return t.rich(m.timesPassed, { name: arranger });
    case 'cancelled_by_you':
      return t(m.cancelledByYou);
    case 'cancelled_by_worker':
      return t.rich(m.cancelledByWorker, { name: cancelledBy });
    case 'unannounced':
      return t(m.unannounced);
    default:
      return null;
  }
}

const DONE_WORDS = { chosen: m.chosenDone, suggested: m.suggestedDone, cancelled: m.cancelledDone } as const;

export function AppointmentCard({ appointment: a }: { appointment: FamilyAppointment }) {
  const t = useT();
  const [done, setDone] = useState<Done | null>(null);
  const standing = standingOf(a);
  const arrangerWorker = arrangerOf(a);
  const arranger = arrangerWorker ? asWritten(arrangerWorker.name) : '';
  const sentence = standingSentence(t, standing, arranger, a.cancelled ? asWritten(a.cancelled.name) : '');
  const headingId = `appt-${a.id}-heading`;
  const openTimes = a.times.filter((x) => x.status === 'open');
  // A meeting is named by its kind, and has its own page (issue 17 §2).
  const meetingKind = a.kind === 'meeting' ? kindWordsOf(a.meetingKind) : null;

  const rows: SummaryRow[] = [];
  if (a.startsAt && a.endsAt) rows.push({ key: t(m.when), value: timeRange(t, a.startsAt, a.endsAt) });
  else if (openTimes.length > 0 && standing !== 'choose')
    rows.push({
      key: t(m.timesOffered),
      value: (
        <ul className="govuk-list">
          {openTimes.map((x) => (
            <li key={x.id}>{timeRange(t, x.startsAt, x.endsAt)}</li>
          ))}
        </ul>
      ),
    });
  if (a.purpose) rows.push({ key: t(m.whatFor), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.purpose}</Written> });
  if (a.unannounced && a.unannouncedReason)
    rows.push({ key: t(m.whyNotArranged), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.unannouncedReason}</Written> });
  if (a.place) rows.push({ key: t(m.where), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.place}</Written> });
  if (a.whatToBring) rows.push({ key: t(m.whatToBring), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.whatToBring}</Written> });
  if (a.workers.length > 0)
    rows.push({
      key: t(m.who),
      value: (
        <ul className="govuk-list">
          {a.workers.map((w) => (
            <li key={w.staffId}>{workerLine(t, w)}</li>
          ))}
        </ul>
      ),
    });
  if (a.withPeople.length > 0) rows.push({ key: t(m.withPeople), value: <NameList names={a.withPeople.map((x) => x.name)} /> });
  if (a.cancelled) rows.push({ key: t(m.whyCancelled), value: <Written lang={a.cancelled.writtenIn}>{a.cancelled.reason}</Written> });

  const formProps = { appointment: a, worker: arranger, onDone: setDone };
  return (
    <article className={['umb-cal-item', `umb-cal-item--${a.status}`].join(' ')} aria-labelledby={headingId}>
      <h3 className="govuk-heading-s umb-cal-item__heading" id={headingId}>
        {meetingKind ? t(meetingKind.name) : t(KIND_WORDS[a.kind])}
      </h3>
      <p className="govuk-body umb-cal-item__tags">
        <Tag colour={STATUS_COLOUR[a.status]}>{t(STATUS_WORDS[a.status])}</Tag>
        {a.unannounced ? (
          <>
            {' '}
            <Tag colour="orange">{t(m.notArrangedFirst)}</Tag>
          </>
        ) : null}
      </p>
      {sentence ? <p className="govuk-body">{sentence}</p> : null}
      {done ? (
        <div className="govuk-inset-text umb-cal-done" role="status">
          {t.rich(DONE_WORDS[done], { name: arranger })}
        </div>
      ) : null}
      <SummaryList rows={rows} />
      {a.kind === 'meeting' ? (
        <p className="govuk-body">
          <Link to="/my-family/calendar/meetings/$meetingId" params={{ meetingId: a.id }} className="govuk-link">
            {t(meetingPage.cardLink)}
          </Link>
        </p>
      ) : null}
      {standing === 'choose' ? <ChooseForm {...formProps} /> : a.maySuggest ? <SuggestForm {...formProps} /> : null}
      {a.mayCancel ? <CancelForm {...formProps} /> : null}
      {a.status === 'agreed' && !a.past ? (
        <p className="govuk-body umb-no-print">
          <a className="govuk-link" href={appointmentFile(a.id)} download>
            {t(m.addThisToPhone)}
          </a>
        </p>
      ) : null}
      {/* Only once something became of a time: a first offer is already shown above. */}
      {a.times.some((x) => x.status !== 'open') && a.times.length > 1 ? <TimesSoFar appointment={a} /> : null}
    </article>
  );
}

/** Every time offered, by whom, and what became of it: so she sees her suggestions were heard. */
function TimesSoFar({ appointment: a }: { appointment: FamilyAppointment }) {
  const t = useT();
  return (
    <details className="govuk-details umb-cal-history">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t(m.timesSoFar)}</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-list--spaced">
          {a.times.map((x) => (
            <li key={x.id}>
              <span className="govuk-!-display-block">{timeRange(t, x.startsAt, x.endsAt)}</span>
              <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">
                {x.proposedBy === 'family' ? t(m.suggestedByYou) : t.rich(m.offeredBy, { name: asWritten(x.proposedByName) })}
                {' · '}
                {t(TIME_STATUS_WORDS[x.status])}
              </span>
              {x.note ? (
                <span className="govuk-!-display-block govuk-body-s">
                  {t(m.yourNote)}{' '}
                  <Written lang={x.writtenIn} as="span">
                    {x.note}
                  </Written>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
