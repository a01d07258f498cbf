// A worker's view of the check-ins a parent chose to show them (issue 14 §1): her chart in her own words for the scale.
// Only what she shared with this worker reaches the screen; the server decides that.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { SharedCheckIns } from '../../../shared/contracts/check-ins.ts';
import { apiGet } from '../../api/client.ts';
import { CheckInsChart } from '../../ui/check-ins-chart.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';

const sharedCheckIns = (familyId: string, signal?: AbortSignal) =>
  apiGet<{ people: SharedCheckIns[] }>(`/api/families/${encodeURIComponent(familyId)}/check-ins`, signal);

export function SharedCheckInsPage({ familyId }: { familyId: string }) {
  const data = useQuery({ queryKey: ['families', familyId, 'check-ins'], queryFn: ({ signal }) => sharedCheckIns(familyId, signal) });
  usePageTitle('Check-ins shared with you');
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <h1 className="govuk-heading-l">Check-ins shared with you</h1>
        <p className="govuk-body">
          A parent chooses who sees each check-in. These are the ones shared with you. A check-in is how someone feels, in their own words:
          it is not a risk score, and a low number is a reason to offer help, never to escalate.
        </p>
        {data.data.people.length === 0 ? <p className="govuk-body">Nobody has shared a check-in with you.</p> : null}
        {data.data.people.map((p, i) => (
          <section key={p.personName} aria-labelledby={`person-${i}`}>
            <h2 className="govuk-heading-m" id={`person-${i}`}>
              {p.personName}
            </h2>
            <CheckInsChart id={`check-ins-${i}`} whose={`${p.personName}’s`} checkIns={p.checkIns} scale={p} />
          </section>
        ))}
      </div>
    </div>
  );
}
