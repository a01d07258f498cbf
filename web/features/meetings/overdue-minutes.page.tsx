// Overdue minutes for a team manager (issue 17 §2): how many of the team's meetings have minutes the family is still
// waiting for, past the working days set, by chair, with the oldest due date, so the manager can help the chair catch up.
// The server answers a team manager only and says so plainly to anyone else.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { isApiError } from '../../api/client.ts';
import { formatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { type OverdueMinutes, overdueMinutesQuery } from './meetings.api.ts';

export function OverdueMinutesPage() {
  usePageTitle('Overdue minutes');
  const data = useQuery(overdueMinutesQuery);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/team/needs" className="govuk-back-link">
          Needs across your team
        </Link>
        <h1 className="govuk-heading-l">Overdue minutes</h1>
        <p className="govuk-body">
          Families wait for the minutes of their meetings, to read what was decided and to reply. These are your team’s meetings whose
          minutes are past the date they were due and not shared yet. Each chair is reminded once.
        </p>
        {data.isPending ? <Loading /> : null}
        {data.isError ? (
          <p className="govuk-body" role="alert">
            {isApiError(data.error) ? data.error.message : 'This could not be loaded. Try again in a few minutes.'}
          </p>
        ) : null}
        {data.data ? <OverdueMinutesTable view={data.data} /> : null}
      </div>
    </div>
  );
}

export function OverdueMinutesTable({ view }: { view: OverdueMinutes }) {
  if (view.total === 0) return <p className="govuk-body">No minutes are overdue.</p>;
  return (
    <>
      <p className="govuk-body">
        {view.total === 1 ? 'One meeting’s minutes are overdue.' : `${view.total.toLocaleString('en-GB')} meetings’ minutes are overdue.`}
      </p>
      <table className="govuk-table" data-testid="overdue-minutes">
        <caption className="govuk-table__caption govuk-table__caption--m">By chair</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Chair
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Meetings
            </th>
            <th scope="col" className="govuk-table__header">
              Oldest due
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {view.byChair.map((c) => (
            <tr key={c.staffId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {c.name}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{c.count.toLocaleString('en-GB')}</td>
              <td className="govuk-table__cell">{formatDate(c.oldestDueOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
