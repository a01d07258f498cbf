// "My families": the families whose care team the professional is on, with the level of involvement and their role.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CARE_TEAM_ROLE_KEYS, CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import type { FamilySummary } from '../../api/types.ts';
import { formatDate } from '../../ui/format.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Tag } from '../../ui/tag.tsx';
import { EmergencyAccessLink } from '../sharing/emergency-access.link.tsx';
import { familiesQuery } from './families.queries.ts';

export function FamiliesListPage() {
  usePageTitle('My families');
  const { data } = useSuspenseQuery(familiesQuery);

  return (
    <>
      <h1 className="govuk-heading-l">My families</h1>
      <LinkButton to="/families/new">Start a family</LinkButton>
      {data.families.length === 0 ? (
        <p className="govuk-body">
          You are not in the care team of any family yet. When someone adds you to a family’s care team, the family will appear here.
        </p>
      ) : (
        <FamiliesTable families={data.families} />
      )}
      <EmergencyAccessLink />
    </>
  );
}

/** The API may send a role key or a ready label; show a label either way. */
const roleLabel = (role: string): string => (isOneOf(CARE_TEAM_ROLE_KEYS, role) ? CARE_TEAM_ROLES[role].label : role);

function FamiliesTable({ families }: { families: FamilySummary[] }) {
  return (
    // On a phone each row becomes a stacked block with its own labels (see .umb-families in styles.scss).
    <table className="govuk-table umb-families">
      <caption className="govuk-table__caption govuk-visually-hidden">Families whose care team you are on ({families.length})</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Family
          </th>
          <th scope="col" className="govuk-table__header">
            Children’s services involvement
          </th>
          <th scope="col" className="govuk-table__header">
            Your role
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Children
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {families.map((family) => (
          <tr className="govuk-table__row" key={family.id}>
            <th scope="row" className="govuk-table__header">
              <Link to="/families/$familyId" params={{ familyId: family.id }} className="govuk-link">
                {family.displayName}
              </Link>
              {family.childrenNotAskedAbout ? (
                <span className="umb-families__flag">
                  <Tag colour="orange">Children not yet asked about</Tag>
                </span>
              ) : null}
              {family.closedAt ? (
                <span className="umb-families__flag">
                  <Tag colour="grey">Closed</Tag>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                    Closed on {formatDate(family.closedAt)}. You can read it, without changing anything, until{' '}
                    {family.teamReadUntil ? formatDate(family.teamReadUntil) : 'the team’s reading time ends'}.
                  </span>
                </span>
              ) : null}
            </th>
            <td className="govuk-table__cell">
              <span className="umb-families__label">Children’s services: </span>
              {family.involvementTitle}
            </td>
            <td className="govuk-table__cell">
              <span className="umb-families__label">Your role: </span>
              <span className="umb-families__role">{roleLabel(family.myTeamRole)}</span>
              {family.isKeyWorker ? <Tag colour="teal">Key worker</Tag> : null}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <span className="umb-families__label">Children: </span>
              {family.childrenCount}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
