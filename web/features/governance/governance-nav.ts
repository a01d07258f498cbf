// The "Governance" menu item, shown only to information governance leads.
import type { Me } from '../../api/types.ts';
import type { NavItem } from '../../ui/layout.tsx';

export function governanceNavItems(me: Me, pathname: string): NavItem[] {
  if (me.kind !== 'professional' || me.role !== 'information_governance_lead') return [];
  return [{ to: '/governance', label: 'Governance', current: pathname === '/governance' ? 'page' : undefined }];
}
