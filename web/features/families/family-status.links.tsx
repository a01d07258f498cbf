// On a family's page: whether the work with the family is closed (and until when the team may read it), and the way to
// invite the family, to send a copy of the record to another system (FHIR R4) and to close or reopen the work with it.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { involvementStatus } from './family-start.api.ts';

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function FamilyStatusLinks({ familyId }: { familyId: string }) {
  const status = useQuery({
    queryKey: ['families', familyId, 'involvement-status'],
    queryFn: ({ signal }) => involvementStatus(familyId, signal),
  });
  const s = status.data;
  return (
    <>
      {s?.status === 'closed' ? (
        <NotificationBanner heading="The work with this family is closed">
          <p className="govuk-body">
            You can read the record until {s.teamReadUntil ? longDate(s.teamReadUntil) : 'the end of the reading period'}, but nothing can
            be changed until the work is reopened.
          </p>
        </NotificationBanner>
      ) : null}
      <ul className="govuk-list">
        <li>
          <Link to="/families/$familyId/needs" params={{ familyId }} className="govuk-link">
            Needs and support
          </Link>
        </li>
        <li>
          <Link to="/families/$familyId/check-ins" params={{ familyId }} className="govuk-link">
            Check-ins shared with you
          </Link>
        </li>
        <li>
          <Link to="/families/$familyId/invite" params={{ familyId }} className="govuk-link">
            Invite the family to Umbrella
          </Link>
        </li>
        <li>
          <Link to="/families/$familyId/send-a-copy" params={{ familyId }} className="govuk-link">
            Send a copy to another system
          </Link>
        </li>
        <li>
          <Link to="/families/$familyId/close" params={{ familyId }} className="govuk-link">
            {s?.status === 'closed' ? 'Closing summary and reopening' : 'Close the work with this family'}
          </Link>
        </li>
      </ul>
    </>
  );
}
