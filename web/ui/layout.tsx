// Page frame on every screen: skip link, header with the service name and account, main content, footer.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { frame } from './frame.messages.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SkipLink } from './skip-link.tsx';

/** `current` is 'page' on the item's own page and 'true' on pages inside its section. */
export type NavItem = {
  to:
    | '/families'
    | '/team/needs'
    | '/insights'
    | '/supervision'
    | '/feedback'
    | '/my-family/feedback'
    | '/my-family'
    | '/my-family/calendar'
    | '/my-plan'
    | '/my-plan/children'
    | '/my-plan/shared'
    | '/my-record'
    | '/my-record/access'
    | '/my-information'
    | '/notifications'
    | '/glossary'
    | '/governance'
    | '/admin';
  label: string;
  current?: 'page' | 'true';
  /** A number shown beside the label, such as unread notifications; read out as "3 unread". */
  count?: number;
};

type LayoutProps = {
  /** The signed-in person's name; omitted on the sign-in screens. */
  accountName?: string;
  /** The sign-out control, shown beside the name. */
  accountAction?: ReactNode;
  navItems?: NavItem[];
  /** The family's pages and sign-in offer a choice of language; professionals' screens are in English (issue 16 §3). */
  languageChoice?: boolean;
  children: ReactNode;
};

export function Layout({ accountName, accountAction, navItems = [], languageChoice = false, children }: LayoutProps) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <header className="umb-header">
        <div className="govuk-width-container umb-header__bar">
          <Link to="/" className="umb-header__name">
            {/* i18n-exempt: the service's name is the same in every language */}
            Umbrella
          </Link>
          {accountName ? (
            <div className="umb-header__account">
              <span className="umb-header__who">
                <span className="govuk-visually-hidden">{t(frame.signedInAs)}</span>
                {accountName}
              </span>
              {accountAction}
            </div>
          ) : null}
        </div>
        {navItems.length > 0 ? <MainNav items={navItems} /> : null}
        {languageChoice ? <LanguageSwitcher /> : null}
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}

function MainNav({ items }: { items: NavItem[] }) {
  const t = useT();
  return (
    <nav aria-label={t(frame.mainMenu)} className="umb-nav">
      <div className="govuk-width-container">
        <ul className="umb-nav__list">
          {items.map((item) => (
            <li key={item.to} className={`umb-nav__item${item.current ? ' umb-nav__item--active' : ''}`}>
              <Link to={item.to} className="umb-nav__link" aria-current={item.current}>
                {/* Bold text marks the current page even when our colours are overridden. */}
                {item.current ? <strong>{item.label}</strong> : item.label}
                {item.count ? (
                  <span className="umb-nav__count">
                    {item.count}
                    <span className="govuk-visually-hidden">{t(frame.unread)}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
