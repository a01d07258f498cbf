// The parent's plans side by side: the family plan, their wellness and crisis plan, the children's plans and who can see them.
import { Link, useRouterState } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n.ts';
import { plansNav as m } from './plans-nav.messages.ts';

const PAGES = [
  { to: '/my-plan', label: m.familyPlan },
  { to: '/my-plan/crisis', label: m.crisisPlan },
  { to: '/my-plan/children', label: m.childrensPlans },
  { to: '/my-plan/sharing', label: m.whoCanSee },
] as const;

export function PlansNav() {
  const t = useT();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav aria-label={t(m.yourPlans)} className="umb-mp-nav">
      <ul className="govuk-list umb-mp-nav__list">
        {PAGES.map((page) => {
          const current = pathname === page.to;
          return (
            <li key={page.to} className={`umb-mp-nav__item${current ? ' umb-mp-nav__item--current' : ''}`}>
              <Link to={page.to} className="govuk-link govuk-link--no-visited-state" aria-current={current ? 'page' : undefined}>
                {current ? <strong>{t(page.label)}</strong> : t(page.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
