// The frame around every route: the shared Layout, filled in from the session (name, sign out, menu).
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { apiPut } from '../api/client.ts';
import { adminNavItems } from '../features/admin/admin-nav.ts';
import { isSignedIn, useSession } from '../features/auth/session.queries.ts';
import { SignOutButton } from '../features/auth/sign-out.button.tsx';
import { governanceNavItems } from '../features/governance/governance-nav.ts';
import { useProfessionalNavItems } from '../features/notifications/professional-nav.ts';
import { currentLocale, setLocale, useT } from '../i18n/i18n.ts';
import { portalNavItems } from '../portal/portal-nav.ts';
import { frame } from '../ui/frame.messages.ts';
import { onLanguageChosen } from '../ui/language-switcher.tsx';
import { Layout, type NavItem } from '../ui/layout.tsx';
import { useFocusHeadingOnNavigate } from './route-focus.ts';

export function RootLayout() {
  useFocusHeadingOnNavigate();
  // Renders again when the language changes, so the menu's words change with the page.
  const t = useT();
  const { data: session } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const me = session && isSignedIn(session) ? session.me : null;
  const professionalItems = useProfessionalNavItems(pathname, me?.kind === 'professional', me?.kind === 'professional' ? me.role : null);

  // Professionals' screens are in English for now (issue 16 §3): a device last used by a family in Polish shows a
  // worker English once they sign in, without changing the device's remembered choice.
  const professional = me?.kind === 'professional';
  useEffect(() => {
    if (professional && currentLocale() !== 'en') void setLocale('en', false);
  }, [professional]);

  // A family member's own choice follows them to any device: shown once they sign in, and saved when they switch.
  const familyLanguage = me && me.kind !== 'professional' ? me.language : undefined;
  const familyMember = Boolean(me && me.kind !== 'professional');
  useEffect(() => {
    if (familyLanguage && familyLanguage !== currentLocale()) void setLocale(familyLanguage);
    // Not chosen yet, but this device shows another language: that is their choice, kept for what Umbrella sends them
    // and to mark what they write with its language.
    else if (familyLanguage === null && currentLocale() !== 'en')
      void apiPut('/api/portal/language', { language: currentLocale() }).catch(() => undefined);
  }, [familyLanguage]);
  useEffect(() => {
    onLanguageChosen(familyMember ? (language) => void apiPut('/api/portal/language', { language }).catch(() => undefined) : undefined);
    return () => onLanguageChosen(undefined);
  }, [familyMember]);

  const navItems: NavItem[] = !me
    ? []
    : me.kind === 'professional'
      ? [
          // A platform administrator works on no family's care team: no "My families".
          ...professionalItems.filter((item) => me.role !== 'platform_administrator' || item.to !== '/families'),
          ...governanceNavItems(me, pathname),
          ...adminNavItems(me, pathname),
        ]
      : portalNavItems(me.kind, pathname);

  return (
    <Layout
      accountName={me?.name}
      accountAction={
        me ? (
          <>
            {/* Passwords, recovery codes: every signed-in person's own settings (features/auth/account.page.tsx). */}
            <Link to="/account" className="umb-header__sign-out umb-header__account-link">
              {t(frame.yourAccount)}
            </Link>
            <SignOutButton />
          </>
        ) : undefined
      }
      navItems={navItems}
      languageChoice={!professional}
    >
      <Outlet />
    </Layout>
  );
}
