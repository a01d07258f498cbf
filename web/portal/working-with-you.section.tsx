// "Who is working with you": each worker, their service, what their role means in plain words, and how to reach them.
import { CARE_TEAM_ROLE_KEYS } from '../../shared/domain/care-team-roles.ts';
import { isOneOf } from '../../shared/domain/vocabularies.ts';
import type { CareTeamMember } from '../api/types.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { splitCareTeam } from '../ui/care-team.ts';
import { ContactLinks } from '../ui/contact-links.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { myFamily as m } from './my-family.messages.ts';

/** A member's role, what it means and which key worker they are, by key; a key this list does not know keeps the words it came with. */
function roleWords(t: Translate, member: CareTeamMember) {
  const role = isOneOf(CARE_TEAM_ROLE_KEYS, member.teamRole) ? member.teamRole : null;
  return {
    label: role ? t(m[`role_${role}`]) : member.teamRoleLabel,
    plain: role ? t(m[`role_${role}_plain`]) : member.teamRolePlain,
    keyWorker: member.keyWorker ? t(m[`keyWorker_${member.keyWorker}`]) : null,
  };
}

export function WorkingWithYouSection({ careTeam }: { careTeam: CareTeamMember[] }) {
  const t = useT();
  const { keyWorkers, others } = splitCareTeam(careTeam);
  return (
    <section aria-labelledby="working-with-you-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="working-with-you-heading">
        {t(m.workingWithYou)}
      </h2>
      {careTeam.length === 0 ? <p className="govuk-body">{t(m.nobodyWorking)}</p> : null}
      {keyWorkers.length > 0 ? <p className="govuk-body">{t(m.keyWorkers)}</p> : null}
      <ul className="govuk-list umb-workers">
        {[...keyWorkers, ...others].map((member) => (
          <WorkerCard member={member} key={member.id} />
        ))}
      </ul>
    </section>
  );
}

function WorkerCard({ member }: { member: CareTeamMember }) {
  const t = useT();
  const words = roleWords(t, member);
  return (
    <li className={`umb-worker${member.keyWorker ? ' umb-worker--key' : ''}`}>
      <h3 className="govuk-heading-s umb-worker__name">{member.name}</h3>
      {words.keyWorker ? <p className="govuk-body umb-worker__key">{words.keyWorker}</p> : null}
      <p className="govuk-body">
        {t.rich(m.roleAt, {
          role: words.label,
          // Their organisation's own name, as it writes it.
          organisation: (
            <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
              {member.organisationName}
            </Written>
          ),
        })}
      </p>
      <p className="govuk-body">{words.plain}</p>
      <h4 className="govuk-heading-s umb-worker__contact-heading">{t(m.howToContact, { name: member.name })}</h4>
      <ContactLinks phone={member.phone} email={member.email} />
    </li>
  );
}
