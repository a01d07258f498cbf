// The "Administration" menu item and who may open the console: administrators and platform administrators.
import type { Me } from '../../api/types.ts';
import type { NavItem } from '../../ui/layout.tsx';

export const isAdministrator = (me: Me): boolean =>
  me.kind === 'professional' && (me.role === 'administrator' || me.role === 'platform_administrator');

export function adminNavItems(me: Me, pathname: string): NavItem[] {
  if (!isAdministrator(me)) return [];
  const current = pathname === '/admin' ? 'page' : pathname.startsWith('/admin/') ? 'true' : undefined;
  return [{ to: '/admin', label: 'Administration', current }];
}
