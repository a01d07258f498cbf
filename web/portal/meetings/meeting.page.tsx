// A meeting's page in the parent's calendar (issue 17 §2), made for her phone: what this kind of meeting is, who decides and
// what can happen next, in plain words; when, where and who, the notice she had, that she may bring a supporter; asking for
// another time or for help to get there; her view and the others'; the reports shared with her and her replies; and after
// it, who came, what was decided with her view beside it, what went into her plan, and the minutes. A professionals'
// meeting is only a fact: when, and what it was for.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { formatDate } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { NameList, workerLine } from '../calendar/appointment.card.tsx';
import { ChooseForm, type Done, SuggestForm, timeRange } from '../calendar/appointment-answer.form.tsx';
import { calendarQuery, type PortalCalendar } from '../calendar/calendar.api.ts';
import { calendarPage as c } from '../calendar/calendar.messages.ts';
import { arrangerOf } from '../calendar/calendar-logic.ts';
import { STATUS_WORDS } from '../calendar/calendar-words.ts';
import type { PortalMe } from '../portal.types.ts';
import { meetingPage as m } from './meeting.messages.ts';
import { MeetingAfterSection } from './meeting-after.section.tsx';
import { MeetingHelpSection } from './meeting-help.form.tsx';
import { hasRecord } from './meeting-logic.ts';
import { MeetingReportsSection } from './meeting-reports.section.tsx';
import { MeetingViewsSection } from './meeting-views.section.tsx';
import { kindWordsOf } from './meeting-words.ts';
import { type FamilyMeeting, meetingQuery } from './meetings.api.ts';

const asWritten = (text: string) => (
  <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
    {text}
  </Written>
);

const DONE_WORDS = { chosen: c.chosenDone, suggested: c.suggestedDone, cancelled: c.cancelledDone } as const;

export function MeetingPage({ meetingId, me }: { meetingId: string; me: PortalMe }) {
  const t = useT();
  const { data: meeting } = useSuspenseQuery(meetingQuery(meetingId));
  useFollowTheCalendar(meetingId);
  const kind = kindWordsOf(meeting.meetingKind);
  const title = kind ? t(kind.name) : t(m.aMeeting);
  usePageTitle(title);
  const a = meeting.appointment;

  return (
    <div className="govuk-grid-row umb-cal umb-meeting">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family/calendar" className="govuk-back-link umb-no-print">
          {t(m.back)}
        </Link>
        <span className="govuk-caption-l">{t(m.aMeeting)}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          <Tag colour={a.status === 'cancelled' ? 'red' : a.status === 'agreed' ? 'green' : a.status === 'proposed' ? 'yellow' : 'grey'}>
            {t(STATUS_WORDS[a.status])}
          </Tag>
        </p>
        {meeting.factOnly ? <FactOnly meeting={meeting} /> : <WholeMeeting meeting={meeting} me={me} />}
      </div>
    </div>
  );
}

/**
 * Her answers about the time go through the calendar's own forms, which keep the calendar's copy of the appointment (the
 * answer, or after a 409 the appointment as it is now): whenever that copy changes, this page reads the meeting again, so
 * the next answer sends the version it shows. The calendar is fetched alongside so a 409 always has somewhere to land.
 */
function useFollowTheCalendar(meetingId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.prefetchQuery(calendarQuery);
    const calendarKey = JSON.stringify(calendarQuery.queryKey);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success' || JSON.stringify(event.query.queryKey) !== calendarKey) return;
      const calendar = event.query.state.data as PortalCalendar | undefined;
      const there = calendar && [...calendar.coming, ...calendar.past].find((x) => x.id === meetingId);
      const here = queryClient.getQueryData(meetingQuery(meetingId).queryKey);
      if (there && here && there.version !== here.appointment.version)
        void queryClient.invalidateQueries({ queryKey: meetingQuery(meetingId).queryKey });
    });
  }, [queryClient, meetingId]);
}

