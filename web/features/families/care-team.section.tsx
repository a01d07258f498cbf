// "Care team": the paired key workers together first, then everyone else; a key worker or team manager adds someone,
// or removes them with a reason.
import { Link } from '@tanstack/react-router';
import type { CareTeamMember } from '../../api/types.ts';
import { type KeyWorkerSide, missingKeyWorkerSides, splitCareTeam } from '../../ui/care-team.ts';
import { ContactLinks } from '../../ui/contact-links.tsx';
import { formatDate } from '../../ui/format.ts';
import { Panel } from '../../ui/panel.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { RemoveFromTeam } from './remove-from-team.form.tsx';

const MISSING_SIDE: Record<KeyWorkerSide, string> = {
  adult_mental_health: 'No key worker from adult mental health services has been named yet.',
  childrens_services: 'No key worker from children’s services has been named yet.',
};

export function CareTeamSection({ familyId, careTeam, canChange }: { familyId: string; careTeam: CareTeamMember[]; canChange: boolean }) {
  const { keyWorkers, others } = splitCareTeam(careTeam);
  return (
    <section aria-labelledby="care-team-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="care-team-heading">
        Care team
      </h2>
      <Panel title="Key workers" headingLevel={3}>
        <p className="govuk-body">The two key workers share one plan for the whole family.</p>
        <div className="govuk-grid-row">
          {keyWorkers.map((member) => (
            <div className="govuk-grid-column-one-half umb-key-worker" key={member.id}>
              <h4 className="govuk-heading-s umb-worker__name">{member.name}</h4>
              <p className="govuk-body umb-worker__key">{member.keyWorkerLabel}</p>
              <p className="govuk-body">
                {member.jobTitle}, {member.organisationName}
              </p>
              <ContactLinks phone={member.phone} email={member.email} />
              {canChange ? <RemoveFromTeam familyId={familyId} member={member} /> : null}
            </div>
          ))}
        </div>
        {missingKeyWorkerSides(keyWorkers).map((side) => (
          <p className="govuk-body" key={side}>
            {MISSING_SIDE[side]}
          </p>
        ))}
      </Panel>
      {others.length > 0 ? <h3 className="govuk-heading-s">Others in the care team</h3> : null}
      {others.map((member) => (
        <CareTeamCard familyId={familyId} member={member} canChange={canChange} key={member.id} />
      ))}
      {canChange ? (
        <p className="govuk-body">
          <Link to="/families/$familyId/care-team/add" params={{ familyId }} className="govuk-link">
            Add someone to the care team
          </Link>
        </p>
      ) : (
        <p className="govuk-body">The family’s key workers and team managers add people to the care team and take them off it.</p>
      )}
    </section>
  );
}

function CareTeamCard({ familyId, member, canChange }: { familyId: string; member: CareTeamMember; canChange: boolean }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">{member.name}</h4>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Role in the team', value: member.teamRoleLabel },
            { key: 'Job title', value: member.jobTitle },
            { key: 'Organisation', value: `${member.organisationName} (${member.organisationKindLabel})` },
            { key: 'In the team since', value: formatDate(member.since) },
            { key: 'Contact', value: <ContactLinks phone={member.phone} email={member.email} /> },
          ]}
        />
        {canChange ? <RemoveFromTeam familyId={familyId} member={member} /> : null}
      </div>
    </div>
  );
}
