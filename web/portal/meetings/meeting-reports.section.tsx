// "Reports for the meeting" (issue 17 §2): each report shared with the parent, who wrote it and their role, when it was
// shared (and whether late), the words as written, the replies and her reply box; the date reports should reach her by.
import { useT } from '../../i18n/i18n.ts';
import { formatDate } from '../../ui/format.ts';
import { Tag } from '../../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { workerLine } from '../calendar/appointment.card.tsx';
import { paragraphsOf } from '../portal-format.ts';
import { meetingPage as m } from './meeting.messages.ts';
import { reportsDue } from './meeting-logic.ts';
import { Replies, ReplyForm } from './meeting-replies.view.tsx';
import type { FamilyMeeting } from './meetings.api.ts';

export function MeetingReportsSection({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  const shared = meeting.reports.filter((r) => r.sharedAt !== null);
  const meetingId = meeting.appointment.id;
  const due = reportsDue(meeting);
  return (
    <section aria-labelledby="meeting-reports-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="meeting-reports-heading">
        {t(m.reportsTitle)}
      </h2>
      <p className="govuk-body">{t(m.reportsIntro)}</p>
      {due === 'short_notice' ? (
        <p className="govuk-body">{t(m.reportsShortNotice)}</p>
      ) : due ? (
        <p className="govuk-body">{t(m.reportsDue, { date: formatDate(due.date) })}</p>
      ) : null}
      {shared.length === 0 ? <p className="govuk-body">{t(m.noReports)}</p> : null}
      {shared.map((report) => (
        <article key={report.id} className="umb-cal-item" aria-labelledby={`report-${report.id}`}>
          <h3 className="govuk-heading-s" id={`report-${report.id}`}>
            {t.rich(m.reportBy, {
              who: (
                <>
                  {workerLine(t, {
                    staffId: report.staffId,
                    name: report.author,
                    roleKey: report.roleKey,
                    organisation: report.organisation,
                    arranged: false,
                  })}
                </>
              ),
            })}
          </h3>
          <p className="govuk-body-s">
            {report.sharedAt ? t(m.sharedOn, { date: formatDate(report.sharedAt) }) : null}
            {report.late ? (
              <>
                {' '}
                <Tag colour="orange">{t(m.sharedLate)}</Tag>
              </>
            ) : null}
          </p>
          {paragraphsOf(report.text).map((paragraph, index, all) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one report never move.
            <Written key={index} lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-pre-line" note={index === all.length - 1}>
              {paragraph}
            </Written>
          ))}
          <Replies replies={report.replies} />
          {meeting.mayReply ? <ReplyForm meetingId={meetingId} reportId={report.id} /> : null}
        </article>
      ))}
    </section>
  );
}
