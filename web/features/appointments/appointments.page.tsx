// A family's visits and appointments for the care team (issue 17 §1): arrange one, record an unannounced visit, what makes
// appointments hard for the parent (and writing it with her), what is coming and what has happened with what each worker may
// do now, and how many are another agency's and not shared.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useFlash } from '../../ui/flash.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { familyQuery } from '../families/families.queries.ts';
import { BarriersEditor, BarriersSummary } from './appointment-barriers.tsx';
import { AppointmentItem } from './appointment-item.tsx';
import { parentOf } from './appointment-logic.ts';
import { appointmentsQuery, MY_DIARY_FILE } from './appointments.api.ts';

export function AppointmentsPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(appointmentsQuery(familyId));
  const flash = useFlash();
  usePageTitle(`Visits and appointments: ${family.displayName}`);
  const parent = parentOf(data);
  const coming = data.appointments.filter((a) => !a.past);
  const past = data.appointments.filter((a) => a.past);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to {family.displayName}
        </Link>
        {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Visits and appointments</h1>
        <p className="govuk-body">
          Arranged with {parent}: they choose a time from their phone or suggest another, and see each visit on their calendar.
        </p>
        <div className="govuk-button-group">
          <LinkButton to="/families/$familyId/appointments/new" params={{ familyId }}>
            Arrange a visit or appointment
          </LinkButton>
          <LinkButton to="/families/$familyId/meetings/new" params={{ familyId }} secondary>
            Arrange a meeting
          </LinkButton>
          <LinkButton to="/families/$familyId/appointments/unannounced" params={{ familyId }} secondary>
            Record an unannounced visit
          </LinkButton>
        </div>

        <section aria-labelledby="barriers-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="barriers-heading">
            What makes appointments hard for {parent}
          </h2>
          <BarriersSummary arranging={data.arranging} parentName={parent} />
          <BarriersEditor familyId={familyId} barriers={data.arranging.barriers} parentName={parent} />
        </section>

        <section aria-labelledby="coming-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="coming-heading">
            Coming up
          </h2>
          {coming.length === 0 ? <p className="govuk-body">Nothing is arranged.</p> : null}
          {coming.map((a) => (
            <AppointmentItem key={a.id} familyId={familyId} appointment={a} parent={parent} />
          ))}
        </section>

        <section aria-labelledby="past-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="past-heading">
            Past
          </h2>
          {past.length === 0 ? <p className="govuk-body">Nothing yet.</p> : null}
          {past.map((a) => (
            <AppointmentItem key={a.id} familyId={familyId} appointment={a} parent={parent} />
          ))}
        </section>

        {data.notShown > 0 ? (
          <p className="govuk-inset-text">
            {data.notShown === 1
              ? 'One more of this family’s appointments is with another agency and is not shared with you.'
              : `${data.notShown} more of this family’s appointments are with other agencies and are not shared with you.`}{' '}
            The family’s key workers see them all.
          </p>
        ) : null}
        <p className="govuk-body">
          <a className="govuk-link" href={MY_DIARY_FILE} download>
            Add all my visits and appointments to my calendar
          </a>{' '}
          (every family, the ones you arranged or are coming to)
        </p>
      </div>
    </div>
  );
}
