// "Your view" on a meeting's page (issue 17 §2): what she would like the meeting to know, written and changed until it has
// happened, and the others' views (the children's), each as written and marked with its language.
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import type { PortalMe } from '../portal.types.ts';
import { meetingPage as m } from './meeting.messages.ts';
import { splitViews } from './meeting-logic.ts';
import { type FamilyMeeting, meetingQuery, writeOwnView } from './meetings.api.ts';
import { OwnViewForm } from './own-view.form.tsx';

export function MeetingViewsSection({ meeting, me }: { meeting: FamilyMeeting; me: PortalMe }) {
  const t = useT();
  const queryClient = useQueryClient();
  const meetingId = meeting.appointment.id;
  const { mine, others } = splitViews(meeting.views, me.personId);

  const save = async (body: { text: string; version: number }) => {
    const answer = await writeOwnView(meetingId, body);
    queryClient.setQueryData(meetingQuery(meetingId).queryKey, answer);
  };
  const reread = async () =>
    splitViews((await queryClient.fetchQuery({ ...meetingQuery(meetingId), staleTime: 0 })).views, me.personId).mine;

  return (
    <section aria-labelledby="meeting-views-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="meeting-views-heading">
        {t(m.viewTitle)}
      </h2>
      <p className="govuk-body">{t(m.viewIntro)}</p>
      {meeting.mayWriteView ? (
        <OwnViewForm
          id="meeting-own-view"
          accountId={me.accountId}
          meetingId={meetingId}
          view={mine}
          label={t(m.viewLabel)}
          hint={t(m.viewHint)}
          save={save}
          reread={reread}
        />
      ) : (
        <>
          <p className="govuk-body">
            {t(!mine ? m.viewNone : meeting.appointment.status === 'cancelled' ? m.viewCancelled : m.viewClosed)}
          </p>
          {mine ? <ViewText view={mine} /> : null}
        </>
      )}
      {others.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">{t(m.othersViews)}</h3>
          <ul className="govuk-list govuk-list--spaced">
            {others.map((view) => (
              <li key={view.personId}>
                <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
                  {t.rich(m.viewOf, {
                    name: (
                      <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
                        {view.personName}
                      </Written>
                    ),
                  })}
                </h4>
                <ViewText view={view} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A view as written, and who wrote it down when someone did it with them. */
function ViewText({ view }: { view: FamilyMeeting['views'][number] }) {
  const t = useT();
  return (
    <>
      <Written lang={view.writtenIn} className="govuk-body umb-pre-line">
        {view.text}
      </Written>
      {view.writtenForPerson ? (
        <p className="govuk-body-s umb-muted">
          {t.rich(m.writtenDownBy, {
            name: (
              <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
                {view.author}
              </Written>
            ),
          })}
        </p>
      ) : null}
    </>
  );
}
