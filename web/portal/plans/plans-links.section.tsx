// "Your plans" on the family's home page: where each person finds the plans they write or that were shared with them.
import { Link } from '@tanstack/react-router';
import type { PortalMe } from '../portal.types.ts';

export function PlansLinksSection({ kind }: { kind: PortalMe['kind'] }) {
  return (
    <section aria-labelledby="plans-links-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="plans-links-heading">
        {kind === 'network_member'
          ? 'Plans shared with you'
          : kind === 'other_parent'
            ? 'Plans you can see'
            : kind === 'parent'
              ? 'Your plans'
              : 'Your plan'}
      </h2>
      {kind === 'parent' ? (
        <ul className="govuk-list umb-actions-list">
          <li>
            <Link to="/my-plan" className="govuk-link">
              Your family plan
            </Link>
            : your goals, what is going well, the worries and what will happen
          </li>
          <li>
            <Link to="/my-plan/crisis" className="govuk-link">
              Your wellness and crisis plan
            </Link>
            : in your own words
          </li>
          <li>
            <Link to="/my-plan/children" className="govuk-link">
              Your children’s plans
            </Link>
            : who looks after them if you are unwell, and what they are told
          </li>
          <li>
            <Link to="/my-plan/sharing" className="govuk-link">
              Who can see your plans
            </Link>
          </li>
        </ul>
      ) : kind === 'young_person' ? (
        <p className="govuk-body">
          <Link to="/my-plan" className="govuk-link">
            Read what is happening and add your own words
          </Link>
        </p>
      ) : kind === 'other_parent' ? (
        <ul className="govuk-list umb-actions-list">
          <li>
            <Link to="/my-plan/children" className="govuk-link">
              Your children’s plans
            </Link>
            : the plans for when their mum or dad is unwell, and what they are told; you can write in them as their parent
          </li>
          <li>
            <Link to="/my-plan/shared" className="govuk-link">
              What has been shared with you
            </Link>
          </li>
        </ul>
      ) : (
        <p className="govuk-body">
          <Link to="/my-plan/shared" className="govuk-link">
            See the plans that have been shared with you
          </Link>
        </p>
      )}
    </section>
  );
}
