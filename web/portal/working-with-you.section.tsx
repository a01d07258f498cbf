// "Who is working with you": each worker, their service, what their role means in plain words, and how to reach them.
import type { CareTeamMember } from '../api/types.ts';
import { splitCareTeam } from '../ui/care-team.ts';
import { ContactLinks } from '../ui/contact-links.tsx';

export function WorkingWithYouSection({ careTeam }: { careTeam: CareTeamMember[] }) {
  const { keyWorkers, others } = splitCareTeam(careTeam);
  return (
    <section aria-labelledby="working-with-you-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="working-with-you-heading">
        Who is working with you
      </h2>
      {careTeam.length === 0 ? <p className="govuk-body">Nobody is working with your family through Umbrella at the moment.</p> : null}
      {keyWorkers.length > 0 ? (
        <p className="govuk-body">Your key workers are your main contacts. They work together and share one plan with you.</p>
      ) : null}
      <ul className="govuk-list umb-workers">
        {[...keyWorkers, ...others].map((member) => (
          <WorkerCard member={member} key={member.id} />
        ))}
      </ul>
    </section>
  );
}

function WorkerCard({ member }: { member: CareTeamMember }) {
  return (
    <li className={`umb-worker${member.keyWorker ? ' umb-worker--key' : ''}`}>
      <h3 className="govuk-heading-s umb-worker__name">{member.name}</h3>
      {member.keyWorkerLabel ? <p className="govuk-body umb-worker__key">{member.keyWorkerLabel}</p> : null}
      <p className="govuk-body">
        {member.teamRoleLabel} at {member.organisationName}
      </p>
      <p className="govuk-body">{member.teamRolePlain}</p>
      <h4 className="govuk-heading-s umb-worker__contact-heading">How to contact {member.name}</h4>
      <ContactLinks phone={member.phone} email={member.email} />
    </li>
  );
}
