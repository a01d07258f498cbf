// "Mail to workers": what Umbrella has sent or is waiting to send to the workers of the organisations the administrator
// manages. Without an email server, an invitation's link is shown here so it can be handed over in person.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../../ui/page-title.ts';
import { outboxQuery } from './admin.api.ts';
import { fullLink, MAIL_STATUS_WORDS, MAIL_WORDS } from './admin-words.ts';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function OutboxPage() {
  usePageTitle('Mail to workers');
  const { data } = useSuspenseQuery(outboxQuery);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link to="/admin" className="govuk-back-link">
          Back to administration
        </Link>
        <h1 className="govuk-heading-l">Mail to workers</h1>
        <p className="govuk-body">
          The newest first. A link is shown only while its message has not been sent. Links to choose a new password are never shown here:
          only the person who asked should have one.
        </p>
        {data.messages.length === 0 ? (
          <p className="govuk-body">No mail yet.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Mail to workers, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['To', 'Message', 'When', 'What happened', 'Link'].map((h) => (
                  <th scope="col" className="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.messages.map((m) => (
                <tr className="govuk-table__row" key={m.id}>
                  <td className="govuk-table__cell umb-written">
                    <Link to="/admin/workers/$staffId" params={{ staffId: m.recipient.staffId }} className="govuk-link">
                      {m.recipient.fullName}
                    </Link>
                    <br />
                    {m.to}
                  </td>
                  <td className="govuk-table__cell">{MAIL_WORDS[m.kind]}</td>
                  <td className="govuk-table__cell">{when(m.createdAt)}</td>
                  <td className="govuk-table__cell">{m.sentAt ? `Sent ${when(m.sentAt)}` : MAIL_STATUS_WORDS[m.status]}</td>
                  <td className="govuk-table__cell umb-written">{m.path ? <code>{fullLink(m.path)}</code> : 'Not shown'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.nextCursor ? <p className="govuk-body">Only the newest 50 messages are shown.</p> : null}
      </div>
    </div>
  );
}
