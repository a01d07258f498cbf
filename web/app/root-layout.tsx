// The frame around every route: the shared Layout, filled in from the session (name, sign out, menu).
import { Outlet, useRouterState } from '@tanstack/react-router';
import { isSignedIn, useSession } from '../features/auth/session.queries.ts';
import { SignOutButton } from '../features/auth/sign-out.button.tsx';
import { Layout, type NavItem } from '../ui/layout.tsx';
import { useFocusHeadingOnNavigate } from './route-focus.ts';

export function RootLayout() {
  useFocusHeadingOnNavigate();
  const { data: session } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const me = session && isSignedIn(session) ? session.me : null;

  const navItems: NavItem[] = !me
    ? []
    : me.kind === 'professional'
      ? [{ to: '/families', label: 'My families', current: currentFor(pathname, '/families') }]
      : [{ to: '/my-family', label: 'Your family', current: currentFor(pathname, '/my-family') }];

  return (
    <Layout accountName={me?.name} accountAction={me ? <SignOutButton /> : undefined} navItems={navItems}>
      <Outlet />
    </Layout>
  );
}

function currentFor(pathname: string, section: string): NavItem['current'] {
  if (pathname === section) return 'page';
  return pathname.startsWith(`${section}/`) ? 'true' : undefined;
}
