// On the team manager's page (issue 17 §1, "insights count them"): how many visits the team made without arranging them
// with the family first in the last six months, by worker, beside all the visits that took place. For supervision, not a
// score: a visit made without warning is sometimes right, and always felt by the family. The server answers a team manager
// only; for anyone else the panel shows nothing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnannouncedCount } from '../../../shared/contracts/appointments.ts';
import { apiGet } from '../../api/client.ts';

export const unannouncedCountQuery = queryOptions({
  queryKey: ['team', 'visits', 'unannounced'],
  queryFn: ({ signal }) => apiGet<UnannouncedCount>('/api/team/visits/unannounced', signal),
});

/** "3 of 120 visits", in words. */
export function unannouncedSummary(c: Pick<UnannouncedCount, 'total' | 'allVisits' | 'months'>): string {
  if (c.total === 0) return `None of your team’s visits in the last ${c.months} months were made without arranging them first.`;
  const visits = c.allVisits === 1 ? 'visit' : 'visits';
  const [were, them] = c.total === 1 ? ['was', 'it'] : ['were', 'them'];
  return `${c.total.toLocaleString('en-GB')} of your team’s ${c.allVisits.toLocaleString('en-GB')} ${visits} in the last ${c.months} months ${were} made without arranging ${them} with the family first.`;
}

export function UnannouncedCountPanel() {
  const data = useQuery(unannouncedCountQuery);
  if (!data.data) return null;
  const c = data.data;
  return (
    <>
      <h2 className="govuk-heading-m">Visits made without arranging them first</h2>
      <p className="govuk-body">{unannouncedSummary(c)}</p>
      {c.byWorker.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">By the worker who made the visit</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Worker
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Unannounced visits
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {c.byWorker.map((w) => (
              <tr key={w.staffId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {w.name}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{w.count.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="govuk-body-s">
        Each visit says why it was not arranged first. This is for supervision, not a score: sometimes a visit without warning is right, and
        it is always felt by the family.
      </p>
    </>
  );
}
