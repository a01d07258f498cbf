// "Your plans" on the family's home page: where each person finds the plans they write or that were shared with them.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.ts';
import type { PortalMe } from '../portal.types.ts';
import { plansNav as m } from './plans-nav.messages.ts';

type PlanPage = '/my-plan' | '/my-plan/crisis' | '/my-plan/children' | '/my-plan/sharing' | '/my-plan/shared';

/** `<link>…</link>` in a message: the link to one of the plan pages. */
const linkTo = (to: PlanPage) => (chunks: ReactNode[]) => (
  <Link to={to} className="govuk-link">
    {chunks}
  </Link>
);

export function PlansLinksSection({ kind }: { kind: PortalMe['kind'] }) {
  const t = useT();
  return (
    <section aria-labelledby="plans-links-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="plans-links-heading">
        {t(
          kind === 'network_member'
            ? m.sharedWithYou
            : kind === 'other_parent'
              ? m.youCanSee
              : kind === 'parent'
                ? m.yourPlans
                : m.yourPlan,
        )}
      </h2>
      {kind === 'parent' ? (
        <ul className="govuk-list umb-actions-list">
          <li>{t.rich(m.familyPlanLine, { link: linkTo('/my-plan') })}</li>
          <li>{t.rich(m.crisisPlanLine, { link: linkTo('/my-plan/crisis') })}</li>
          <li>{t.rich(m.childrensPlansLine, { link: linkTo('/my-plan/children') })}</li>
          <li>
            <Link to="/my-plan/sharing" className="govuk-link">
              {t(m.whoCanSee)}
            </Link>
          </li>
        </ul>
      ) : kind === 'young_person' ? (
        <p className="govuk-body">
          <Link to="/my-plan" className="govuk-link">
            {t(m.youngPersonLink)}
          </Link>
        </p>
      ) : kind === 'other_parent' ? (
        <ul className="govuk-list umb-actions-list">
          <li>{t.rich(m.otherParentChildrensPlansLine, { link: linkTo('/my-plan/children') })}</li>
          <li>
            <Link to="/my-plan/shared" className="govuk-link">
              {t(m.whatWasShared)}
            </Link>
          </li>
        </ul>
      ) : (
        <p className="govuk-body">
          <Link to="/my-plan/shared" className="govuk-link">
            {t(m.seeShared)}
          </Link>
        </p>
      )}
    </section>
  );
}
