// The professional's main menu: their families, notifications with the unread count, a team manager's view of needs, and the glossary.
import { useQuery } from '@tanstack/react-query';
import type { NavItem } from '../../ui/layout.tsx';
import { notificationsQuery } from './notifications.queries.ts';

const currentFor = (pathname: string, section: string): NavItem['current'] => {
  if (pathname === section) return 'page';
  return pathname.startsWith(`${section}/`) ? 'true' : undefined;
};

export function useProfessionalNavItems(pathname: string, enabled: boolean, teamManager = false): NavItem[] {
  // The count is a nicety: if it cannot be read, the menu still shows the link.
  const { data } = useQuery({ ...notificationsQuery, enabled, retry: false });
  return [
    { to: '/families', label: 'My families', current: currentFor(pathname, '/families') },
    {
      to: '/notifications',
      label: 'Notifications',
      current: currentFor(pathname, '/notifications'),
      count: enabled ? data?.unread : undefined,
    },
    // A team manager's view of the needs across the team's caseload (issue 15 §4).
    ...(teamManager ? [{ to: '/team/needs' as const, label: 'Needs across your team', current: currentFor(pathname, '/team/needs') }] : []),
    { to: '/glossary', label: 'Glossary', current: currentFor(pathname, '/glossary') },
  ];
}
