// "Administration": the organisations the administrator manages (a platform administrator: every one), and the outbox.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useFlash } from '../../ui/flash.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { organisationsQuery } from './admin.api.ts';
import { kindWords } from './admin-words.ts';

export function OrganisationsPage() {
  usePageTitle('Administration');
  const { data } = useSuspenseQuery(organisationsQuery);
  const flash = useFlash();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
        <h1 className="govuk-heading-l">Administration</h1>
        <p className="govuk-body">
          Choose an organisation to add or change its teams and workers. Workers get an invitation to set up their own sign-in.
        </p>
        {data.mayAddOrganisations ? <LinkButton to="/admin/organisations/new">Add an organisation</LinkButton> : null}
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Organisations</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Kind
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Workers
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.organisations.map((o) => (
              <tr className="govuk-table__row" key={o.id}>
                <td className="govuk-table__cell">
                  <Link to="/admin/organisations/$organisationId" params={{ organisationId: o.id }} className="govuk-link">
                    {o.name}
                  </Link>
                </td>
                <td className="govuk-table__cell">{kindWords(o.kind)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{o.staffCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 className="govuk-heading-m">Mail</h2>
        <p className="govuk-body">
          <Link to="/admin/outbox" className="govuk-link">
            Mail to workers
          </Link>{' '}
          shows every invitation and message Umbrella has sent or is waiting to send. When no email server is set up, the invitation links
          are there to hand over yourself.
        </p>
      </div>
    </div>
  );
}
