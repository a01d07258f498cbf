// The parent's plans side by side: the family plan, their wellness and crisis plan, the children's plans and who can see them.
import { Link, useRouterState } from '@tanstack/react-router';

const PAGES = [
  { to: '/my-plan', label: 'Your family plan' },
  { to: '/my-plan/crisis', label: 'Your wellness and crisis plan' },
  { to: '/my-plan/children', label: 'Your children’s plans' },
  { to: '/my-plan/sharing', label: 'Who can see your plans' },
] as const;

export function PlansNav() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav aria-label="Your plans" className="umb-mp-nav">
      <ul className="govuk-list umb-mp-nav__list">
        {PAGES.map((page) => {
          const current = pathname === page.to;
          return (
            <li key={page.to} className={`umb-mp-nav__item${current ? ' umb-mp-nav__item--current' : ''}`}>
              <Link to={page.to} className="govuk-link govuk-link--no-visited-state" aria-current={current ? 'page' : undefined}>
                {current ? <strong>{page.label}</strong> : page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
