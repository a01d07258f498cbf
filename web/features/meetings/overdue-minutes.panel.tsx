// On the team manager's page (issue 17 §2): how many of the team's meetings have minutes the family is still waiting for,
// with a link to them by chair. The server answers a team manager only; for anyone else the panel shows nothing.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { overdueMinutesQuery } from './meetings.api.ts';

/** On the team manager's page: how many meetings' minutes are overdue, and a link to them by chair; nothing for others. */
export function OverdueMinutesPanel() {
  const data = useQuery(overdueMinutesQuery);
  if (!data.data) return null;
  const { total } = data.data;
  return (
    <>
      <h2 className="govuk-heading-m">Minutes of your team’s meetings</h2>
      <p className="govuk-body">
        {total === 0
          ? 'No minutes are overdue.'
          : total === 1
            ? 'One meeting’s minutes are overdue: the family is waiting for them.'
            : `${total.toLocaleString('en-GB')} meetings’ minutes are overdue: the families are waiting for them.`}{' '}
        <Link to="/team/meetings/minutes-overdue" className="govuk-link">
          Overdue minutes by chair
        </Link>
      </p>
    </>
  );
}