/** A professionals' meeting: that it happened, when, and what it was for; nothing else reaches her. */
function FactOnly({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  const a = meeting.appointment;
  const kind = kindWordsOf(meeting.meetingKind);
  return (
    <>
      {a.startsAt ? <p className="govuk-body">{t(m.factHappened, { date: formatDate(a.startsAt) })}</p> : null}
      {a.purpose ? (
        <>
          <h2 className="govuk-heading-m">{t(m.whatFor)}</h2>
          <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-pre-line">
            {a.purpose}
          </Written>
        </>
      ) : null}
      {kind ? <p className="govuk-body">{t(kind.whatFor)}</p> : null}
      <div className="govuk-inset-text">{t(m.factNotInvited)}</div>
    </>
  );
}

function WholeMeeting({ meeting, me }: { meeting: FamilyMeeting; me: PortalMe }) {
  const t = useT();
  const kind = kindWordsOf(meeting.meetingKind);
  return (
    <>
      {kind ? (
        <section aria-labelledby="meeting-what-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="meeting-what-heading">
            {t(m.whatItIs)}
          </h2>
          <h3 className="govuk-heading-s">{t(m.whatFor)}</h3>
          <p className="govuk-body">{t(kind.whatFor)}</p>
          <h3 className="govuk-heading-s">{t(m.whoDecides)}</h3>
          <p className="govuk-body">{t(kind.whoDecides)}</p>
          <h3 className="govuk-heading-s">{t(m.whatNext)}</h3>
          <p className="govuk-body">{t(kind.whatNext)}</p>
        </section>
      ) : null}
      <WhenWhere meeting={meeting} />
      {meeting.mayAskHelp ? <MeetingHelpSection meeting={meeting} /> : null}
      <MeetingViewsSection meeting={meeting} me={me} />
      <MeetingReportsSection meeting={meeting} />
      {hasRecord(meeting) ? <MeetingAfterSection meeting={meeting} /> : null}
    </>
  );
}

function noticeLine(t: Translate, meeting: FamilyMeeting): ReactNode {
  if (!meeting.invitedAt) return null;
  const date = formatDate(meeting.invitedAt);
  return meeting.noticeWorkingDays === null ? t(m.toldOn, { date }) : t(m.toldDays, { date, days: meeting.noticeWorkingDays });
}

function WhenWhere({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<Done | null>(null);
  const a = meeting.appointment;
  const arrangerWorker = arrangerOf(a);
  const arranger = arrangerWorker ? asWritten(arrangerWorker.name) : '';
  const openTimes = a.times.filter((x) => x.status === 'open');

  const rows: SummaryRow[] = [];
  if (a.startsAt && a.endsAt) rows.push({ key: t(c.when), value: timeRange(t, a.startsAt, a.endsAt) });
  else if (openTimes.length > 0 && !a.mayChoose)
    rows.push({
      key: t(c.timesOffered),
      value: (
        <ul className="govuk-list">
          {openTimes.map((x) => (
            <li key={x.id}>{timeRange(t, x.startsAt, x.endsAt)}</li>
          ))}
        </ul>
      ),
    });
  if (a.purpose) rows.push({ key: t(m.whyThisOne), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.purpose}</Written> });
  if (a.place) rows.push({ key: t(c.where), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.place}</Written> });
  if (a.whatToBring) rows.push({ key: t(c.whatToBring), value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.whatToBring}</Written> });
  rows.push({
    key: t(m.chair),
    value: (
      <>
        <span className="govuk-!-display-block">
          {t.rich(m.chairLine, { name: asWritten(meeting.chair.name), organisation: asWritten(meeting.chair.organisation) })}
        </span>
        <span className="govuk-hint govuk-!-margin-bottom-0">{t(m.chairHint)}</span>
      </>
    ),
  });
  if (a.workers.length > 0)
    rows.push({
      key: t(c.who),
      value: (
        <ul className="govuk-list">
          {a.workers.map((w) => (
            <li key={w.staffId}>{workerLine(t, w)}</li>
          ))}
        </ul>
      ),
    });
  if (a.withPeople.length > 0) rows.push({ key: t(c.withPeople), value: <NameList names={a.withPeople.map((x) => x.name)} /> });
  const notice = noticeLine(t, meeting);
  if (notice)
    rows.push({
      key: t(m.told),
      value: (
        <>
          <span className="govuk-!-display-block">{notice}</span>
          {meeting.shortNoticeReason ? (
            <>
              <span className="govuk-!-display-block govuk-!-margin-top-2">{t(m.shortNotice)}</span>
              <Written lang={PROFESSIONALS_WRITE_IN}>{meeting.shortNoticeReason}</Written>
            </>
          ) : null}
        </>
      ),
    });
  if (a.cancelled) rows.push({ key: t(c.whyCancelled), value: <Written lang={a.cancelled.writtenIn}>{a.cancelled.reason}</Written> });

  const onDone = (what: Done) => {
    setDone(what);
    void queryClient.invalidateQueries({ queryKey: meetingQuery(a.id).queryKey });
  };
  const formProps = { appointment: a, worker: arranger, onDone };
  return (
    <section aria-labelledby="meeting-when-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="meeting-when-heading">
        {t(m.whenWhere)}
      </h2>
      <SummaryList rows={rows} />
      {meeting.mayBringSupporter ? <p className="govuk-body">{t(m.supporter)}</p> : null}
      {done ? (
        <div className="govuk-inset-text umb-cal-done" role="status">
          {t.rich(DONE_WORDS[done], { name: arranger })}
        </div>
      ) : null}
      {a.mayChoose ? <ChooseForm {...formProps} /> : a.maySuggest ? <SuggestForm {...formProps} /> : null}
      <p className="govuk-body umb-no-print">
        <Link to="/my-family/calendar" className="govuk-link">
          {t(m.onCalendar)}
        </Link>
      </p>
    </section>
  );
}
