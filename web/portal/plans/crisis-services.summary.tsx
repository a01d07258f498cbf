// On the parent's crisis plan page: which parts of her plan crisis services can read, and a link to choose them.
import { Link } from '@tanstack/react-router';
import { sectionTitle } from '../../../shared/domain/plans.ts';
import type { CrisisPlan } from './crisis.api.ts';

export function CrisisServicesSummary({ crisis }: { crisis: CrisisPlan }) {
  const parts = crisis.crisisServiceKeys.map((key) => sectionTitle('wellness', key));
  return (
    <section aria-labelledby="crisis-services-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="crisis-services-heading">
        What crisis services can read
      </h2>
      <p className="govuk-body">
        In an emergency, a crisis team or an out-of-hours social worker who does not know you may need to read your plan. They read only the
        parts you choose, and the children’s plans, for a few hours at most. Each time they look shows in “Who has looked”.
      </p>
      {parts.length ? (
        <>
          <p className="govuk-body">You chose:</p>
          <ul className="govuk-list govuk-list--bullet">
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">You have not chosen any part yet, so crisis services cannot read your plan, only the children’s plans.</p>
      )}
      <p className="govuk-body">
        <Link to="/my-plan/crisis/services" className="govuk-link">
          Choose what crisis services can read
        </Link>
      </p>
    </section>
  );
}
