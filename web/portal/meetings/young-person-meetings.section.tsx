// "Meetings about you" on a young person's page (issue 17 §2): each meeting their family is invited to that is about them,
// the kind in words a 14-year-old can read, when and where, and what they would like the meeting to know, which they write
// and change until it has happened. Nothing else of the meeting reaches them (no reports, no minutes).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLaterMessages, useT } from '../../i18n/i18n.ts';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { timeRange } from '../calendar/appointment-answer.form.tsx';
import type { PortalMe } from '../portal.types.ts';
import { kindWordsOf } from './meeting-words.ts';
import { myMeetingsQuery, writeMyView, type YoungPersonMeeting } from './meetings.api.ts';
import { OwnViewForm } from './own-view.form.tsx';
import { youngPersonMeetings as m } from './young-person-meetings.messages.ts';

/**
 * Shows nothing while loading, when there are no meetings about them, or if they cannot be read just now: the rest of their
 * page neither waits for it nor fails with it.
 */
export function YoungPersonMeetingsSection({ me }: { me: PortalMe }) {
  const t = useT();
  useLaterMessages();
  const { data } = useQuery(myMeetingsQuery);
  if (!data || data.meetings.length === 0) return null;
  return (
    <section aria-labelledby="my-meetings-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="my-meetings-heading">
        {t(m.title)}
      </h2>
      <p className="govuk-body">{t(m.intro)}</p>
      {data.meetings.map((meeting) => (
        <MeetingAboutYou key={meeting.id} meeting={meeting} me={me} />
      ))}
    </section>
  );
}

function MeetingAboutYou({ meeting, me }: { meeting: YoungPersonMeeting; me: PortalMe }) {
  const t = useT();
  const queryClient = useQueryClient();
  const kind = kindWordsOf(meeting.meetingKind);
  const headingId = `my-meeting-${meeting.id}`;
  const rows: SummaryRow[] = [
    {
      key: t(m.when),
      value:
        meeting.status === 'cancelled'
          ? t(m.cancelled)
          : meeting.startsAt && meeting.endsAt
            ? timeRange(t, meeting.startsAt, meeting.endsAt)
            : t(m.notFixed),
    },
  ];
  if (meeting.place) rows.push({ key: t(m.where), value: <Written lang={PROFESSIONALS_WRITE_IN}>{meeting.place}</Written> });

  const save = async (body: { text: string; version: number }) => {
    const answer = await writeMyView(meeting.id, body);
    queryClient.setQueryData(myMeetingsQuery.queryKey, answer);
  };
  const reread = async () =>
    (await queryClient.fetchQuery({ ...myMeetingsQuery, staleTime: 0 })).meetings.find((x) => x.id === meeting.id)?.myView ?? null;

  return (
    <article className="umb-cal-item" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {kind ? t(kind.name) : null}
      </h3>
      {kind ? <p className="govuk-body">{t(kind.young)}</p> : null}
      <SummaryList rows={rows} />
      {meeting.mayWriteView ? (
        <OwnViewForm
          id={`my-meeting-view-${meeting.id}`}
          accountId={me.accountId}
          meetingId={meeting.id}
          view={meeting.myView}
          label={t(m.yourView)}
          hint={t(m.viewHint)}
          save={save}
          reread={reread}
        />
      ) : meeting.myView ? (
        <>
          <p className="govuk-body">{t(m.happened)}</p>
          <Written lang={meeting.myView.writtenIn} className="govuk-body umb-pre-line">
            {meeting.myView.text}
          </Written>
        </>
      ) : (
        <p className="govuk-body">{t(m.nothingWritten)}</p>
      )}
    </article>
  );
}
