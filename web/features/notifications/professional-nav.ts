// The professional's main menu: their families, notifications with the unread count, a team manager's view of needs,
// insights for managers, their own feedback and supervision (issue 18), and the glossary.
import { useQuery } from '@tanstack/react-query';
import type { StaffRole } from '../../../shared/domain/accounts.ts';
import type { NavItem } from '../../ui/layout.tsx';
import { notificationsQuery } from './notifications.queries.ts';

const currentFor = (pathname: string, section: string): NavItem['current'] => {
  if (pathname === section) return 'page';
  return pathname.startsWith(`${section}/`) ? 'true' : undefined;
};

/** Who reads insights (access/permissions.ts 'insights.read'): counts across a team, an organisation or every organisation. */
const READS_INSIGHTS: readonly StaffRole[] = ['team_manager', 'service_manager', 'platform_administrator'];

export function useProfessionalNavItems(pathname: string, enabled: boolean, role: StaffRole | null): NavItem[] {
  const teamManager = role === 'team_manager';
  // A platform administrator works with no family: no feedback or supervision of her own.
  const familyWork = role !== null && role !== 'platform_administrator';
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
    ...(role && READS_INSIGHTS.includes(role)
      ? [{ to: '/insights' as const, label: 'Insights', current: currentFor(pathname, '/insights') }]
      : []),
    ...(familyWork
      ? [
          { to: '/feedback' as const, label: 'Your feedback', current: currentFor(pathname, '/feedback') },
          { to: '/supervision' as const, label: 'Supervision', current: currentFor(pathname, '/supervision') },
        ]
      : []),
    { to: '/glossary', label: 'Glossary', current: currentFor(pathname, '/glossary') },
  ];
}
