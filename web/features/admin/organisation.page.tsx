// One organisation in the console: its teams (add, rename) and its workers (add one; open one to change it).
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useFlash } from '../../ui/flash.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Tag } from '../../ui/tag.tsx';
import { organisationQuery } from './admin.api.ts';
import { kindWords, ROLE_WORDS, STATUS_WORDS } from './admin-words.ts';

export function OrganisationPage({ organisationId }: { organisationId: string }) {
  const { data } = useSuspenseQuery(organisationQuery(organisationId));
  const flash = useFlash();
  const { organisation, teams, workers } = data;
  usePageTitle(organisation.name);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link to="/admin" className="govuk-back-link">
          Back to administration
        </Link>
        {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
        <span className="govuk-caption-l">{kindWords(organisation.kind)}</span>
        <h1 className="govuk-heading-l">{organisation.name}</h1>

        <h2 className="govuk-heading-m">Workers</h2>
        <LinkButton to="/admin/organisations/$organisationId/workers/new" params={{ organisationId }}>
          Add a worker
        </LinkButton>
        {workers.length === 0 ? (
          <p className="govuk-body">No workers yet.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Workers at {organisation.name}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Name', 'Job title', 'Role', 'Team', 'Account'].map((h) => (
                  <th scope="col" className="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {workers.map((w) => (
                <tr className="govuk-table__row" key={w.id}>
                  <td className="govuk-table__cell">
                    <Link to="/admin/workers/$staffId" params={{ staffId: w.id }} className="govuk-link">
                      {w.fullName}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{w.jobTitle}</td>
                  <td className="govuk-table__cell">{ROLE_WORDS[w.role].label}</td>
                  <td className="govuk-table__cell">{w.teamName ?? 'No team'}</td>
                  <td className="govuk-table__cell">
                    <Tag colour={STATUS_WORDS[w.status].colour}>{STATUS_WORDS[w.status].label}</Tag>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2 className="govuk-heading-m">Teams</h2>
        <p className="govuk-body">
          <Link to="/admin/organisations/$organisationId/teams/new" params={{ organisationId }} className="govuk-link">
            Add a team
          </Link>
        </p>
        {teams.length === 0 ? (
          <p className="govuk-body">No teams yet.</p>
        ) : (
          <dl className="govuk-summary-list">
            {teams.map((team) => (
              <div className="govuk-summary-list__row" key={team.id}>
                <dt className="govuk-summary-list__key">{team.name}</dt>
                <dd className="govuk-summary-list__value">{team.staffCount === 1 ? '1 worker' : `${team.staffCount} workers`}</dd>
                <dd className="govuk-summary-list__actions">
                  <Link
                    to="/admin/organisations/$organisationId/teams/$teamId/edit"
                    params={{ organisationId, teamId: team.id }}
                    className="govuk-link"
                  >
                    Rename<span className="govuk-visually-hidden"> {team.name}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}
